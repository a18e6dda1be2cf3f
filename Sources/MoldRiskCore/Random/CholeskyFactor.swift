/// The lower-triangular Cholesky factor L (L·Lᵀ = A) of a symmetric positive semi-definite matrix
/// with unit diagonal (a correlation matrix), the copula's way from independent normals to
/// correlated ones (`GaussianCopula`).
///
/// Semi-definite is allowed (a rank correlation of ±1 makes the matrix singular): a pivot within
/// `tolerance` of 0 gives a zero column, provided the rest of that column is within `tolerance`
/// of 0 too (the row is then a combination of earlier rows); a more negative pivot, or a zero
/// pivot whose column is not zero, means no joint law has these correlations and `init` fails.
/// Every loop runs over fixed index ranges; NaN entries make `init` fail.
package struct CholeskyFactor: Sendable, Equatable {
    /// Pivots and residuals within this of 0 count as 0.
    package static let tolerance = 1e-9

    /// The matrix's size n.
    package let size: Int
    /// L, row-major n×n (zeros above the diagonal).
    package let lower: [Double]

    /// The factor of the n×n row-major `matrix`, or nil when it is not positive semi-definite.
    package init?(_ matrix: [Double], size n: Int) {
        guard n >= 0, matrix.count == n * n, matrix.allSatisfy(\.isFinite) else { return nil }
        var l = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            var pivot = matrix[j * n + j]
            for k in 0..<j { pivot -= l[j * n + k] * l[j * n + k] }
            if pivot < -Self.tolerance || pivot.isNaN { return nil }
            let isZero = pivot <= Self.tolerance
            let diagonal = isZero ? 0 : pivot.squareRoot()
            l[j * n + j] = diagonal
            for i in (j + 1)..<max(j + 1, n) {
                var residual = matrix[i * n + j]
                for k in 0..<j { residual -= l[i * n + k] * l[j * n + k] }
                if isZero {
                    if abs(residual) > Self.tolerance.squareRoot() { return nil }
                    l[i * n + j] = 0
                } else {
                    l[i * n + j] = residual / diagonal
                }
            }
        }
        size = n
        lower = l
    }

    /// y = L·x for x of length `size` (in place into `y`).
    @inline(__always)
    package func multiply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        for i in 0..<size {
            var sum = 0.0
            for k in 0...i { sum += lower[i * size + k] * x[k] }
            y[i] = sum
        }
    }
}

/// The Gaussian copula of DESIGN §8.3: it turns independent uniforms into uniforms with given
/// Spearman rank correlations, leaving each one exactly uniform, so that each input's own inverse
/// CDF (`InverseCDF`) keeps its marginal law unchanged.
///
/// For the correlated columns of a row: z = Φ⁻¹(u) (standard normals, `Quantile.standardNormal`,
/// finite for every u in [0, 1]), z′ = L·z with L the Cholesky factor of the matrix of
/// `2·sin(π·ρ/6)` (the normal correlation whose rank correlation is ρ), u′ = Φ(z′). Each z′ is
/// N(0, 1) because L's rows have unit length, so each u′ is uniform; Spearman's ρ of two columns
/// is (6/π)·asin(r/2) of their normal correlation r, i.e. the ρ asked for. Columns in no
/// correlation are left as they are.
package struct GaussianCopula: Sendable, Equatable {
    /// The correlated columns of a row, in the factor's order.
    package let columns: [Int]
    /// Cholesky factor of the normal correlations among `columns`.
    package let factor: CholeskyFactor

    /// The copula over `columns` with normal correlation matrix `matrix` (row-major, in the order
    /// of `columns`); nil when the matrix is not positive semi-definite.
    package init?(columns: [Int], normalCorrelations matrix: [Double]) {
        guard let factor = CholeskyFactor(matrix, size: columns.count) else { return nil }
        self.columns = columns
        self.factor = factor
    }

    /// Correlates the columns of `rows` rows of `width` uniforms each, in place.
    package func apply(to values: UnsafeMutableBufferPointer<Double>, rows: Int, width: Int) {
        let n = columns.count
        guard n > 0, let base = values.baseAddress else { return }
        let z = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let y = UnsafeMutablePointer<Double>.allocate(capacity: n)
        defer { z.deallocate(); y.deallocate() }
        for r in 0..<rows {
            let row = base + r * width
            for i in 0..<n { z[i] = Quantile.standardNormal(row[columns[i]]) }
            factor.multiply(z, into: y)
            for i in 0..<n { row[columns[i]] = StandardNormalLaw().lowerTail(y[i]) }
        }
    }
}

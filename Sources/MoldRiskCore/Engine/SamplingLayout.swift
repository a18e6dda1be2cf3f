/// How a scenario that uses DESIGN §8.3 draws its inputs: one column of uniforms per random input
/// (`RandomInput.all`, mold cost first, then each cycle's in draw order), made per chunk by the
/// scenario's `SamplingMethod`, tied by the Gaussian copula of its `[[correlation]]` entries, and
/// turned into values by each input's inverse CDF (`TrialSampler.draw(_:quantiles:row:noise:)`).
///
/// The layout comes from the whole scenario, never from a plan restricted to some cycles, so a
/// restricted plan draws exactly the columns the whole plan draws (common random numbers for
/// what-if runs, and for correlations across cycles). nil for a scenario with random sampling and
/// no correlations: it draws from the samplers' streams as before, draw for draw.
package struct SamplingLayout: Sendable {
    package let method: SamplingMethod
    /// The inputs, one column each, in order.
    package let inputs: [RandomInput]
    /// The copula of the correlations; nil when there are none.
    package let copula: GaussianCopula?
    private let columns: [RandomInput: Int]

    package init?(scenario: Scenario) {
        guard scenario.sampling != .random || !scenario.correlations.isEmpty else { return nil }
        method = scenario.sampling
        inputs = RandomInput.all(in: scenario)
        var columns: [RandomInput: Int] = [:]
        for (i, input) in inputs.enumerated() { columns[input] = i }
        self.columns = columns
        copula = Self.copula(scenario.correlations, columns: columns)
    }

    /// Number of columns (random inputs).
    package var width: Int { inputs.count }

    /// The column input draws from, or nil when it is not random.
    package func column(of input: RandomInput) -> Int? { columns[input] }

    /// The copula over the correlated columns (in column order) with the matrix of
    /// `2·sin(π·ρ/6)`; nil when there are no correlations (or, never for a validated scenario,
    /// when the matrix is not positive semi-definite or an input is not random).
    static func copula(_ correlations: [CorrelationSpec], columns: [RandomInput: Int]) -> GaussianCopula? {
        var involved = Set<Int>()
        for c in correlations {
            guard let a = columns[c.first], let b = columns[c.second] else { return nil }
            involved.insert(a)
            involved.insert(b)
        }
        let ordered = involved.sorted()
        guard !ordered.isEmpty else { return nil }
        let n = ordered.count
        var position: [Int: Int] = [:]
        for (i, column) in ordered.enumerated() { position[column] = i }
        var matrix = [Double](repeating: 0, count: n * n)
        for i in 0..<n { matrix[i * n + i] = 1 }
        for c in correlations {
            guard let a = columns[c.first].flatMap({ position[$0] }),
                  let b = columns[c.second].flatMap({ position[$0] }) else { return nil }
            matrix[a * n + b] = c.normalCorrelation
            matrix[b * n + a] = c.normalCorrelation
        }
        return GaussianCopula(columns: ordered, normalCorrelations: matrix)
    }
}

/// The moments a chunk of a partial result read from a file can have.
extension Moments {
    /// The largest magnitude of any value a trial produces (money in yuan, shares, days), with a
    /// wide margin: `ScenarioRanges` bounds every input, so a trial's money stays below about
    /// 1e20 (40 seasons × 1e12 units × 1e6 yuan), and at 1e30 a billion trials' sums (1e39) and
    /// squared spreads (1e69) stay finite. A partial holding a larger mean or spread cannot come
    /// from any scenario, and its figures (an interval, EVPI, a break-even) could overflow to ±∞.
    package static let valueLimit = 1e30

    /// Why these cannot be the moments of a chunk of `n` trials, or nil: the count must be `n`,
    /// m2 at least 0, the mean within ±`valueLimit` and m2 within what `n` values there can have.
    package func problem(trials n: Int) -> String? {
        if count != n { return "counts \(count) values, the chunk has \(n) trials" }
        if !(m2 >= 0) { return "has a negative m2 (\(m2))" }
        let limit = Self.valueLimit
        if !(abs(mean) <= limit && m2 <= Double(n) * limit * limit) {
            return "has mean \(mean) and m2 \(m2), beyond ±\(limit), where no scenario's figures reach "
                + "(its figures would not be finite)"
        }
        return nil
    }
}

/// The life totals a chunk of `n` trials can have (for partial results read from a file): every
/// moment counts the chunk's trials with m2 ≥ 0 and a finite mean, every count lies in 0…n, and
/// the trials first paid back in each season add up to at most n per cell.
extension LifeTotals {
    /// The first field these totals of an `n`-trial chunk cannot have, or nil.
    package func problem(trials n: Int) -> String? {
        for (name, list) in [("npv", npv), ("seasonProfit", seasonProfit), ("preMoldNPV", preMoldNPV)] {
            for (i, m) in list.enumerated() {
                if let problem = m.problem(trials: n) { return "life.\(name)[\(i)] \(problem)" }
            }
        }
        for (name, list) in [("losses", losses), ("paidBackIn", paidBackIn)] {
            for (i, c) in list.enumerated() where !(0...n).contains(c) {
                return "life.\(name)[\(i)] = \(c), not within 0…\(n) (the chunk's trials)"
            }
        }
        for cell in npv.indices {
            let paid = paidBackIn[(cell * seasons)..<((cell + 1) * seasons)].reduce(0, +)
            if paid > n { return "life.paidBackIn of cell \(cell) adds up to \(paid), more than the chunk's \(n) trials" }
        }
        return nil
    }
}

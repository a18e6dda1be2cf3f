import MoldRiskCore

/// One what-if variant's result beside the base (DESIGN §8.5): the variant's own run (its figures
/// are those of a `--set` run of the same changes on the same seed) and the paired difference of
/// the value of its decision to the value of the base's.
package struct VariantResult: Sendable, Equatable {
    /// The variant's name and its changes, as given.
    package var name: String
    package var changes: [ScenarioOverride]
    /// The variant's whole run, on the base's seed and trials.
    package var result: RunResult
    /// The decision's value: expected profit (the NPV with `[life]`) and P(loss) at the verdict's
    /// cycle and stock (`VariantComparison.decisionValue`).
    package var expectedValue: Double
    package var probabilityOfLoss: Double
    /// The variant's decision value minus the base's, paired through common random numbers.
    package var differenceToBase: PairedDifference
}

/// A paired difference of two means over the same trials, with its 95 % interval.
package struct PairedDifference: Sendable, Equatable {
    package var mean: Double
    package var standardError: Double
    package var ci: ClosedInterval
    /// True when the standard error comes from the spread of the chunk-mean differences (at least
    /// `VariantComparison.minimumChunks` chunks, with Student's t); false when it is the
    /// independent-trials one (√(se_a² + se_b²), conservative under common random numbers).
    package var fromChunkSpread: Bool
}

extension RunResult {
    /// This result with its variants compared (`VariantComparison.compare`).
    package func comparing(_ variants: [(ScenarioVariant, RunResult)], threads: Int) -> RunResult {
        var result = self
        result.variants = VariantComparison.compare(base: self, variants: variants, threads: threads)
        return result
    }
}

/// The paired comparison of each variant with the base.
package enum VariantComparison {
    /// The fewest chunks whose spread gives the difference's standard error (issue 19's rule:
    /// fewer chunks can agree by chance, so below it the independent-trials error is used).
    package static let minimumChunks = ChunkSpread.minimumChunks

    /// Expected value and P(loss) of a result's decision: at the verdict's cycle and stock (the
    /// stock search's recommended stock, or a tabulated level for NO-GO), judged on the NPV with
    /// `[life]` (what the verdict judges).
    package static func decisionValue(_ result: RunResult) -> (value: Double, probabilityOfLoss: Double) {
        guard let cycle = result.cycles.first(where: { $0.name == result.verdict.cycle }) ?? result.cycles.first else {
            return (.nan, .nan)
        }
        if let chosen = cycle.stockDecision?.recommended, chosen.stock == result.verdict.stock {
            return (chosen.expectedValue, chosen.probabilityOfLoss)
        }
        let judged = cycle.life == nil ? cycle : LifeAnalysis.judgedOnLife(cycle)
        let point = judged.stockCurve.first { $0.stock == result.verdict.stock }
            ?? judged.stockCurve.min { abs($0.stock - result.verdict.stock) < abs($1.stock - result.verdict.stock) }
        return (point?.expectedValue ?? .nan, point?.probabilityOfLoss ?? .nan)
    }

    /// Every variant's result beside `base` (run by the pipeline on the base's seed and trials),
    /// with the paired difference of decision values: both decisions re-run alone on the same
    /// trials (common random numbers), their chunk means differenced chunk by chunk.
    package static func compare(base: RunResult, variants: [(ScenarioVariant, RunResult)], threads: Int) -> [VariantResult] {
        let baseChunks = chosenChunks(base, threads: threads)
        return variants.map { variant, result in
            let own = decisionValue(result)
            let chunks = chosenChunks(result, threads: threads)
            return VariantResult(name: variant.name, changes: variant.changes, result: result, expectedValue: own.value,
                                 probabilityOfLoss: own.probabilityOfLoss,
                                 differenceToBase: difference(chunks, minus: baseChunks))
        }
    }

    /// The chunk moments of the value of `result`'s decision, re-run at its cycle and stock alone.
    static func chosenChunks(_ result: RunResult, threads: Int) -> [Moments] {
        let scenario = result.scenario
        guard let k = scenario.cycles.firstIndex(where: { $0.name == result.verdict.cycle }) else { return [] }
        let plan = SimulationPlan(scenario: scenario.evaluating(stock: result.verdict.stock), trials: result.trials,
                                  seed: result.seed).restricted(toCycle: k)
        guard let j = plan.stocks.firstIndex(of: result.verdict.stock) else { return [] }
        let output = Simulation.run(plan, threads: threads, options: SimulationOptions(keepChunkTotals: true))
        return output.chunkTotals.map { totals in totals.life?.npv[totals.cell(0, j)] ?? totals.profit[totals.cell(0, j)] }
    }

    /// `a − b` chunk by chunk: the mean over all trials, and its standard error from the spread of
    /// the chunk differences (from `minimumChunks` chunks on, with Student's t) or else from the
    /// two sides' own sd/√n.
    static func difference(_ a: [Moments], minus b: [Moments]) -> PairedDifference {
        guard a.count == b.count, !a.isEmpty else {
            return PairedDifference(mean: .nan, standardError: .nan, ci: ClosedInterval(lower: .nan, upper: .nan),
                                    fromChunkSpread: false)
        }
        var total = Moments(), totalA = Moments(), totalB = Moments()
        var differences: [Moments] = []
        for (x, y) in zip(a, b) {
            let d = Moments(count: x.count, mean: x.mean - y.mean, m2: 0)
            differences.append(d)
            total.merge(d)
            totalA.merge(x)
            totalB.merge(y)
        }
        let used = differences.count { $0.count > 0 }
        if used >= minimumChunks, let se = ChunkSpread.standardError(differences) {
            let t = ChunkSpread.quantile95(chunks: used)
            return PairedDifference(mean: total.mean, standardError: se,
                                    ci: ClosedInterval(lower: total.mean - t * se, upper: total.mean + t * se),
                                    fromChunkSpread: true)
        }
        let se = (totalA.standardError * totalA.standardError + totalB.standardError * totalB.standardError).squareRoot()
        return PairedDifference(mean: total.mean, standardError: se,
                                ci: ConfidenceInterval.normal(mean: total.mean, standardError: se), fromChunkSpread: false)
    }
}

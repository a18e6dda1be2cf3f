import MoldRiskAnalysis
import MoldRiskCore

/// The words of the what-if comparison (DESIGN §8.5): its section, table, notes and overlay chart
/// (a part of `ReportStrings`, one conformance per language).
package protocol VariantStrings {
    var variantsSectionTitle: String { get }
    func variantsTableTitle(trials: Int) -> String
    var variantColumn: String { get }
    var verdictColumn: String { get }
    var expectedValueColumn: String { get }
    var differenceToBaseColumn: String { get }
    /// The base's row: the scenario as the file (and `--set`) give it.
    var baseRowName: String { get }
    /// One variant's changes: `NAME: key = value, key = value`.
    func variantChanges(_ name: String, _ changes: [ScenarioOverride]) -> String
    /// How the differences and their intervals were made.
    func variantsNote(fromChunkSpread: Bool) -> String
    /// The overlay chart's title and note.
    var variantsOverlayTitle: String { get }
    var variantsOverlayNote: String { get }
    func variantsOverlaySeries(_ name: String, cycle: String) -> String
}

/// The English wording of the what-if comparison.
extension EnglishStrings {
    package var variantsSectionTitle: String { "What-ifs side by side" }
    package func variantsTableTitle(trials: Int) -> String {
        "The scenario and its what-ifs on the same \(Fmt.units(Double(trials))) trials"
    }
    package var variantColumn: String { "What-if" }
    package var verdictColumn: String { "Verdict" }
    package var expectedValueColumn: String { "Expected value" }
    package var differenceToBaseColumn: String { "Difference (95 % interval)" }
    package var baseRowName: String { "the scenario as given" }
    package func variantChanges(_ name: String, _ changes: [ScenarioOverride]) -> String {
        "\(name): " + changes.map { "\($0.keyPath) = \($0.value)" }.joined(separator: ", ")
    }
    package func variantsNote(fromChunkSpread: Bool) -> String {
        "Every what-if runs on the scenario's own seed and trials (common random numbers), so each difference is "
            + "paired trial by trial: the value of the what-if's decision minus the value of the scenario's. "
            + (fromChunkSpread
                ? "Its 95 % interval comes from the spread of the differences of the 10,000-trial chunk means "
                    + "(Student's t)."
                : "With fewer than 10 chunks of 10,000 trials its 95 % interval treats the two runs as independent, "
                    + "which is wider than the pairing needs.")
            + " Expected value and P(loss) are at the cycle and stock each verdict names."
    }
    package var variantsOverlayTitle: String { "Profit distributions of the what-ifs" }
    package var variantsOverlayNote: String {
        "Each curve is P(profit ≤ x) of the cycle its verdict names, at its planned stock: a curve further right is "
            + "better; where it crosses ¥0 is its P(loss)."
    }
    package func variantsOverlaySeries(_ name: String, cycle: String) -> String { "\(name) (\(cycle))" }
}

/// The Chinese wording of the what-if comparison.
extension ChineseStrings {
    package var variantsSectionTitle: String { "假设情景对比" }
    package func variantsTableTitle(trials: Int) -> String { "基准情景与各假设情景（同样 \(Fmt.units(Double(trials))) 次试验）" }
    package var variantColumn: String { "情景" }
    package var verdictColumn: String { "结论" }
    package var expectedValueColumn: String { "期望值" }
    package var differenceToBaseColumn: String { "与基准之差（95 % 区间）" }
    package var baseRowName: String { "基准（按文件）" }
    package func variantChanges(_ name: String, _ changes: [ScenarioOverride]) -> String {
        "\(name)：" + changes.map { "\($0.keyPath) = \($0.value)" }.joined(separator: "，")
    }
    package func variantsNote(fromChunkSpread: Bool) -> String {
        "每个假设情景都用基准的随机种子和试验（共同随机数），因此差值逐次试验配对：假设情景所作决策的价值减去基准决策的价值。"
            + (fromChunkSpread
                ? "其 95 % 区间由每 10,000 次试验分块均值之差的离散程度算出。"
                : "分块少于 10 个时，95 % 区间按两次运行相互独立计算，比配对所需更宽。")
            + "期望值和亏损概率按各自结论所选的开发周期和库存计。"
    }
    package var variantsOverlayTitle: String { "各假设情景的利润分布" }
    package var variantsOverlayNote: String {
        "每条曲线是结论所选开发周期在计划库存下的利润不超过 x 的概率：曲线越靠右越好；与零利润线的交点即亏损概率。"
    }
    package func variantsOverlaySeries(_ name: String, cycle: String) -> String { "\(name)（\(cycle)）" }
}

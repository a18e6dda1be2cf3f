/// The Chinese names of the random inputs (DESIGN §8.6: in words, never by key path, except in
/// the inputs section and JSON).
extension ChineseStrings {
    package func inputName(_ key: String) -> String {
        switch key {
        case "mold.cost": "模具费"
        case "mold.days", "mold_days": "开模天数"
        case "research_days": "调研天数"
        case "rework_probability": "返工"
        case "rework_days": "返工天数"
        case "rework_cost": "返工费用"
        case "fixed_cost": "固定费用"
        case "demand.units": "需求量"
        case "demand.visitors", "demand.event_impressions": "活动曝光量"
        case "demand.conversion": "转化率"
        case "demand.drift_per_30_days": "需求漂移"
        default: "输入参数"
        }
    }

    package func inputOfCycle(_ input: String, cycle: String) -> String { "\(input)（\(cycle)）" }
}

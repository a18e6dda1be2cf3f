/// The English names of the random inputs (DESIGN §8.6: in words, never by key path, except in
/// the inputs section and JSON).
extension EnglishStrings {
    package func inputName(_ key: String) -> String {
        switch key {
        case "mold.cost": "mold cost"
        case "mold.days", "mold_days": "mold-making days"
        case "research_days": "research days"
        case "rework_probability": "rework"
        case "rework_days": "rework days"
        case "rework_cost": "rework cost"
        case "fixed_cost": "fixed cost"
        case "demand.units": "demand"
        case "demand.visitors", "demand.event_impressions": "event impressions"
        case "demand.conversion": "conversion rate"
        case "demand.drift_per_30_days": "demand drift"
        default: key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: ".", with: " ")
        }
    }

    package func inputOfCycle(_ input: String, cycle: String) -> String { "\(input) (\(cycle))" }
}

import TOMLKit

/// Turns a parsed TOML document into a validated `Scenario` (DESIGN §2), applying every default
/// and recording every problem on the way rather than stopping at the first. Sections are read
/// in schema order (scenario, product, mold, window, cycles in file order, analysis, decision, life),
/// each table's unknown keys first, so the problems come out in a stable order.
struct ScenarioParser {
    let root: TableReader
    /// The source text, to recover the cycles' file order (toml++ sorts keys).
    let text: String
    /// The file as the caller named it; its stem is the default scenario name.
    let file: String
    /// Cycle names that `--set` overrides mention, in the order given: a cycle the file does not
    /// mention goes after the file's cycles, in this order.
    let overrideCycleOrder: [String]

    var log: ProblemLog { root.log }

    init(document: TOMLTable, text: String, file: String, overrideCycleOrder: [String] = []) {
        root = TableReader(table: document, path: .root, log: ProblemLog())
        self.text = text
        self.file = file
        self.overrideCycleOrder = overrideCycleOrder
    }

    /// The scenario, or `nil` when any problem was recorded in `log`.
    func parse() -> Scenario? {
        root.rejectUnknownKeys(allowed: ScenarioSchema.root)
        let header = self.header()
        let product = self.product()
        let mold = self.mold()
        let window = self.window()
        // When `mold.days` is unusable its problem is recorded and no scenario is built; the
        // placeholder only lets the cycles be checked too.
        let cycles = self.cycles(defaultMoldDays: mold?.days ?? .fixed(0))
        let analysis = self.analysis(stock: product?.stock)
        let stockLevels = analysis?.levels
        let stockRange = analysis?.range
        let maxLoss = self.maxLossProbability()
        let life = self.life()
        let valueOfInformation = self.valueOfInformation()
        guard log.isEmpty, let header, let product, let mold, let window, let cycles, let stockLevels, let maxLoss,
              let life else { return nil }
        var scenario = Scenario(name: header.name, trials: Int(header.trials), seed: header.seed,
                                product: product, mold: mold, window: window, cycles: cycles,
                                stockLevels: stockLevels, maxLossProbability: maxLoss)
        scenario.stockRangeSetting = stockRange
        scenario.lognormalQuantiles = log.lognormalQuantiles
        scenario.language = header.language
        let sampling = samplingMethod()
        let samplable = sampling.map { checkSampling($0, of: scenario) } ?? false
        let correlations = correlations(in: scenario)
        guard let sampling, samplable, let correlations else { return nil }
        scenario.sampling = sampling
        scenario.correlations = correlations
        scenario.life = life
        scenario.valueOfInformation = valueOfInformation
        if let problem = scenario.workProblem() {
            log.add(TOMLPath.root.key("scenario").key("trials"), problem)
            return nil
        }
        return scenario
    }

    /// The root's table at `key` with its unknown keys refused. An optional table the file
    /// leaves out reads as an empty table, so its defaults apply; `nil` when a required one is
    /// missing or the value is not a table (recorded).
    func section(_ key: String, allowed: [String], required: Bool) -> TableReader? {
        guard let node = required ? root.required(key, message: "missing required table") : root[key] else {
            return required ? nil : .empty(at: TOMLPath.root.key(key), log: log)
        }
        guard let table = node.table() else { return nil }
        table.rejectUnknownKeys(allowed: allowed)
        return table
    }

    /// `[scenario]` (optional). `name` defaults to the file's stem (`rinse_cup.toml` → `rinse_cup`)
    /// so a minimal file still gets a readable name in its report.
    func header() -> (name: String, trials: Int64, seed: UInt64, language: ReportLanguage?)? {
        guard let table = section("scenario", allowed: ScenarioSchema.scenario, required: false) else { return nil }
        // A file name may hold characters a name may not: shown escaped.
        var name: String? = QuotedString.escapingInvisibles(ScenarioParser.stem(of: file))
        if let node = table["name"] {
            name = node.string()
            if let given = name, given.allSatisfy(\.isWhitespace) {
                log.add(node.path, "must not be empty")
                name = nil
            } else if let given = name, let fault = Self.nameFault(given, limit: ScenarioRanges.Limits.scenarioNameCharacters) {
                log.add(node.path, fault)
                name = nil
            }
        }
        let trials = table.integer("trials", in: ScenarioSchema.Defaults.trialsRange, default: ScenarioSchema.Defaults.trials)
        let seed = table["seed"].map { $0.seed() } ?? ScenarioSchema.Defaults.seed
        var language: ReportLanguage?
        var languageRead = true
        if let node = table["lang"] {
            let text = node.string()
            language = text.flatMap(ReportLanguage.init(rawValue:))
            if let text, language == nil {
                log.add(node.path, "must be \(ReportLanguage.choicesText) (the language of the reports), "
                    + "got \(TOMLQuoting.basicString(text))")
            }
            languageRead = language != nil
        }
        guard let name, let trials, let seed, languageRead else { return nil }
        return (name, trials, seed, language)
    }

    /// Why `name` cannot name a scenario or cycle (too long, or holding a character that would
    /// break or hide a report line: control, format or line-separator characters), or nil.
    static func nameFault(_ name: String, limit: Int) -> String? {
        let length = name.count
        if length > limit { return "too long: \(length) characters, at most \(limit)" }
        if let bad = name.unicodeScalars.first(where: QuotedString.isInvisible) {
            return "must not contain control or invisible format characters (found \(QuotedString.escapingInvisibles(String(bad))))"
        }
        return nil
    }

    /// `[product]` (required); `unit_price` must exceed `salvage_value` or no unit can pay back.
    func product() -> Product? {
        guard let table = section("product", allowed: ScenarioSchema.product, required: true) else { return nil }
        let price = table.number("unit_price", in: ScenarioRanges.unitPrice)
        let cost = table.number("unit_cost", in: ScenarioRanges.unitCost)
        let salvage = table.number("salvage_value", in: ScenarioRanges.salvageValue, default: ScenarioSchema.Defaults.salvageValue)
        let stock = table.number("stock", in: ScenarioRanges.stock)
        if let price, let salvage, !(price > salvage) {
            log.add(table.path.key("unit_price"),
                    "unit_price (\(price.messageText)) must be greater than salvage_value (\(salvage.messageText))")
            return nil
        }
        guard let price, let cost, let salvage, let stock else { return nil }
        return Product(unitPrice: price, unitCost: cost, salvageValue: salvage, stock: stock)
    }

    /// `[mold]` (required); no `capacity_per_day` means production takes no time.
    func mold() -> Mold? {
        guard let table = section("mold", allowed: ScenarioSchema.mold, required: true) else { return nil }
        let cost = table.distribution("cost", in: ScenarioRanges.money)
        let days = table.distribution("days", in: ScenarioRanges.days)
        let capacity: Double?? = table["capacity_per_day"].map { $0.number(in: ScenarioRanges.capacityPerDay) }
        if case .some(nil) = capacity { return nil }
        guard let cost, let days else { return nil }
        return Mold(cost: cost, days: days, capacityPerDay: capacity ?? nil)
    }

    /// `[window]` (optional).
    func window() -> SalesWindow? {
        guard let table = section("window", allowed: ScenarioSchema.window, required: false) else { return nil }
        let season = table.number("season_days", in: ScenarioRanges.seasonDays, default: ScenarioSchema.Defaults.seasonDays)
        let peak = table.number("peak_share", in: ScenarioRanges.share, default: ScenarioSchema.Defaults.peakShare)
        guard let season, let peak else { return nil }
        return SalesWindow(seasonDays: season, peakShare: peak)
    }

    /// `[analysis]` (optional): the stock levels tabulated and the stock range searched; nil
    /// when the levels are unusable (recorded).
    func analysis(stock: Double?) -> (levels: [Double], range: ClosedRange<Double>?)? {
        guard let table = section("analysis", allowed: ScenarioSchema.analysis, required: false) else { return nil }
        let range = stockRange(table)
        guard let levels = stockLevels(table, stock: stock) else { return nil }
        return (levels, range)
    }

    /// `analysis.stock_levels`, ascending without duplicates; by default the product's stock
    /// times 0.25 … 1.5, rounded to whole units (levels that round to 0 are left out).
    func stockLevels(_ table: TableReader, stock: Double?) -> [Double]? {
        guard let node = table["stock_levels"] else {
            guard let stock else { return nil }
            let levels = ScenarioSchema.Defaults.stockMultiples.map { (stock * $0).rounded() }.filter { $0 > 0 }
            return Array(Set(levels)).sorted()
        }
        guard let elements = node.array("an array of stock levels (numbers)") else { return nil }
        if elements.isEmpty {
            log.add(node.path, "must not be empty")
            return nil
        }
        if elements.count > ScenarioRanges.Limits.stockLevels {
            log.add(node.path, "has \(elements.count) stock levels: at most \(ScenarioRanges.Limits.stockLevels)")
            return nil
        }
        let levels = elements.map { $0.number(in: ScenarioRanges.stock) }
        let good = levels.compactMap { $0 }
        guard good.count == levels.count else { return nil }
        return Array(Set(good)).sorted()
    }

    /// `analysis.stock_range = [min, max]`, the stocks the decision searches (DESIGN §8.4): two
    /// stock levels, min below max. nil when the key is absent (the default follows
    /// `product.stock`, `Scenario.stockRange`) or unusable (then recorded in `log`).
    func stockRange(_ table: TableReader) -> ClosedRange<Double>? {
        guard let node = table["stock_range"] else { return nil }
        guard let elements = node.array("an array [min, max] of two stock levels") else { return nil }
        guard elements.count == 2 else {
            log.add(node.path, "must be [min, max], two stock levels: found \(elements.count) values")
            return nil
        }
        let bounds = elements.map { $0.number(in: ScenarioRanges.stock) }
        guard let low = bounds[0], let high = bounds[1] else { return nil }
        guard low < high else {
            log.add(node.path, "must be [min, max] with min below max: found [\(Fmt.exact(low)), \(Fmt.exact(high))]")
            return nil
        }
        return low...high
    }

    /// `decision.max_loss_probability` (optional table, optional key).
    func maxLossProbability() -> Double? {
        guard let table = section("decision", allowed: ScenarioSchema.decision, required: false) else { return nil }
        return table.number("max_loss_probability", in: ScenarioRanges.share,
                            default: ScenarioSchema.Defaults.maxLossProbability)
    }

    /// The file name without its folders and extension (`scenarios/cup.toml` → `cup`).
    static func stem(of file: String) -> String {
        let last = file.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? file
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }
}

extension TableReader {
    /// The whole number at `key` in `range`, `defaultValue` when absent. `nil` when unusable (recorded).
    func integer(_ key: String, in range: ClosedRange<Int64>, default defaultValue: Int64) -> Int64? {
        guard let node = self[key] else { return defaultValue }
        return node.integer(in: range)
    }
}

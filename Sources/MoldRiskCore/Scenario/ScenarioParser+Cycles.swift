/// `[cycles.NAME]` tables and their `demand`: timing, rework risk, extra cost, demand knowledge.
extension ScenarioParser {
    /// Every cycle, in the order the file first mentions it (then any that only overrides
    /// create, in their order); `nil` when any is unusable (recorded).
    func cycles(defaultMoldDays: Distribution) -> [Cycle]? {
        guard let node = root.required("cycles", message: "missing required table"),
              let table = node.table("a table of development cycles") else { return nil }
        guard !table.keys.isEmpty else {
            log.add(table.path, "needs at least one cycle, e.g. [cycles.traditional]")
            return nil
        }
        let names = table.readableKeys()
        if names.count > ScenarioRanges.Limits.cycles {
            log.add(table.path, "has \(names.count) cycles: at most \(ScenarioRanges.Limits.cycles)")
            return nil
        }
        var cycles: [Cycle] = []
        var allGood = names.count == table.keys.count
        for name in TOMLKeyOrder.inFileOrder(inOverrideOrder(names), under: ["cycles"], in: text) {
            guard let cycleNode = table[name] else { continue }
            if let cycle = cycle(named: name, cycleNode, defaultMoldDays: defaultMoldDays) {
                cycles.append(cycle)
            } else {
                allGood = false
            }
        }
        return allGood && labelsAreDistinct(cycles) ? cycles : nil
    }

    /// False (recorded) when two cycles would print under the same name in some language: a
    /// report could not tell them apart.
    private func labelsAreDistinct(_ cycles: [Cycle]) -> Bool {
        for language in ReportLanguage.allCases {
            var seen: [String: String] = [:]
            for cycle in cycles {
                let shown = cycle.displayName(in: language)
                if let other = seen[shown] {
                    log.add(TOMLPath.cycle(cycle.label == nil ? other : cycle.name).key("label"),
                            "\(TOMLQuoting.basicString(shown)) already names cycle \(TOMLQuoting.inMessage(cycle.label == nil ? cycle.name : other)): "
                            + "each cycle needs its own label")
                    return false
                }
                seen[shown] = cycle.name
            }
        }
        return true
    }

    /// `names` with those the overrides mention first, in the overrides' order. `inFileOrder`
    /// then puts the file's cycles first and keeps this order for the rest.
    private func inOverrideOrder(_ names: [String]) -> [String] {
        guard !overrideCycleOrder.isEmpty else { return names }
        let rank = Dictionary(overrideCycleOrder.enumerated().map { (Array($0.element.utf8), $0.offset) },
                              uniquingKeysWith: { first, _ in first })
        return names.enumerated()
            .sorted { (rank[Array($0.element.utf8)] ?? Int.max, $0.offset) < (rank[Array($1.element.utf8)] ?? Int.max, $1.offset) }
            .map(\.element)
    }

    /// One cycle. `rework_days` and `rework_cost` are required only when `rework_probability` > 0.
    func cycle(named name: String, _ node: TOMLNode, defaultMoldDays: Distribution) -> Cycle? {
        if name.allSatisfy(\.isWhitespace) {
            log.add(node.path, "a cycle needs a non-empty name")
        } else if let fault = Self.nameFault(name, limit: ScenarioRanges.Limits.cycleNameCharacters) {
            log.add(node.path, "a cycle's name is " + (fault.hasPrefix("too long") ? fault : "invalid: it " + fault))
        }
        guard let table = node.table("a table (one development cycle)") else { return nil }
        table.rejectUnknownKeys(allowed: ScenarioSchema.cycle)
        let defaults = ScenarioSchema.Defaults.self
        let commit = table.number("commit_days_before_window", in: ScenarioRanges.days)
        let fixedCost = table.number("fixed_cost", in: ScenarioRanges.money, default: defaults.fixedCost)
        let research = table.distribution("research_days", in: ScenarioRanges.days, default: .fixed(0))
        let moldDays = table.distribution("mold_days", in: ScenarioRanges.days, default: defaultMoldDays)
        let probability = table.number("rework_probability", in: ScenarioRanges.share, default: defaults.reworkProbability)
        let reworkOptional: Distribution? = (probability ?? 0) > 0 ? nil : .fixed(0)
        let missing = "missing required key (needed because rework_probability > 0)"
        let reworkDays = table.distribution("rework_days", in: ScenarioRanges.days, default: reworkOptional, missing: missing)
        let reworkCost = table.distribution("rework_cost", in: ScenarioRanges.money, default: reworkOptional, missing: missing)
        let demand = table.required("demand").flatMap(demand)
        let label = table["label"].map(label)
        if case .some(.none) = label { return nil }
        guard let commit, let fixedCost, let research, let moldDays, let probability,
              let reworkDays, let reworkCost, let demand else { return nil }
        var cycle = Cycle(name: name, commitDaysBeforeWindow: commit, fixedCost: fixedCost,
                          researchDays: research, moldDays: moldDays, reworkProbability: probability,
                          reworkDays: reworkDays, reworkCost: reworkCost, demand: demand)
        cycle.label = label ?? nil
        return cycle
    }

    /// A cycle's `label`: one string, or a table of one string per language (`{ en = …, zh = … }`,
    /// at least one); each a valid name. `nil` when unusable (recorded).
    func label(_ node: TOMLNode) -> CycleLabel? {
        func name(_ node: TOMLNode) -> String? {
            guard let text = node.string() else { return nil }
            if text.allSatisfy(\.isWhitespace) {
                log.add(node.path, "a label must not be empty")
                return nil
            }
            if let fault = Self.nameFault(text, limit: ScenarioRanges.Limits.cycleNameCharacters) {
                log.add(node.path, "a label is " + (fault.hasPrefix("too long") ? fault : "invalid: it " + fault))
                return nil
            }
            return text
        }
        if node.isTable {
            guard let table = node.table("a string or a table { en = …, zh = … }") else { return nil }
            table.rejectUnknownKeys(allowed: ScenarioSchema.label)
            var names: [ReportLanguage: String] = [:]
            var good = true
            for language in ReportLanguage.allCases {
                guard let child = table[language.rawValue] else { continue }
                if let text = name(child) { names[language] = text } else { good = false }
            }
            if good && names.isEmpty {
                log.add(node.path, "needs a label in at least one language: \(ReportLanguage.choicesText)")
            }
            return good && !names.isEmpty && table.keys.count == names.count ? CycleLabel(names) : nil
        }
        return name(node).map { CycleLabel($0) }
    }

    /// A cycle's `demand`: exactly one of `units` (a distribution) or `visitors` (the signals form;
    /// `event_impressions` is the same key under its clearer name, DESIGN §8.4: giving both is an error).
    func demand(_ node: TOMLNode) -> Demand? {
        guard let table = node.table("a table with units = … or event_impressions = …") else { return nil }
        table.rejectUnknownKeys(allowed: ScenarioSchema.demand)
        let drift = table.number("drift_per_30_days", in: ScenarioRanges.drift, default: ScenarioSchema.Defaults.driftPer30Days)
        let traffic = ScenarioSchema.eventImpressionsKeys.filter(table.contains)
        if traffic.count > 1 {
            log.add(table.path.key(ScenarioSchema.eventImpressions),
                    "and \(table.path.key(ScenarioSchema.visitors)) are the same input (the event's impressions of the "
                        + "listing) under two names: give one of them")
            return nil
        }
        let source: DemandSource?
        switch (table.contains("units"), traffic.first) {
        case let (true, key?):
            log.add(table.path, "has both 'units' and '\(key)': give exactly one")
            source = nil
        case (false, nil):
            log.add(table.path, "needs exactly one of 'units' (a demand distribution) or 'event_impressions' "
                + "(the event's impressions of the listing, also called 'visitors'; with impressions and orders)")
            source = nil
        case (true, nil):
            for key in ScenarioSchema.signalsOnly where table.contains(key) {
                log.add(table.path.key(key), "only allowed with 'event_impressions' (the signals form), not with 'units'")
            }
            source = table.distribution("units", in: ScenarioRanges.demandUnits).map(DemandSource.units)
        case let (false, key?):
            source = signals(table, trafficKey: key).map(DemandSource.signals)
        }
        guard let source, let drift else { return nil }
        return Demand(source: source, driftPer30Days: drift)
    }

    /// The signals form: the event's impressions of the listing (under `trafficKey`: `visitors` or
    /// `event_impressions`), a test listing's impressions ≥ orders ≥ 0, a Beta prior.
    func signals(_ table: TableReader, trafficKey: String) -> Signals? {
        let visitors = table.distribution(trafficKey, in: ScenarioRanges.visitors)
        let impressions = table.number("impressions", in: ScenarioRanges.impressions)
        let orders = table.number("orders", in: ScenarioRanges.orders)
        let alpha = table.number("prior_alpha", in: ScenarioRanges.prior, default: ScenarioSchema.Defaults.prior)
        let beta = table.number("prior_beta", in: ScenarioRanges.prior, default: ScenarioSchema.Defaults.prior)
        if let impressions, let orders, orders > impressions {
            log.add(table.path.key("orders"),
                    "orders (\(orders.messageText)) must be ≤ impressions (\(impressions.messageText))")
            return nil
        }
        guard let visitors, let impressions, let orders, let alpha, let beta else { return nil }
        return Signals(visitors: visitors, impressions: impressions, orders: orders, priorAlpha: alpha, priorBeta: beta)
    }
}

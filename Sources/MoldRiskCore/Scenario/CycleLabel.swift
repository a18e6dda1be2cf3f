/// What a report calls a cycle (DESIGN §8.6): `label = "自主设计团队"` (every language) or
/// `label = { en = "Own design team", zh = "自主设计" }` (one name per language, either may be left
/// out). Reports print the label; JSON, CSV and the inputs section keep the cycle's key.
package struct CycleLabel: Sendable, Equatable {
    /// The label per language; a language without one takes another's (the user's own name).
    package var names: [ReportLanguage: String]

    package init(_ names: [ReportLanguage: String]) {
        self.names = names
    }

    /// One label for every language.
    package init(_ name: String) {
        names = Dictionary(uniqueKeysWithValues: ReportLanguage.allCases.map { ($0, name) })
    }

    /// The label in `language`, else in the first language that has one.
    package func name(in language: ReportLanguage) -> String? {
        names[language] ?? ReportLanguage.allCases.lazy.compactMap { names[$0] }.first
    }
}

extension Cycle {
    /// The cycle as a report in `language` names it: its label, else its key.
    package func displayName(in language: ReportLanguage) -> String {
        label?.name(in: language) ?? name
    }
}

extension Scenario {
    /// The scenario with each cycle named as a report in `language` names it (its label) and its
    /// label dropped; for the renderers only (JSON, CSV and the inputs section keep the keys).
    package func labellingCycles(in language: ReportLanguage) -> Scenario {
        var copy = self
        for index in copy.cycles.indices {
            copy.cycles[index].name = copy.cycles[index].displayName(in: language)
            copy.cycles[index].label = nil
        }
        return copy
    }
}

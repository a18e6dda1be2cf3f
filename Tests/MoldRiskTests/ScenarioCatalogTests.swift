import Foundation
import Testing
import TOMLKit
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `moldrisk keys` (`ScenarioSchema.catalogJSON`), which the fuzzer reads instead of a hand-kept
/// copy of the schema, cannot drift from what the parser accepts: every section has keys in it,
/// every key of the template and of the example scenarios is in it, and each of its keys is one
/// `--set` accepts as a key path.
@Suite struct ScenarioCatalogTests {
    static var catalog: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(ScenarioSchema.catalogJSON.utf8)) as! [String: Any]
    }
    static let keys = Set(ScenarioSchema.catalogKeys)

    @Test func everySectionOfTheSchemaHasKeysInTheCatalog() {
        #expect(Self.catalog["sections"] as! [String] == ScenarioSchema.root)
        for section in ScenarioSchema.root {
            #expect(Self.keys.contains { $0.hasPrefix(section + ".") || $0.hasPrefix(section + "[].") },
                    "section [\(section)] has no key in `moldrisk keys`: add its table to ScenarioSchema.keyPaths")
        }
        let families = Self.catalog["distributions"] as! [String: [String]]
        #expect(families["pert"] == ["min", "mode", "max", "lambda"])
        #expect(Set(families.keys) == Set(DistributionParser.familyNames))
    }

    /// Every key written in the English and Chinese templates and in scenarios/*.toml (a table
    /// with `dist` is one value) is in the catalog, with `*` for the cycle's name.
    @Test func everyKeyOfTheTemplatesAndExamplesIsInTheCatalog() throws {
        var texts = [ScenarioTemplate.text(name: "t", language: .en), ScenarioTemplate.text(name: "t", language: .zh)]
        let folder = CLI.packageRoot.appendingPathComponent("scenarios")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".toml") {
            texts.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
        var seen = Set<String>()
        for text in texts {
            for path in Self.leafPaths(try TOMLTable(string: text), prefix: []) {
                seen.insert(path)
                #expect(Self.keys.contains(path), "\(path) is not in `moldrisk keys`")
            }
        }
        #expect(seen.contains("cycles.*.demand.units") && seen.contains("product.unit_price"))
    }

    /// Each catalog key, with a real cycle's name, is a key path the scenario accepts: `--set` it
    /// to a string and the message (if any) is about the value, never an unknown key.
    @Test func everyCatalogKeyIsAKeyTheParserKnows() throws {
        let template = ScenarioTemplate.text(name: "t", language: .en)
        for key in Self.keys where !key.hasPrefix("correlation[]") && !key.hasPrefix("variant[]") {
            let path = key.replacingOccurrences(of: "cycles.*.", with: "cycles.traditional.")
            do {
                _ = try ScenarioLoader.parse(template, file: "t.toml", overrides: ["\(path)=\"zz\""])
            } catch {
                #expect(!error.description.contains("unknown key"), "\(path): \(error.description)")
            }
        }
    }

    /// Dotted leaf paths of `table`: `cycles.<name>` written `cycles.*`, array-of-tables entries `[]`.
    static func leafPaths(_ table: TOMLTable, prefix: [String]) -> [String] {
        var out: [String] = []
        for (key, value) in table {
            let name = prefix == ["cycles"] ? ScenarioSchema.anyCycle : key
            if let inner = value.table, !inner.contains(key: "dist") {
                out += leafPaths(inner, prefix: prefix + [name])
            } else if let array = value.array, array.count > 0, array.allSatisfy({ $0.table != nil }) {
                for entry in array { out += leafPaths(entry.table!, prefix: prefix + [name + "[]"]) }
            } else {
                out.append((prefix + [name]).joined(separator: "."))
            }
        }
        return out
    }
}

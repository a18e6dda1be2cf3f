import Foundation
import Testing
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `run --variant` and `[[variant]]` end to end, and `--lang` writing beside the scenario's own report.
@Suite struct CLIVariantTests {
    /// One report with the what-ifs side by side in every format, the overlay chart with the charts.
    @Test func variantsAreReportedSideBySideInEveryFormat() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario + "\n[[variant]]\nname = \"报价 28万\"\nset = { \"mold.cost\" = 280_000 }\n",
                      "cup.toml", in: dir)
        let variant = ["--variant", "small stock: product.stock=40000; analysis.stock_levels=[20000, 40000]"]
        let json = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-"] + variant, in: dir)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONSerialization.jsonObject(with: json.stdoutData) as! [String: Any]
        let variants = try #require(object["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["报价 28万", "small stock"])
        #expect((variants[1]["set"] as? [String: String]) == ["product.stock": "40000", "analysis.stock_levels": "[20000, 40000]"])
        let difference = try #require(variants[0]["difference_to_base"] as? [String: Any])
        #expect((difference["ci"] as? [Double])?.count == 2)
        for (format, title) in [("text", "What-ifs side by side"), ("markdown", "What-ifs side by side"), ("csv", "variant_expected_value")] {
            let r = try CLI.run(["run", "cup.toml", "--format", format, "--output", "-"] + variant, in: dir)
            #expect(r.status == 0 && r.stdout.contains(title) && r.stdout.contains("small stock"), "\(format)")
        }
        let zh = try CLI.run(["run", "cup.toml", "--lang", "zh", "--output", "-"] + variant, in: dir)
        #expect(zh.stdout.contains("假设情景对比") && zh.stdout.contains("small stock"))
        let charts = try CLI.run(["run", "cup.toml", "--format", "markdown", "--output", "r.md", "--charts", "c"] + variant, in: dir)
        #expect(charts.status == 0, "\(charts.stderr)")
        let overlay = try String(contentsOf: dir.appendingPathComponent("c/variants-overlay.svg"), encoding: .utf8)
        #expect(overlay.contains("small stock") && overlay.contains("报价 28万"))
        #expect(try String(contentsOf: dir.appendingPathComponent("r.md"), encoding: .utf8).contains("variants-overlay.svg"))
    }

    /// A bad variant is named, exit status 1, nothing written; --variant with --shard is a usage error.
    @Test func aBadVariantRunsNothing() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let bad = try CLI.run(["run", "cup.toml", "--output", "r.txt", "--variant", "cheap: mold.cots=1"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.errors.contains("cup.toml: variant 'cheap': mold.cots=1: mold.cots: unknown key 'cots'"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.txt").path))
        let shard = try CLI.run(["run", "cup.toml", "--shard", "0/2", "--partial", "p", "--variant", "a: mold.cost=1"], in: dir)
        #expect(shard.status == 2)
    }

    /// `--lang zh` without `--output` writes `reports/<stem>.zh.<ext>` beside the English report,
    /// which stays as it was; a Chinese scenario's `--lang en` report goes to `<stem>.en.<ext>`.
    @Test func anotherLanguageGoesBesideTheReport() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let english = try CLI.run(["run", "cup.toml"], in: dir)
        #expect(english.status == 0)
        let before = try Data(contentsOf: dir.appendingPathComponent("reports/cup.txt"))
        let chinese = try CLI.run(["run", "cup.toml", "--lang", "zh"], in: dir)
        #expect(chinese.status == 0, "\(chinese.stderr)")
        #expect(chinese.stdout.hasSuffix("reports/cup.zh.txt\n"), "\(chinese.stdout)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("reports/cup.txt")) == before)
        let zhText = try String(contentsOf: dir.appendingPathComponent("reports/cup.zh.txt"), encoding: .utf8)
        #expect(zhText.contains("结论"))
        let pdf = try CLI.run(["run", "cup.toml", "--lang", "zh", "--format", "json"], in: dir)
        #expect(pdf.stdout.hasSuffix("reports/cup.zh.json\n"))
        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "seed = 11", with: "seed = 11\nlang = \"zh\""), "zh.toml", in: dir)
        #expect(try CLI.run(["run", "zh.toml"], in: dir).stdout.hasSuffix("reports/zh.txt\n"))
        #expect(try CLI.run(["run", "zh.toml", "--lang", "en"], in: dir).stdout.hasSuffix("reports/zh.en.txt\n"))
    }
}

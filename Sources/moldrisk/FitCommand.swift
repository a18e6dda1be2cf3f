import ArgumentParser
import Foundation
import MoldRisk

/// `moldrisk fit` (DESIGN §8.7): a law for a scenario input from past data. With `--column NAME`
/// it fits the candidate laws to one column of a CSV file and prints their ranking and the TOML
/// line to paste (`--charts DIR`: a QQ chart and a histogram); with `--listing` it reads a test
/// listing's days and prints the conversion posterior and the overdispersion test. Bad data is
/// exit status 1 with the file, line and column named.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a demand law to past sales (--column NAME), or read a test listing's days (--listing).",
        discussion: """
            FILE is a CSV file with a header line, as Excel or WPS saves it: UTF-8 with or without a \
            byte-order mark (GBK/GB18030 is not read: save as "CSV UTF-8"), fields separated by commas, \
            semicolons or tabs (decided from the header line), quoted fields with "" for a quote, LF or \
            CRLF line ends; at most \(CSVReader.Limits.records) rows and 16 MiB. \
            With --column NAME: normal, lognormal, gamma, triangular and PERT are fitted by maximum \
            likelihood and the empirical law is the data; they are \
            ranked by AIC with Kolmogorov–Smirnov and Anderson–Darling statistics, whose p-values come \
            from a parametric bootstrap with a fixed seed (the parameters were fitted to the same data). \
            Values must be numbers ≥ 0, at least 8 of them, not all equal. \
            With --listing: the columns impressions and orders (or 曝光 and 订单), one row a day; prints \
            the posterior Beta of the conversion rate and tests day-to-day overdispersion (beta-binomial \
            against binomial, likelihood ratio, 50:50 mixture of χ²₀ and χ²₁, level 0.05).
            """)

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: ArgumentHelp("The column to fit (its header).", valueName: "name"))
    var column: String?

    @Flag(help: "Read a test listing's days (columns impressions and orders, or 曝光 and 订单).")
    var listing = false

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "text|json"))
    var format: FitFormat = .text

    @Option(help: ArgumentHelp("Also write a QQ chart and a histogram (SVG) into this folder (with --column).",
                               valueName: "dir"))
    var charts: String?

    @Option(help: ArgumentHelp("Bootstrap samples for the p-values (default: 1,000 for up to 200 values, else "
                               + "200,000 ÷ values, at least 100, none above 20,000 values; 0 skips the p-values; replicates × values "
                               + "at most 10,000,000).", valueName: "n"))
    var replicates: Int?

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the text and charts: en or zh.", valueName: "lang"))
    var language: ReportLanguage = .en

    enum FitFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if listing == (column != nil) { throw ValidationError("Give exactly one of --column NAME or --listing.") }
        if let replicates, !(0...100_000).contains(replicates) {
            throw ValidationError("--replicates \(replicates): give 0 to 100000.")
        }
        if listing && charts != nil { throw ValidationError("--charts draws a fitted column's laws: use it with --column.") }
    }

    func run() throws {
        let outputs = OutputSet(inputs: [(file, "the data file")])
        if let charts {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: charts, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw CLIFailure("--charts \(charts) is a file; give a folder.")
            }
            try ChartFolder.check([FitCharts.qqFile, FitCharts.histogramFile], in: charts, outputs: outputs)
        }
        let text: String
        do {
            let table = try CSVReader.read(path: file)
            if let column {
                let values = try FitData.values(table, column: column, file: file)
                if let replicates, replicates * values.count > FitBootstrap.largestWork {
                    throw CLIFailure("--replicates \(replicates) on \(values.count) values would refit "
                        + "\(Fmt.units(Double(replicates * values.count))) values: at most "
                        + "\(Fmt.units(Double(FitBootstrap.largestWork))) (about 2 minutes); give --replicates at most "
                        + "\(FitBootstrap.largestWork / values.count).")
                }
                let plan = replicates.map { FitBootstrap(replicates: $0) } ?? FitBootstrap(observations: values.count)
                let fit = DistributionFit(column: column, values: values, bootstrap: plan)
                text = format == .json ? FitReport.json(fit) : FitReport.text(fit, file: file, words: language.fitStrings)
                if let charts {
                    try ChartFolder.add(FitCharts.render(fit, file: file, words: language.fitStrings), to: charts, in: outputs)
                }
            } else {
                let days = try FitData.days(table, file: file)
                let fit = ListingFit(days: days.map { .init(impressions: $0.impressions, orders: $0.orders) })
                text = format == .json ? ListingReport.json(fit) : ListingReport.text(fit, file: file, words: language.fitStrings)
            }
        } catch let error as DataFileError {
            throw CLIFailure(aboutFile: error.description)
        }
        try FileOutput.commit(outputs) { try StandardStream.output.write(text) }
    }
}

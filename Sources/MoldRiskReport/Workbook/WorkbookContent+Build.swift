import MoldRiskAnalysis
import MoldRiskCore

extension WorkbookContent {
    /// The workbook of `computed` in `language`: Summary, one sheet per cycle, Sensitivity, Value
    /// of information, Variants (when the scenario has them), Inputs, Method, and Samples when
    /// `samples` is given. `scope` `.brief` (`--brief`) keeps the sheets of the brief report's
    /// chapters: Summary, Value of information and Variants. Cycles are named by their labels
    /// (`RunResult.labelled`), the inputs by the file's keys, as in every other report.
    package static func workbook(_ computed: RunResult, language: ReportLanguage = .en,
                                 scope: ReportContent.Scope = .full,
                                 samples: WorkbookSamples? = nil) -> WorkbookContent {
        let words = language.strings
        let book = WorkbookWords(language: language)
        let result = computed.labelled(in: language)
        let full = scope == .full
        let hasVariants = !result.variants.isEmpty
        let sampled = full ? samples : nil

        // Names: the fixed sheets first, so a cycle called "Summary" is the one renamed.
        let fixed = [book.summarySheet, book.sensitivitySheet, book.valueOfInformationSheet, book.variantsSheet,
                     book.inputsSheet, book.methodSheet, book.samplesSheet]
        let names = WorkbookSheetNames.unique(fixed + result.cycles.map(\.name))
        let cycleNames = Array(names.dropFirst(fixed.count))

        var sheets = [summarySheet(result, words: words, book: book).sheet(named: names[0], language: language)]
        if full {
            for (index, cycle) in result.cycles.enumerated() {
                sheets.append(cycleSheet(cycle, result: result, words: words, book: book)
                    .sheet(named: cycleNames[index], language: language))
            }
            sheets.append(sensitivitySheet(result, words: words, book: book).sheet(named: names[1], language: language))
        }
        sheets.append(valueOfInformationSheet(result, words: words, book: book).sheet(named: names[2], language: language))
        if hasVariants {
            sheets.append(variantsSheet(result, words: words, book: book).sheet(named: names[3], language: language))
        }
        if full {
            sheets.append(inputsSheet(computed, words: words, book: book).sheet(named: names[4], language: language))
            sheets.append(methodSheet(result, words: words, book: book).sheet(named: names[5], language: language))
        }
        if let sampled {
            sheets.append(samplesSheet(sampled, book: book).sheet(named: names[6], language: language))
        }
        return WorkbookContent(title: result.scenario.name, language: language, sheets: sheets)
    }
}

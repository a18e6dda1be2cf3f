import MoldRiskAnalysis
import MoldRiskCore

extension WorkbookContent {
    /// Sensitivity / 敏感性: per cycle, every tornado bar (inputs in words, what each is held at,
    /// expected profit and P(loss) at either end, swing, rank correlation, contribution to variance)
    /// in `CycleTornado.bars` order, the tornado's centre, and a native tornado chart: two bar
    /// series (at P10 / never, at P90 / always) whose bars start where the value axis crosses, at
    /// the centre. A cycle without sensitivity says so in the report's words.
    static func sensitivitySheet(_ result: RunResult, words: any ReportStrings, book: WorkbookWords) -> WorkbookSheetBuilder {
        let say = words.phrase
        var sheet = WorkbookSheetBuilder(title: say(.sensitivityTitle))
        for cycle in result.cycles {
            sheet.heading(cycle.name)
            guard let tornado = cycle.sensitivity, !tornado.bars.isEmpty else {
                sheet.reportItems(ReportContent.sensitivityItems(cycle, words: words))
                if cycle.sensitivity == nil { sheet.blank() }
                continue
            }
            sheet.facts(nil, [(book.tornadoCentre, .number(tornado.baseline, .money)),
                              (book.sensitivityTrials, .number(Double(tornado.trials), .count))])
            let first = sheet.table(nil,
                headers: [say(.inputColumn), book.heldColumn, say(.atP10) + " / " + say(.never),
                          say(.atP90) + " / " + say(.always), book.swingColumn, book.lossLow, book.lossHigh,
                          say(.rankColumn), words.contributionColumn],
                rows: tornado.bars.map { bar in
                    [.label(ReportContent.inputLabel(bar.input, words: words)),
                     .text(ReportContent.heldLabel(bar, words: words)),
                     .number(bar.expectedProfitAtP10, .money), .number(bar.expectedProfitAtP90, .money),
                     .number(bar.swing, .money), .number(bar.probabilityOfLossAtP10, .percent),
                     .number(bar.probabilityOfLossAtP90, .percent), .number(bar.rankCorrelation, .ratio),
                     .number(bar.varianceContribution, .percent)]
                },
                notes: [words.tornadoCaption(centre: tornado.baseline, trials: Fmt.units(Double(tornado.trials))),
                        words.contributionNote])
            let last = first + tornado.bars.count - 1
            func series(_ name: String, _ column: Int) -> WorkbookChart.Series {
                .init(name: name, categories: .init(firstRow: first, lastRow: last, column: 0),
                      values: .init(firstRow: first, lastRow: last, column: column))
            }
            sheet.chart(.bar, title: say(.tornadoTitle) + " — " + cycle.name, x: say(.inputColumn), y: say(.expectedProfitColumn),
                        series: [series(say(.atP10) + " / " + say(.never), 2), series(say(.atP90) + " / " + say(.always), 3)],
                        yStyle: .money, crossing: tornado.baseline)
            sheet.chart(.bar, title: words.contributionTitle + " — " + cycle.name, x: say(.inputColumn),
                        y: words.contributionColumn, series: [series(words.contributionColumn, 8)], yStyle: .percent)
        }
        return sheet
    }
}

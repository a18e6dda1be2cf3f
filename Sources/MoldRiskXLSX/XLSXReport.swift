import MoldRiskAnalysis
import MoldRiskCore
import MoldRiskReport

/// The workbook report (`--format xlsx`): `WorkbookContent.workbook` of the result (the same
/// figures, wording and labels as the other reports, each figure an exact number) written by
/// `XLSXWriter`. A pure function of its arguments: the same result gives the same bytes, with the
/// document time fixed (`creationDate`, e.g. `SOURCE_DATE_EPOCH`, else 2000-01-01).
package enum XLSXReport {
    package static func render(_ result: RunResult, creationDate: Int64? = nil, language: ReportLanguage = .en,
                               scope: ReportContent.Scope = .full,
                               samples: WorkbookSamples? = nil) throws(XLSXError) -> [UInt8] {
        try XLSXWriter.write(WorkbookContent.workbook(result, language: language, scope: scope, samples: samples),
                             creationDate: creationDate)
    }
}

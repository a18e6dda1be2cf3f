import MoldRiskAnalysis
import MoldRiskCore

/// One chart file: its name inside the charts folder and its SVG text (UTF-8).
package struct ChartFile: Sendable, Equatable {
    package var fileName: String
    package var svg: String

    package init(fileName: String, svg: String) {
        self.fileName = fileName
        self.svg = svg
    }
}

import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
import MoldRiskTestSupport
import MoldRiskReportTestSupport

@Suite struct ReportAtomicFileWriterTests {
    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "moldrisk-report-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp-") }
    }

    @Test func createsParentFoldersAndWritesUTF8() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/reports/nested/漱口杯.txt"
        try AtomicFileWriter.write("漱口杯 ¥1,000\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "漱口杯 ¥1,000\n")
        #expect(leftovers(in: root + "/reports/nested").isEmpty)
    }

    @Test func replacesAnExistingFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/r.json"
        try AtomicFileWriter.write(String(repeating: "old ", count: 1000), to: path)
        try AtomicFileWriter.write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(leftovers(in: root).isEmpty)
    }

    @Test func failureLeavesTheDestinationAndNoTemporaryFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The destination is a folder holding a file: the write must fail and keep both.
        let folder = root + "/report.txt"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "keep".write(toFile: folder + "/inside", atomically: false, encoding: .utf8)
        #expect(throws: AtomicFileWriter.WriteError.self) { try AtomicFileWriter.write("x", to: folder) }
        #expect(try String(contentsOfFile: folder + "/inside", encoding: .utf8) == "keep")
        #expect(leftovers(in: root).isEmpty)
        // The parent is a regular file: the folder cannot be created.
        try "plain".write(toFile: root + "/file", atomically: false, encoding: .utf8)
        #expect(throws: AtomicFileWriter.WriteError.self) { try AtomicFileWriter.write("x", to: root + "/file/r.txt") }
        #expect(try String(contentsOfFile: root + "/file", encoding: .utf8) == "plain")
    }
}

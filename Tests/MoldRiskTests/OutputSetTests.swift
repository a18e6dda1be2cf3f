#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MoldRiskIO
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `OutputSet` (issue 25 items 3 and 5): every file is complete before any is renamed; a rename
/// that fails names the files already replaced and those left as they were; temporary names stay
/// within 255 bytes; the folders made for a failed set are removed.
@Suite struct OutputSetTests {
    @Test func aRenameThatFailsNamesExactlyWhatChanged() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["a.txt", "b.txt", "c.txt"] { try Data("old \(name)\n".utf8).write(to: URL(fileURLWithPath: root + "/" + name)) }
        let set = OutputSet(inputs: [])
        for name in ["a.txt", "b.txt", "c.txt"] { try set.add(root + "/" + name, what: "the file \(name)").append("new \(name)\n") }
        try set.finish()
        // Between the check and the renames, b.txt becomes a folder with something in it: its rename fails.
        try FileManager.default.removeItem(atPath: root + "/b.txt")
        try FileManager.default.createDirectory(atPath: root + "/b.txt/inside", withIntermediateDirectories: true)
        #expect(throws: OutputSet.Failure.self) { try set.publish() }
        do {
            try set.publish()
        } catch {
            Issue.record("a second publish must do nothing, got \(error)")
        }
        let contents = { (name: String) in try? String(contentsOfFile: root + "/" + name, encoding: .utf8) }
        #expect(contents("a.txt") == "new a.txt\n")
        #expect(contents("c.txt") == "old c.txt\n")
        #expect(FileNodes.leftovers(in: root).isEmpty)
    }

    @Test func theFailureMessageListsTheWrittenAndTheUnwrittenFiles() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let set = OutputSet(inputs: [])
        for name in ["a.txt", "b.txt", "c.txt"] { try set.add(root + "/" + name, what: "the file \(name)").append("new\n") }
        try set.finish()
        try FileManager.default.createDirectory(atPath: root + "/b.txt/inside", withIntermediateDirectories: true)
        do {
            try set.publish()
            Issue.record("expected the rename of b.txt to fail")
        } catch {
            #expect(error.message.hasPrefix("cannot write the file b.txt to \(root)/b.txt: "))
            #expect(error.message.hasSuffix("; already written: \(root)/a.txt; not written (any file there before is unchanged): "
                + "\(root)/b.txt, \(root)/c.txt"))
        }
    }

    @Test func aFailureBeforeTheRenamesReplacesNothingAndRemovesTheFoldersMade() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: root + "/kept.txt"))
        let fifo = root + "/fifo"
        try FileNodes.makeFIFO(fifo)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        let set = OutputSet(inputs: [])
        try set.add(root + "/kept.txt", what: "the report").append("new\n")
        try set.add(root + "/made/deep/chart.svg", what: "the charts").append("<svg/>")
        let stream = try set.add(fifo, what: "the samples")
        close(reader)
        let saved = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, saved) }
        stream.append("x\n")
        #expect(throws: OutputSet.Failure(message: "cannot write the samples to \(fifo): \(String(cString: strerror(EPIPE))); "
            + "no file was written or replaced")) { try set.commit() }
        #expect(try String(contentsOfFile: root + "/kept.txt", encoding: .utf8) == "old\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/made"))
        #expect(FileNodes.leftovers(in: root).isEmpty)
    }

    @Test func temporaryNamesStayWithinTheLimit() {
        for name in [String(repeating: "n", count: 255), String(repeating: "杯", count: 85), "r.txt"] {
            let temporary = AtomicFileStream.temporaryName(for: name, in: "/some/folder")
            let last = String(temporary.split(separator: "/").last!)
            #expect(last.utf8.count <= 255)
            #expect(last.hasPrefix("." + name.prefix(3)) && last.contains(".tmp-"))
            #expect(temporary.hasPrefix("/some/folder/."))
        }
        #expect(AtomicFileStream.temporaryName(for: "r.txt", in: ".").hasPrefix(".r.txt.tmp-"))
    }

    @Test func aSetWrittenTwiceToOnePathIsRefused() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let set = OutputSet(inputs: [(root + "/in.toml", "the scenario")])
        try set.add(root + "/out.txt", what: "the report")
        #expect(throws: OutputSet.Failure(message: "cannot write the samples to \(root)/sub/../out.txt: the report goes to "
            + "\(root)/out.txt, the same file; choose another path")) {
            try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
            try set.add(root + "/sub/../out.txt", what: "the samples")
        }
        set.abandon()
        #expect(FileNodes.leftovers(in: root).isEmpty)
    }
}

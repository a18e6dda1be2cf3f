#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `AtomicFileWriter` never destroys a file it does not own: a device or FIFO
/// is written in place, a symbolic link is followed and its target replaced (the link kept), a
/// folder is refused. Special files are made in the test's own folder, never the system's.
@Suite struct ReportFileTargetTests {
    @Test(.enabled(if: FileNodes.canMakeDevices)) func aDeviceIsWrittenInPlaceNotReplaced() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let null = root + "/null"
        try FileNodes.makeNull(null)
        let numbers = FileNodes.deviceNumbers(null)
        try AtomicFileWriter.write("report\n", to: null)
        #expect(FileNodes.type(null) == S_IFCHR)
        #expect(FileNodes.deviceNumbers(null) == numbers)
        #expect(FileNodes.leftovers(in: root).isEmpty)
        #expect(try FileTarget.resolve(null) == FileTarget(path: null, resolved: null, kind: .inPlace))
    }

    @Test(.enabled(if: FileNodes.canMakeDevices)) func aFullDeviceFailsWithTheSystemsReasonAndStaysADevice() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let full = root + "/full"
        try FileNodes.makeFull(full)
        #expect(throws: AtomicFileWriter.WriteError(path: full, reason: String(cString: strerror(ENOSPC)))) {
            try AtomicFileWriter.write("report\n", to: full)
        }
        #expect(FileNodes.type(full) == S_IFCHR)
        #expect(FileNodes.leftovers(in: root).isEmpty)
    }

    @Test func aFIFOIsWrittenInPlaceForItsReaderAndRefusedWithoutOne() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fifo = root + "/fifo"
        try FileNodes.makeFIFO(fifo)
        #expect(throws: AtomicFileWriter.WriteError(path: fifo, reason: "nothing is reading it (a FIFO needs a reader)")) {
            try AtomicFileWriter.write("x", to: fifo)
        }
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFileWriter.write("漱口杯 report\n", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 100)
        let n = read(reader, &buffer, buffer.count)
        #expect(n > 0 && String(decoding: buffer[..<max(n, 0)], as: UTF8.self) == "漱口杯 report\n")
        #expect(FileNodes.type(fifo) == S_IFIFO)
        #expect(FileNodes.leftovers(in: root).isEmpty)
    }

    @Test func aChainOfRelativeLinksIsFollowedAndOnlyItsTargetReplaced() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/links", withIntermediateDirectories: true)
        try "old".write(toFile: root + "/real/report.txt", atomically: false, encoding: .utf8)
        try FileNodes.makeLink(root + "/links/first", to: "../real/report.txt")
        try FileNodes.makeLink(root + "/links/second", to: "first")
        #expect(try FileTarget.resolve(root + "/links/second").resolved == root + "/links/../real/report.txt")
        try AtomicFileWriter.write("new", to: root + "/links/second")
        #expect(FileNodes.type(root + "/links/second") == S_IFLNK)
        #expect(FileNodes.type(root + "/links/first") == S_IFLNK)
        #expect(try String(contentsOfFile: root + "/real/report.txt", encoding: .utf8) == "new")
        #expect(FileNodes.leftovers(in: root + "/real").isEmpty && FileNodes.leftovers(in: root + "/links").isEmpty)
    }

    @Test func aDanglingLinkGetsItsTargetCreatedAndALoopIsRefused() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileNodes.makeLink(root + "/dangling", to: "made/later.txt")
        try AtomicFileWriter.write("x", to: root + "/dangling")
        #expect(FileNodes.type(root + "/dangling") == S_IFLNK)
        #expect(try String(contentsOfFile: root + "/made/later.txt", encoding: .utf8) == "x")
        try FileNodes.makeLink(root + "/a", to: "b")
        try FileNodes.makeLink(root + "/b", to: "a")
        #expect(throws: AtomicFileWriter.WriteError.self) { try AtomicFileWriter.write("x", to: root + "/a") }
        #expect(FileNodes.type(root + "/a") == S_IFLNK && FileNodes.type(root + "/b") == S_IFLNK)
    }

    @Test func aFolderOrALinkToOneIsRefusedAndKept() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/folder", withIntermediateDirectories: true)
        try FileNodes.makeLink(root + "/link", to: "folder")
        for path in [root + "/folder", root + "/link"] {
            #expect(throws: AtomicFileWriter.WriteError(path: path, reason: "it is a folder; give a file path")) {
                try AtomicFileWriter.write("x", to: path)
            }
        }
        #expect(FileNodes.type(root + "/link") == S_IFLNK)
    }

    @Test func aStreamsTemporaryFileIsPendingUntilCommittedOrAbandoned() throws {
        let root = try FileNodes.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let kept = try AtomicFileStream(path: root + "/kept.csv")
        let dropped = try AtomicFileStream(path: root + "/dropped.csv")
        #expect(FileNodes.leftovers(in: root).count == 2)
        let pending = Set(TemporaryFiles.pending)
        #expect(FileNodes.leftovers(in: root).allSatisfy { pending.contains(root + "/" + $0) })
        kept.append("a\n")
        try kept.commit()
        dropped.abandon()
        let after = Set(TemporaryFiles.pending)
        #expect(FileNodes.leftovers(in: root).isEmpty)
        #expect(!after.contains { $0.hasPrefix(root) })
        #expect(kept.createdFolder == nil)
    }
}

import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// Problems with the file itself: one problem, one line, naming the file.
@Suite struct ScenarioFileTests {
    /// A fresh folder under the temporary directory, removed after `body`.
    private func inTemporaryFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("moldrisk-scenario-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// Loads `path`, expecting exactly one file problem whose message contains `fault`.
    private func expectFileProblem(_ path: String, _ fault: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let scenario = try ScenarioLoader.load(path: path)
            Issue.record("expected an error, got \(scenario)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.file == path, sourceLocation: sourceLocation)
            #expect(error.problems.count == 1, sourceLocation: sourceLocation)
            #expect(error.problems.first?.keyPath == "", sourceLocation: sourceLocation)
            #expect(error.problems.first?.message.contains(fault) == true, "got \(error)", sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix("\(path): "), sourceLocation: sourceLocation)
            #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
        }
    }

    @Test func validFileLoadsAndIsNamedAfterItsStem() throws {
        try inTemporaryFolder { folder in
            let path = folder.appendingPathComponent("kids_socks.toml").path
            try ScenarioFixtures.minimal().write(toFile: path, atomically: true, encoding: .utf8)
            let scenario = try ScenarioLoader.load(path: path)
            #expect(scenario.name == "kids_socks")
            #expect(scenario.cycles.map(\.name) == ["a"])
        }
    }

    @Test func missingFile() throws {
        try inTemporaryFolder { folder in
            expectFileProblem(folder.appendingPathComponent("nope.toml").path, "no such file")
        }
    }

    @Test func folder() throws {
        try inTemporaryFolder { folder in
            expectFileProblem(folder.path, "is a folder")
        }
    }

    @Test func emptyAndWhitespaceOnlyFiles() throws {
        try inTemporaryFolder { folder in
            for (name, content) in [("empty.toml", ""), ("blank.toml", "  \n\t\n \r\n")] {
                let path = folder.appendingPathComponent(name).path
                try content.write(toFile: path, atomically: true, encoding: .utf8)
                expectFileProblem(path, "is empty")
            }
        }
    }

    @Test func binaryFiles() throws {
        try inTemporaryFolder { folder in
            let nul = folder.appendingPathComponent("nul.toml")
            try Data("[product]\n\u{0}stock = 1".utf8).write(to: nul)
            expectFileProblem(nul.path, "binary file (contains NUL bytes)")
            let latin1 = folder.appendingPathComponent("latin1.toml")
            try Data([0x6E, 0x61, 0x6D, 0x65, 0x3D, 0x22, 0xE9, 0x22, 0x0A]).write(to: latin1)
            expectFileProblem(latin1.path, "not UTF-8 text")
        }
    }

    @Test func notARegularFile() throws {
        try inTemporaryFolder { folder in
            let fifo = folder.appendingPathComponent("pipe.toml").path
            try #require(mkfifo(fifo, 0o600) == 0)
            expectFileProblem(fifo, "is not a regular file")  // and does not block reading it
        }
    }

    @Test func unreadableFile() throws {
        if geteuid() != 0 {
            try inTemporaryFolder { folder in
                let path = folder.appendingPathComponent("locked.toml").path
                try ScenarioFixtures.minimal().write(toFile: path, atomically: true, encoding: .utf8)
                try #require(chmod(path, 0) == 0)
                expectFileProblem(path, "cannot be read")
            }
        }
        #if os(Linux)
        // Root reads any file; /proc/self/mem is a regular file whose first bytes cannot be read.
        expectFileProblem("/proc/self/mem", "cannot be read")
        #endif
    }

    @Test func textWithNulIsRefusedByParseToo() {
        #expect(throws: ScenarioError.file("t", "is a binary file (contains NUL bytes)")) {
            try ScenarioLoader.parse("a = 1\u{0}", file: "t")
        }
    }
}

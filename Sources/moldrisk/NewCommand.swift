import ArgumentParser
import Foundation
import MoldRisk

/// `moldrisk new`: write a commented scenario template, valid as it stands, never overwriting.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented scenario template to scenarios/NAME.toml (or NAME.toml).",
        discussion: """
            The file goes to scenarios/NAME.toml when the current folder has a scenarios/ folder, \
            else to NAME.toml. It is valid as it stands: edit the numbers, then run it. \
            An existing file is never overwritten.
            """)

    @Argument(help: "The scenario's name, used as the file name (letters, digits, - and _; Chinese is fine).")
    var name: String

    @Option(name: .customLong("lang"),
            help: ArgumentHelp("Language of the template's comments: en or zh (zh also sets scenario.lang = \"zh\").",
                               valueName: "lang"))
    var language: ReportLanguage = .en

    func validate() throws {
        let forbidden = CharacterSet(charactersIn: "/\\:\0").union(.controlCharacters)
        if name.isEmpty || name.hasPrefix(".") || name.rangeOfCharacter(from: forbidden) != nil {
            throw ValidationError("NAME must be a plain file name without /, \\, : or a leading dot (got '\(name)').")
        }
        if name.count > Scenario.nameLimit {
            throw ValidationError("NAME is \(name.count) characters: a scenario's name may have at most \(Scenario.nameLimit).")
        }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        let hasScenarios = FileManager.default.fileExists(atPath: "scenarios", isDirectory: &isDirectory)
            && isDirectory.boolValue
        let stem = name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
        let path = hasScenarios ? "scenarios/\(stem).toml" : "\(stem).toml"
        let data = Data(ScenarioTemplate.text(name: stem, language: language).utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 {
            let reason = errno == EEXIST ? "it already exists (moldrisk new never overwrites a file)"
                : String(cString: strerror(errno))
            throw CLIFailure("cannot create \(path): \(reason)")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw CLIFailure("cannot write \(path): \(error)")
        }
        try StandardStream.output.write("Wrote \(path). Edit it, then: moldrisk run \(path)\n")
    }
}

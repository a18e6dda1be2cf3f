import Foundation

extension ScenarioLoader {
    /// A scenario file's text, or a `ScenarioError` with one clear message for each way a file
    /// can be unusable (missing, a folder or other non-file, unreadable, not UTF-8 text).
    /// `parse(text, file:)` then gives what `load(path:)` gives.
    package static func readText(path: String) throws(ScenarioError) -> String {
        let data: Data
        do {
            // Checked again on the text (`ScenarioLoader.parse`); here it spares reading a huge file.
            data = try SmallFile.read(path, kind: "scenario file", limit: ScenarioRanges.Limits.fileBytes, limitWords: "1 MiB")
        } catch {
            throw .file(path, error.reason)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .file(path, "is a binary file or not UTF-8 text (invalid UTF-8)")
        }
        return text
    }
}

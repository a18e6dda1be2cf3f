import MoldRiskCore
import CXlsxWriter
import Foundation
import MoldRiskReport

/// Writes a `WorkbookContent` as an .xlsx file with libxlsxwriter and returns its bytes. The
/// library writes to a file path (1.1.4 has no memory output), so the workbook is made in a
/// private temporary folder (`mkdtemp`, also the library's `tmpdir`), read back and the folder
/// removed; the caller writes the bytes atomically like any other report. Every libxlsxwriter
/// call that reports an error is checked and turned into an `XLSXError` naming the call.
package enum XLSXWriter {
    /// The document time when none is given: 2000-01-01 00:00:00 UTC (libxlsxwriter takes 0 as
    /// "now", which would make every workbook's bytes differ).
    package static let defaultCreationDate: Int64 = 946_684_800

    package static func write(_ content: WorkbookContent, creationDate: Int64? = nil) throws(XLSXError) -> [UInt8] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/workbook.xlsx"
        // A Samples sheet (up to a million rows): rows streamed to disk, and ZIP64 for a file that
        // may pass 4 GB uncompressed; an ordinary workbook keeps libxlsxwriter's defaults.
        let constantMemory = content.sheets.contains { $0.samples != nil }
        let workbook: UnsafeMutablePointer<lxw_workbook>? = folder.withCString { tmpdir in
            var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0,
                                               tmpdir: UnsafeMutablePointer(mutating: tmpdir),
                                               use_zip64: constantMemory ? 1 : 0)
            return workbook_new_opt(path, &options)
        }
        guard let workbook else { throw XLSXError("cannot create the workbook in \(folder) (workbook_new_opt)") }
        var closed = false
        defer { if !closed { _ = workbook_close(workbook) } }

        try setProperties(workbook, content: content, creationDate: creationDate ?? defaultCreationDate)
        let formats = try XLSXFormats(workbook, language: content.language)
        for sheet in content.sheets {
            try XLSXSheetWriter(workbook: workbook, formats: formats).write(sheet)
        }
        closed = true
        try check(workbook_close(workbook), "workbook_close")
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw XLSXError("cannot read back the workbook libxlsxwriter wrote: \(error.localizedDescription)")
        }
    }

    /// Throws when `error` is not `LXW_NO_ERROR`.
    static func check(_ error: lxw_error, _ call: @autoclosure () -> String) throws(XLSXError) {
        guard error != LXW_NO_ERROR else { return }
        throw XLSXError("\(call()): \(String(cString: lxw_strerror(error)))")
    }

    private static func setProperties(_ workbook: UnsafeMutablePointer<lxw_workbook>, content: WorkbookContent,
                                      creationDate: Int64) throws(XLSXError) {
        let title = strdup(content.title)
        let creator = strdup("moldrisk")
        defer { free(title); free(creator) }
        var properties = lxw_doc_properties()
        properties.title = title
        properties.author = creator
        properties.created = time_t(max(1, creationDate))
        try check(workbook_set_properties(workbook, &properties), "workbook_set_properties")
    }

    private static func temporaryFolder() throws(XLSXError) -> String {
        var template = Array((NSTemporaryDirectory() + "/moldrisk-xlsx-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw XLSXError("cannot make a temporary folder in \(NSTemporaryDirectory()): \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }
}

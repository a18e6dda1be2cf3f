import Foundation
import Testing
@testable import MoldRiskCore

/// The CSV dialects `moldrisk fit` reads (Excel's and WPS's), and the data checks that name the
/// file, line and column.
@Suite struct CSVReaderTests {
    static let values: [Double] = [12, 15, 9, 30, 22, 18, 11, 25]

    /// The same table in each dialect.
    static let dialects: [(name: String, bytes: Data)] = {
        func rows(_ separator: String, _ end: String) -> String {
            ["day\(separator)units"].joined() + end
                + values.enumerated().map { "11-\($0.offset + 1)\(separator)\(Int($0.element))" }.joined(separator: end) + end
        }
        return [
            ("comma LF", Data(rows(",", "\n").utf8)),
            ("comma CRLF with BOM", Data([0xEF, 0xBB, 0xBF]) + Data(rows(",", "\r\n").utf8)),
            ("semicolon CRLF", Data(rows(";", "\r\n").utf8)),
            ("tab", Data(rows("\t", "\n").utf8)),
            ("no final line end", Data(rows(",", "\n").dropLast().utf8)),
            ("blank and empty lines", Data((rows(",", "\r\n") + "\r\n,\r\n,,\r\n").utf8)),
        ]
    }()

    @Test(arguments: dialects.indices)
    func everyDialectGivesTheSameColumn(_ index: Int) throws {
        let table = try CSVReader.parse(Self.dialects[index].bytes, file: "s.csv")
        #expect(table.header == ["day", "units"])
        #expect(try FitData.values(table, column: "units", file: "s.csv") == Self.values)
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "name,\"units, sold\"\r\n\"杯 \"\"A\"\", red\",\"1,200\"\r\n\"two\r\nlines\",7\r\n"
        let table = try CSVReader.parse(Data(text.utf8), file: "q.csv")
        #expect(table.header == ["name", "units, sold"])
        #expect(table.records.map(\.fields) == [["杯 \"A\", red", "1,200"], ["two\nlines", "7"]])
        #expect(table.records.map(\.line) == [2, 3])
        #expect(try table.numbers(column: 1, file: "q.csv").map(\.value) == [1200, 7])
    }

    @Test func separatorComesFromTheHeader() throws {
        // Commas inside the semicolon file's cells are thousands groups, not separators.
        let table = try CSVReader.parse(Data("日期;销量\n1;1,234\n2;2,000\n".utf8), file: "x.csv")
        #expect(table.separatorName == "semicolon")
        #expect(try table.numbers(column: 1, file: "x.csv").map(\.value) == [1234, 2000])
    }

    static func message(_ text: String, column: String = "units", listing: Bool = false) -> String {
        do {
            let table = try CSVReader.parse(Data(text.utf8), file: "d.csv")
            if listing { _ = try FitData.days(table, file: "d.csv") } else { _ = try FitData.values(table, column: column, file: "d.csv") }
            return "no error"
        } catch {
            return error.description
        }
    }

    static let eight = (1...8).map { "\($0)" }.joined(separator: "\n")

    @Test func badDataIsNamedByFileLineAndColumn() {
        #expect(Self.message("day,units\n1,5\n2,12a\n") == "d.csv:3: column \"units\" (2): \"12a\" is not a number")
        #expect(Self.message("day,units\n1,5\n2,-3\n") == "d.csv:3: column \"units\" (2): -3 is negative: a quantity to fit must be ≥ 0")
        #expect(Self.message("units\n1\n2\n3\n") == "d.csv: column \"units\" (1): has 3 values: a fit needs at least 8")
        #expect(Self.message("units\n" + Array(repeating: "4", count: 9).joined(separator: "\n"))
                == "d.csv: column \"units\" (1): all 9 values are 4: there is no spread to fit (write it as a fixed number)")
        #expect(Self.message("day,sold\n1,2\n") == "d.csv:1: no column \"units\"; the header's columns are: \"day\", \"sold\"")
        #expect(Self.message("units\n1\nnan\n") == "d.csv:3: column \"units\" (1): \"nan\" is not a number")
        #expect(Self.message("day,units\n1,\n") == "d.csv:2: column \"units\" (2): empty: a number is needed")
        #expect(Self.message("day,units\n1\n") == "d.csv:2: column \"units\" (2): missing: the line has 1 field")
        #expect(Self.message("units\n\"5\n6\n") == "d.csv:2: a quoted field opened here is never closed")
        // Beyond any quantity a scenario accepts: no law fitted to it could be pasted.
        #expect(Self.message("units\n1\n2e12\n") == "d.csv:3: column \"units\" (1): 2,000,000,000,000 is more than "
                + "1,000,000,000,000, the largest quantity a scenario accepts (money and units)")
    }

    @Test func badListingDaysAreNamed() {
        #expect(Self.message("曝光,订单\n100,5\n100,-1\n", listing: true)
                == "d.csv:3: column \"订单\" (2): -1 is negative: a count must be ≥ 0")
        #expect(Self.message("impressions,orders\n100,5\n100,150\n", listing: true)
                == "d.csv:3: column \"orders\" (2): 150 orders but 100 impressions: orders must be ≤ impressions")
        #expect(Self.message("impressions,orders\n100.5,5\n", listing: true)
                == "d.csv:2: column \"impressions\" (1): 100.5 is not a whole number: a count is")
        #expect(Self.message("impressions,orders\n100,5\n", listing: true) == "d.csv: has 1 day: a fit needs at least 8")
        #expect(Self.message("impressions,sales\n100,5\n", listing: true)
                == "d.csv:1: no column \"orders\" or \"订单\" or \"订单数\"; the header's columns are: \"impressions\", \"sales\"")
    }

    @Test func encodingsAndLimits() {
        func refused(_ data: Data) -> String {
            do { _ = try CSVReader.parse(data, file: "e.csv"); return "no error" } catch { return error.description }
        }
        // "销量" in GBK.
        #expect(refused(Data([0xCF, 0xFA, 0xC1, 0xBF, 0x0A, 0x31])).contains("not UTF-8 text (GBK/GB18030 files are not read)"))
        #expect(refused(Data([0xFF, 0xFE, 0x61, 0x00])).contains("UTF-16"))
        let rows = "units\n" + String(repeating: "1\n", count: CSVReader.Limits.records + 1)
        #expect(refused(Data(rows.utf8)) == "e.csv: has 100001 rows after the header: at most 100000")
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport

/// Parsing and searching the SVG charts in tests.
package enum ChartSupport {
    /// Parsed documents, kept alive for the whole test run: on Linux an `XMLElement` does not
    /// keep its `XMLDocument` (and the libxml2 tree under it) alive.
    package final class Keeper: @unchecked Sendable {
        package let lock = NSLock()
        package var documents: [XMLDocument] = []
    }
    package static let keeper = Keeper()

    /// The parsed document's root element; throws when the text is not well-formed XML.
    package static func parse(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLElement {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        keeper.lock.lock()
        keeper.documents.append(document)
        keeper.lock.unlock()
        return try #require(document.rootElement(), sourceLocation: sourceLocation)
    }

    /// Every element under `root` (itself included), depth first in document order.
    package static func elements(_ root: XMLElement) -> [XMLElement] {
        var out: [XMLElement] = [root]
        for child in root.children ?? [] {
            if let element = child as? XMLElement { out += elements(element) }
        }
        return out
    }

    package static func name(_ e: XMLElement) -> String { e.localName ?? e.name ?? "" }

    package static func classes(_ e: XMLElement) -> [String] {
        (attribute(e, "class") ?? "").split(separator: " ").map(String.init)
    }

    /// Elements named `name` having every class in `classes`.
    package static func find(_ root: XMLElement, _ name: String, classes wanted: [String] = []) -> [XMLElement] {
        elements(root).filter { self.name($0) == name && Set(wanted).isSubset(of: Set(classes($0))) }
    }

    /// The text of an element's direct `<title>` child.
    package static func title(_ e: XMLElement) -> String? {
        (e.children ?? []).compactMap { $0 as? XMLElement }.first { name($0) == "title" }?.stringValue
    }

    /// An attribute's value. (On Linux `attribute(forName:)` finds nothing on an element in the
    /// SVG namespace, so the attribute list is searched.)
    package static func attribute(_ e: XMLElement, _ key: String) -> String? {
        (e.attributes ?? []).first { ($0.localName ?? $0.name) == key }?.stringValue
    }

    package static func number(_ e: XMLElement, _ key: String) -> Double? {
        attribute(e, key).flatMap(Double.init)
    }

    /// The (x, y) pairs of a `points` attribute.
    package static func points(_ e: XMLElement) -> [(Double, Double)] {
        (attribute(e, "points") ?? "").split(separator: " ").compactMap { pair in
            let xy = pair.split(separator: ",").compactMap { Double($0) }
            return xy.count == 2 ? (xy[0], xy[1]) : nil
        }
    }

    /// All text content of `<text>` elements under `root`.
    package static func texts(_ root: XMLElement) -> [String] {
        find(root, "text").compactMap(\.stringValue)
    }

    package static func chart(_ files: [ChartFile], _ fileName: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLElement {
        let file = try #require(files.first { $0.fileName == fileName }, "no \(fileName)", sourceLocation: sourceLocation)
        return try parse(file.svg, sourceLocation: sourceLocation)
    }
}

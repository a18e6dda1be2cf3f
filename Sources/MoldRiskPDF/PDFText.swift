/// A piece of text to typeset: its string, its style and how it sits in the width it is given.
struct PDFText: Sendable, Equatable {
    enum Alignment: Sendable, Equatable { case left, right }

    /// A font size and weight, and whether figures are tabular (all digits one width, so that
    /// numbers in a column line up) and the text grey (headers, footers, notes).
    struct Style: Sendable, Equatable {
        var size: Double
        var bold = false
        var tabular = false
        var grey = false

        static let title = Style(size: 17, bold: true)
        static let verdict = Style(size: 13, bold: true)
        static let heading1 = Style(size: 13.5, bold: true)
        static let heading2 = Style(size: 11, bold: true)
        static let body = Style(size: 9.5)
        static let tableTitle = Style(size: 9.5, bold: true)
        static let tableHeader = Style(size: 8.5, bold: true)
        static let cell = Style(size: 9)
        static let number = Style(size: 9, tabular: true)
        static let note = Style(size: 8, grey: true)
        static let running = Style(size: 7.5, tabular: true, grey: true)
    }

    var string: String
    var style: Style
    var alignment: Alignment = .left
    /// One line cut with `…` at the width instead of wrapping (the running header).
    var singleLine = false
}

/// A row of axis labels under a text chart, `width` display columns wide. A label is placed by
/// display column: a wide (CJK) character takes its column and the next, so `19.54 万元` lines up
/// under its tick as `¥195,365` does.
struct TickRow {
    /// One entry per column: the character starting there, `""` for the second half of a wide
    /// one, or a space.
    private var cells: [String]

    init(width: Int) {
        cells = Array(repeating: " ", count: max(0, width))
    }

    /// Places `text` from column `start`. With `clear`, only where it fits whole with a free column
    /// on each side (returns false, placing nothing, otherwise); without, moved inside the row.
    @discardableResult
    mutating func place(_ text: String, at start: Int, clear: Bool = false) -> Bool {
        let width = DisplayWidth.of(text)
        var start = start
        if clear {
            guard start >= 0, start + width <= cells.count,
                  cells[max(0, start - 1)..<min(cells.count, start + width + 1)].allSatisfy({ $0 == " " })
            else { return false }
        } else {
            start = max(0, min(cells.count - width, start))
            guard start >= 0 else { return false }
        }
        var column = start
        for ch in text {
            let w = DisplayWidth.of(ch)
            guard w > 0, column + w <= cells.count else { continue }
            cells[column] = String(ch)
            if w == 2 { cells[column + 1] = "" }
            column += w
        }
        return true
    }

    /// The row as text.
    var text: String { cells.joined() }
}

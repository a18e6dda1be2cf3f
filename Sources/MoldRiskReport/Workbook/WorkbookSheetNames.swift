/// Sheet names Excel accepts, made from any text (a cycle's label, a scenario's name): at most 31
/// UTF-16 code units (Excel counts those; a character is never cut in half), none of `[ ] : * ? / \`
/// nor a control character (each replaced by `_`), no `'` at either end, not empty, not `History`
/// (Excel reserves it), and unique ignoring case: a repeated name gets ` (2)`, ` (3)`, … with its
/// text shortened to leave room.
package enum WorkbookSheetNames {
    package static let maximumLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Valid, unique names for `wanted`, in order; earlier names keep their text first.
    package static func unique(_ wanted: [String]) -> [String] {
        var taken: Set<String> = []
        return wanted.map { raw in
            let base = valid(raw)
            var name = base
            var n = 2
            while taken.contains(key(name)) {
                let suffix = " (\(n))"
                name = cut(base, to: maximumLength - suffix.utf16.count) + suffix
                n += 1
            }
            taken.insert(key(name))
            return name
        }
    }

    /// `text` as a valid sheet name (uniqueness aside).
    package static func valid(_ text: String) -> String {
        var name = String(text.map { c -> Character in
            forbidden.contains(c) || c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? "_" : c
        })
        name = cut(name, to: maximumLength)
        while name.first == "'" || name.first == " " { name.removeFirst() }
        while name.last == "'" || name.last == " " { name.removeLast() }
        if name.isEmpty { name = "Sheet" }
        if key(name) == key("History") { name += "_" }
        return name
    }

    /// The comparison Excel makes: case ignored.
    static func key(_ name: String) -> String { name.uppercased() }

    /// The longest prefix of whole characters within `limit` UTF-16 code units.
    static func cut(_ text: String, to limit: Int) -> String {
        var result = ""
        var units = 0
        for character in text {
            let n = character.utf16.count
            if units + n > limit { break }
            result.append(character)
            units += n
        }
        while result.last == "'" || result.last == " " { result.removeLast() }
        return result
    }
}

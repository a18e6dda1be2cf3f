import MoldRiskAnalysis
import MoldRiskCore

/// Terminal display width of text, as a terminal measures it (`wcswidth`, plus the emoji rules
/// of current terminals): Wide (W) and Fullwidth (F) characters of the Unicode East Asian Width
/// property (CJK ideographs, kana, Hangul, fullwidth forms, most emoji) take two columns;
/// combining marks, format characters and controls take none; everything else — including box
/// drawing and block elements U+2500–U+259F, East Asian Ambiguous characters and the spacing
/// vowel signs of Thai and Devanagari — takes one. A grapheme cluster takes the sum of its
/// scalars (`é` written as `e` + U+0301 is 1, Thai `ทำ` is 2, Devanagari `कि` is 2), except an
/// emoji in emoji presentation (its own, or forced by U+FE0F; a ZWJ sequence as a whole) and a
/// flag (a pair of regional indicators), which take two.
package enum DisplayWidth {
    /// Display columns of `text`.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Display columns of one grapheme cluster.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isRegionalIndicator(first) {
            return scalars.dropFirst().first.map(isRegionalIndicator) == true ? 2 : 1
        }
        if first.properties.isEmojiPresentation
            || first.properties.isEmoji && first.value >= 0x80 && scalars.contains("\u{FE0F}") {
            return 2
        }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// U+1F1E6…U+1F1FF, the letters of a flag.
    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Display columns of one scalar (0, 1 or 2).
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 }   // Hangul medial vowels and final consonants
        return isWide(v) ? 2 : 1
    }

    /// True for code points whose East Asian Width is W or F (Unicode 15 ranges, emoji blocks
    /// summarised by block).
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,            // CJK radicals, Kangxi, ideographic description, CJK punctuation
        0x3041...0x33FF,            // kana, Bopomofo, Hangul compatibility jamo, enclosed CJK
        0x3400...0x4DBF,            // CJK extension A
        0x4E00...0x9FFF,            // CJK unified ideographs
        0xA000...0xA4CF,            // Yi
        0xA960...0xA97F,            // Hangul jamo extended A
        0xAC00...0xD7A3,            // Hangul syllables
        0xF900...0xFAFF,            // CJK compatibility ideographs
        0xFE10...0xFE19,            // vertical forms
        0xFE30...0xFE6F,            // CJK compatibility forms, small form variants
        0xFF00...0xFF60,            // fullwidth forms
        0xFFE0...0xFFE6,            // fullwidth signs
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08,
        0x1AFF0...0x1B2FF,          // kana supplement and extensions, Nushu
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F2FF,          // enclosed ideographic supplement
        0x1F300...0x1F64F,          // pictographs, emoticons (text-style exceptions ignored)
        0x1F680...0x1F6FF,          // transport and map symbols
        0x1F7E0...0x1F7F0,
        0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces to `width` columns (truncated with `…` when wider).
    static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }

    /// `text` broken into lines of at most `width` columns: at spaces where possible, between any
    /// two wide (CJK) characters (but never before closing punctuation such as `，` or `）`, nor
    /// between a number and its unit, `19.54万元`), and inside a word only when the word alone is
    /// too wide.
    /// Explicit newlines are kept. Never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(String(paragraph), width: width)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Wide punctuation that may not start a line (Chinese line-breaking rules): it stays with the
    /// character before it.
    private static let closingPunctuation: Set<Character> = ["，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "】", "》"]

    /// Wide unit characters that stay with the number before them (`19.54万元`, `100,000件`, `45.3天`).
    private static let unitCharacters: Set<Character> = ["万", "元", "件", "天", "人"]

    /// The stretches of `text` a line may not break inside, by the same rule as `wrap`: a number's
    /// last ASCII digit with the unit characters after it (`0万元` of `9.20万元`) or with ` %`.
    /// For a typesetter that breaks lines itself (the PDF's pango).
    package static func unbreakableRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            guard ch.isASCII && ch.isNumber, next < text.endIndex else {
                index = next
                continue
            }
            var end = next
            while end < text.endIndex && unitCharacters.contains(text[end]) { end = text.index(after: end) }
            if end == next && text[next...].hasPrefix(" %") { end = text.index(next, offsetBy: 2) }
            if end > next { ranges.append(index..<end) }
            index = end > next ? end : next
        }
        return ranges
    }

    /// Stands for the space of " %" while wrapping, so a number and its percent sign stay on one line.
    private static let glue: Character = "\u{00A0}"

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        // Tokens: runs of narrow non-space characters, single wide characters, and spaces.
        var tokens: [String] = []
        var word = ""
        for ch in text.replacingOccurrences(of: " %", with: String(glue) + "%") {
            if ch == glue {
                word.append(" ")
            } else if ch == " " {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(" ")
            } else if of(ch) == 2 {
                // Closing punctuation never starts a line; a unit stays with its number (`19.54万元`).
                let target = word.isEmpty ? (tokens.last == " " ? nil : tokens.last) : word
                let before = target?.last
                // (`Character.isNumber` would count 万 itself as a digit: only ASCII digits are.)
                let digit = { (c: Character) in c.isASCII && c.isNumber }
                let glued = before != nil && (closingPunctuation.contains(ch)
                    || unitCharacters.contains(ch) && (digit(before!)
                        || unitCharacters.contains(before!) && target!.contains(where: digit)))
                if glued && !word.isEmpty {
                    word.append(ch)
                } else if glued {
                    tokens[tokens.count - 1].append(ch)
                } else {
                    if !word.isEmpty { tokens.append(word); word = "" }
                    tokens.append(String(ch))
                }
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { tokens.append(word) }

        var lines: [String] = []
        var line = ""
        var used = 0
        func flush() {
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
            line = ""
            used = 0
        }
        for token in tokens {
            let w = of(token)
            if token == " " {
                if used > 0 && used + 1 <= width { line += " "; used += 1 }
                continue
            }
            if used + w <= width { line += token; used += w; continue }
            if used > 0 { flush() }
            if w <= width { line = token; used = w; continue }
            for ch in token {   // a word wider than a line: break it by display width
                let cw = of(ch)
                if used + cw > width { flush() }
                line.append(ch)
                used += cw
            }
        }
        if used > 0 || lines.isEmpty { flush() }
        return lines
    }
}

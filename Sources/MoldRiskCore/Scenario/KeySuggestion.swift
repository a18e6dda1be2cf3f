/// "Did you mean …?" for a mistyped key or distribution name.
enum KeySuggestion {
    /// The known name closest to `word` when it is close enough to be a typo (edit distance at
    /// most 1 for short words, 2 from 5 characters, 3 from 10; letter case ignored), else `nil`.
    /// Ties go to the earlier name in `known`.
    static func closest(to word: String, among known: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let allowed = target.count >= 10 ? 3 : target.count >= 5 ? 2 : 1
        var best: (name: String, distance: Int)?
        for name in known {
            let distance = editDistance(target, Array(name.lowercased().unicodeScalars))
            if distance <= allowed, distance < (best?.distance ?? Int.max) {
                best = (name, distance)
            }
        }
        return best?.name
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of two adjacent
    /// characters (optimal string alignment), so `mdoe` is one edit from `mode`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// Full key paths (`product.stock`) that `keys`, a key path not in the schema, probably meant:
    /// those whose last key is `keys`' last key (letter case ignored); failing that the path
    /// closest to the whole dotted path; failing that those whose last key is closest to `keys`'
    /// last key. At most `limit`, in `known`'s order; empty when nothing is close.
    static func keyPaths(near keys: [String], among known: [TOMLPath], limit: Int = 3) -> [String] {
        guard let last = keys.last else { return [] }
        let lastKeys = known.map { path -> String in
            if case let .key(key)? = path.components.last { return key }
            return ""
        }
        var matches = known.indices.filter { lastKeys[$0].lowercased() == last.lowercased() }
        if matches.isEmpty {
            let written = TOMLPath(keys: keys).description
            if let path = closest(to: written, among: known.map(\.description)) { return [path] }
            if let near = closest(to: last, among: lastKeys) {
                matches = known.indices.filter { lastKeys[$0] == near }
            }
        }
        return matches.prefix(limit).map { known[$0].description }
    }
}

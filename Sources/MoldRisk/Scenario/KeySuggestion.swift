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

    /// Levenshtein distance (insertions, deletions, substitutions).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    /// The longest prefix of whole Unicode scalars that takes at most `limit` bytes in UTF-8
    /// (file names are limited in bytes, not characters).
    package func prefix(utf8Bytes limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var used = 0
        for scalar in unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > limit { break }
            result.append(scalar)
            used += size
        }
        return String(result)
    }
}

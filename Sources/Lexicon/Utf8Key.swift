/// A string as a dictionary key by its UTF-8 bytes, hashed in one call: a `String` key is
/// normalized to be hashed (slow for Chinese text), an `[UInt8]` key hashed byte by byte. Loading
/// hashes every piece and phrase of every entry.
struct Utf8Key: Hashable {
    let bytes: [UInt8]

    init(_ s: String) { bytes = Array(s.utf8) }

    func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
}

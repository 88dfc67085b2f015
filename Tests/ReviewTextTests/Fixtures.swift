/// Paths of the project's fixtures, found from this file's location.
enum Fixtures {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ReviewTextTests/Fixtures.swift
        return parts.joined(separator: "/") + "/fixtures"
    }()

    static func path(_ name: String) -> String { root + "/" + name }

    /// Reads a whole file through the decoding reader, as UTF-8 text.
    static func decode(_ path: String, encoding: ReviewText.TextEncoding? = nil) throws -> (text: String, reader: ReviewText.DecodingReader) {
        let r = try ReviewText.DecodingReader(path: path, encoding: encoding)
        var bytes: [UInt8] = []
        while let c = try r.nextChunk() { bytes += c }
        return (String(decoding: bytes, as: UTF8.self), r)
    }
}

import ReviewText

/// A small validating JSON parser for one line holding one object, written for speed (no Foundation).
///
/// It decodes the object's top-level members; nested arrays and objects are validated and kept as
/// raw text. Errors name what was expected and the 1-based byte column.
struct JSONLineParser {
    /// Why a line is not valid JSON.
    struct Failure: Error {
        var message: String
    }

    /// Nesting deeper than this is rejected: 512.
    static let maxDepth = 512

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var scratch: [UInt8] = []

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    /// Parses `bytes` as one JSON object and returns its top-level members.
    static func parseObject(_ bytes: [UInt8]) throws(Failure) -> [String: JSONValue] {
        let result: Result<[String: JSONValue], Failure> = bytes.withUnsafeBufferPointer { p in
            var parser = JSONLineParser(p)
            do throws(Failure) {
                return .success(try parser.topObject())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func fail(_ what: String) -> Failure {
        if i >= p.count { return Failure(message: "\(what) at end of line") }
        return Failure(message: "\(what) at column \(i + 1)")
    }

    private mutating func skipSpace() {
        while i < p.count {
            let b = p[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { i += 1 } else { return }
        }
    }

    private mutating func topObject() throws(Failure) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        fields.reserveCapacity(8)
        try members { fields[$0] = $1 }
        return fields
    }

    /// Parses `bytes` as one JSON object and appends its top-level members to `members` in the
    /// order written (a repeated key appears twice): no dictionary is built.
    static func parseMembers(_ bytes: [UInt8], into members: inout [(String, JSONValue)]) throws(Failure) {
        let failure: Failure? = bytes.withUnsafeBufferPointer { p in
            do throws(Failure) {
                try parseMembers(p, into: &members)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// ``parseMembers(_:into:)`` over borrowed bytes.
    static func parseMembers(_ bytes: UnsafeBufferPointer<UInt8>, into members: inout [(String, JSONValue)]) throws(Failure) {
        var parser = JSONLineParser(bytes)
        try parser.members { members.append(($0, $1)) }
    }

    /// The object's members, each handed to `add` as it is read.
    private mutating func members(_ add: (String, JSONValue) -> Void) throws(Failure) {
        skipSpace()
        guard i < p.count, p[i] == UInt8(ascii: "{") else { throw fail("expected '{' (an object)") }
        i += 1
        skipSpace()
        if i < p.count, p[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let key = try string()
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i += 1
                skipSpace()
                add(key, try value())
                skipSpace()
                guard i < p.count else { throw fail("expected ',' or '}'") }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        if i < p.count { throw fail("unexpected text after the object") }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard i < p.count else { throw fail("expected a value") }
        switch p[i] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let s = i
            try number()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self))
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let s = i
            try skipNested(depth: 1)
            return .raw(String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self))
        default:
            throw fail("expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= p.count else { throw fail("invalid literal") }
        let w = word.utf8Start
        for k in 0..<n where p[i + k] != w[k] { throw fail("invalid literal") }
        i += n
    }

    private mutating func digits() -> Int {
        let s = i
        while i < p.count, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
        return i - s
    }

    private mutating func number() throws(Failure) {
        if p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < p.count else { throw fail("invalid number") }
        if p[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits() == 0 {
            throw fail("invalid number")
        }
        if i < p.count, p[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { throw fail("invalid number") }
        }
        if i < p.count, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            if i < p.count, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { throw fail("invalid number") }
        }
    }

    /// Parses a string starting at the opening quote; returns it unescaped.
    private mutating func string() throws(Failure) -> String {
        i += 1
        let s = i
        skipPlain()
        if i < p.count, p[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)
        }
        // Escapes: the plain runs between them are copied whole.
        scratch.removeAll(keepingCapacity: true)
        var run = s
        while i < p.count {
            let b = p[i]
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b < 0x20 { throw fail("control character in string") }
            // A backslash.
            i += 1
            guard i < p.count else { break }
            let e = p[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if code >= 0xD800, code < 0xDC00 {
                    if i + 1 < p.count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00, low < 0xE000 {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = save
                            code = 0xFFFD
                        }
                    } else {
                        code = 0xFFFD
                    }
                } else if code >= 0xDC00, code < 0xE000 {
                    code = 0xFFFD
                }
                appendUTF8(UInt32(code))
            default:
                i -= 1
                throw fail("invalid escape")
            }
            run = i
            skipPlain()
        }
        throw fail("unterminated string")
    }

    /// Moves past bytes that stand for themselves in a string: up to a quote, a backslash, a
    /// control character or the end; eight bytes at a time where it can.
    @inline(__always)
    private mutating func skipPlain() {
        if let base = UnsafeRawPointer(p.baseAddress) {
            while i + 8 <= p.count {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if ByteScan.hasByte(0x22, w) || ByteScan.hasByte(0x5C, w) || ByteScan.hasByte(below: 0x20, w) { break }
                i += 8
            }
        }
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return }
            i += 1
        }
    }

    private mutating func hex4() throws(Failure) -> Int {
        guard i + 4 <= p.count else { throw fail("invalid \\u escape") }
        var v = 0
        for _ in 0..<4 {
            let b = p[i]
            let d: Int
            switch b {
            case 0x30...0x39: d = Int(b) - 0x30
            case 0x41...0x46: d = Int(b) - 0x41 + 10
            case 0x61...0x66: d = Int(b) - 0x61 + 10
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private mutating func appendUTF8(_ c: UInt32) {
        switch c {
        case 0..<0x80:
            scratch.append(UInt8(c))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | (c >> 6)))
            scratch.append(UInt8(0x80 | (c & 0x3F)))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | (c >> 12)))
            scratch.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (c & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (c >> 18)))
            scratch.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    /// Validates a nested array or object starting at its bracket.
    private mutating func skipNested(depth: Int) throws(Failure) {
        if depth > Self.maxDepth { throw fail("nesting too deep") }
        let isObject = p[i] == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        skipSpace()
        if i < p.count, p[i] == close { i += 1; return }
        while true {
            skipSpace()
            if isObject {
                guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                _ = try string()
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i += 1
                skipSpace()
            }
            guard i < p.count else { throw fail("expected a value") }
            if p[i] == UInt8(ascii: "{") || p[i] == UInt8(ascii: "[") {
                try skipNested(depth: depth + 1)
            } else {
                _ = try value()
            }
            skipSpace()
            guard i < p.count else { throw fail(isObject ? "expected ',' or '}'" : "expected ',' or ']'") }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == close { i += 1; return }
            throw fail(isObject ? "expected ',' or '}'" : "expected ',' or ']'")
        }
    }
}

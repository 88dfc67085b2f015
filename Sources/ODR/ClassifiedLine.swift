/// The fields of one line of `classify`'s JSON lines output that attribution uses, read straight
/// from the bytes: keys it does not need (evidence, sentiment, source) are skipped, not built.
///
/// A line is recognised as classify output by its `categories` key together with `sentiment` or
/// `source` (see ``isClassifyOutput(_:)``).
public struct ClassifiedLine: Sendable, Equatable {
    /// `order_id`.
    public var orderID: String?
    /// `date` (ISO).
    public var date: String?
    /// `rating`, 1–5.
    public var rating: Int?
    /// `title`, `text` and `followup` joined by a space.
    public var text = ""
    /// `categories[].id` and `categories[].score`.
    public var categories: [(id: String, score: Double)] = []
    /// Read only by a detailed parse: the three fields, `lang`, `sentiment.score` and each
    /// category's evidence spans (field 0 title, 1 text, 2 follow-up; index into ``categories``).
    public var fields = ["", "", ""]
    public var language = ""
    public var sentiment: Double?
    public var evidence: [(category: Int, field: UInt8, start: Int, end: Int)] = []

    public static func == (a: ClassifiedLine, b: ClassifiedLine) -> Bool {
        a.orderID == b.orderID && a.date == b.date && a.rating == b.rating && a.text == b.text
            && a.categories.map(\.id) == b.categories.map(\.id) && a.categories.map(\.score) == b.categories.map(\.score)
    }

    /// Whether the first line of a file looks like classify output.
    public static func isClassifyOutput(_ line: [UInt8]) -> Bool {
        let s = String(decoding: line, as: UTF8.self)
        return s.contains("\"categories\"") && (s.contains("\"sentiment\"") || s.contains("\"source\""))
    }

    /// Parses one line; `nil` with a reason for invalid JSON. A `detailed` parse also reads the
    /// fields, language, sentiment and evidence.
    public static func parse(_ p: UnsafeBufferPointer<UInt8>, detailed: Bool = false) -> Result<ClassifiedLine, JSONFailure> {
        var s = JSONScanner(p)
        var out = ClassifiedLine()
        var texts: [String] = []
        do {
            try s.object { (key: String, s: inout JSONScanner) throws in
                switch key {
                case "order_id": out.orderID = try s.stringOrNull()
                case "date": out.date = try s.stringOrNull()
                case "rating": out.rating = try s.numberOrNull().map { Int($0) }
                case "title", "text", "followup":
                    if let t = try s.stringOrNull(), !t.isEmpty {
                        texts.append(t)
                        if detailed { out.fields[key == "title" ? 0 : key == "text" ? 1 : 2] = t }
                    }
                case "lang" where detailed: out.language = try s.stringOrNull() ?? ""
                case "sentiment" where detailed:
                    try s.object { (k: String, s: inout JSONScanner) throws in
                        if k == "score" { out.sentiment = try s.numberOrNull() } else { try s.skip() }
                    }
                case "categories":
                    try s.array { (s: inout JSONScanner) throws in
                        var id: String?
                        var score = 0.0
                        try s.object { (k: String, s: inout JSONScanner) throws in
                            switch k {
                            case "id": id = try s.stringOrNull()
                            case "score": score = try s.numberOrNull() ?? 0
                            case "evidence" where detailed:
                                let c = out.categories.count
                                try s.array { (s: inout JSONScanner) throws in
                                    var field: UInt8 = 1, start = 0, end = 0
                                    try s.object { (k: String, s: inout JSONScanner) throws in
                                        switch k {
                                        case "field":
                                            let f = try s.stringOrNull()
                                            field = f == "title" ? 0 : f == "followup" ? 2 : 1
                                        case "start": start = Int(try s.numberOrNull() ?? 0)
                                        case "end": end = Int(try s.numberOrNull() ?? 0)
                                        default: try s.skip()
                                        }
                                    }
                                    out.evidence.append((c, field, start, end))
                                }
                            default: try s.skip()
                            }
                        }
                        if let id { out.categories.append((id, score)) }
                    }
                default: try s.skip()
                }
            }
        } catch let e as JSONFailure {
            return .failure(e)
        } catch {
            return .failure(JSONFailure(reason: "invalid JSON"))
        }
        out.text = texts.joined(separator: " ")
        return .success(out)
    }
}

/// Why a JSON line could not be read.
public struct JSONFailure: Error, Sendable, Equatable {
    /// `invalid JSON: expected ':' at column 9`.
    public var reason: String
}

/// A minimal pull scanner over one JSON text, enough to read classify's records without building
/// values for the parts that are skipped.
struct JSONScanner {
    let p: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    func fail(_ what: String) -> JSONFailure { JSONFailure(reason: "invalid JSON: \(what) at column \(i + 1)") }

    mutating func space() { while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D || p[i] == 0x0A { i += 1 } }

    mutating func expect(_ b: UInt8) throws {
        space()
        guard i < p.count, p[i] == b else { throw fail("expected '\(Character(UnicodeScalar(b)))'") }
        i += 1
    }

    mutating func object(_ body: (String, inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        space()
        if i < p.count, p[i] == UInt8(ascii: "}") { i += 1; return }
        while true {
            space()
            let key = try string()
            try expect(UInt8(ascii: ":"))
            space()
            try body(key, &self)
            space()
            guard i < p.count else { throw fail("unterminated object") }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "}") { i += 1; return }
            throw fail("expected ',' or '}'")
        }
    }

    mutating func array(_ body: (inout JSONScanner) throws -> Void) throws {
        space()
        if i < p.count, p[i] == UInt8(ascii: "n") { try skip(); return }
        try expect(UInt8(ascii: "["))
        space()
        if i < p.count, p[i] == UInt8(ascii: "]") { i += 1; return }
        while true {
            space()
            try body(&self)
            space()
            guard i < p.count else { throw fail("unterminated array") }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "]") { i += 1; return }
            throw fail("expected ',' or ']'")
        }
    }

    mutating func string() throws -> String {
        guard i < p.count, p[i] == 0x22 else { throw fail("expected a string") }
        i += 1
        let start = i
        var simple = true
        while i < p.count, p[i] != 0x22 {
            if p[i] == 0x5C { simple = false; i += 2 } else { i += 1 }
        }
        guard i < p.count else { throw fail("unterminated string") }
        let end = i
        i += 1
        if simple { return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self) }
        var out: [UInt8] = []
        var k = start
        while k < end {
            let b = p[k]
            if b != 0x5C { out.append(b); k += 1; continue }
            k += 1
            guard k < end else { break }
            switch p[k] {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var v: UInt32 = 0
                var n = 0
                while n < 4, k + 1 < end, let h = hex(p[k + 1]) { v = v * 16 + h; k += 1; n += 1 }
                if (0xD800..<0xDC00).contains(v), k + 6 < end + 1, p[k + 1] == 0x5C, k + 2 < end, p[k + 2] == UInt8(ascii: "u") {
                    var lo: UInt32 = 0
                    var m = 0
                    var j = k + 2
                    while m < 4, j + 1 < end, let h = hex(p[j + 1]) { lo = lo * 16 + h; j += 1; m += 1 }
                    if (0xDC00..<0xE000).contains(lo) {
                        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                        k = j
                    }
                }
                out.append(contentsOf: String(UnicodeScalar(v).map(Character.init) ?? "\u{FFFD}").utf8)
            default: out.append(p[k])
            }
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        default: return nil
        }
    }

    mutating func stringOrNull() throws -> String? {
        space()
        if i < p.count, p[i] == 0x22 { return try string() }
        if i < p.count, p[i] == UInt8(ascii: "-") || (p[i] >= 0x30 && p[i] <= 0x39) {
            let s = i
            try skip()
            return String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)
        }
        try skip()
        return nil
    }

    mutating func numberOrNull() throws -> Double? {
        space()
        let s = i
        if i < p.count, p[i] == 0x22 { return Double(try string()) }
        try skip()
        return Double(String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self))
    }

    /// Skips one value of any kind.
    mutating func skip() throws {
        space()
        guard i < p.count else { throw fail("expected a value") }
        switch p[i] {
        case 0x22: _ = try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while i < p.count {
                let b = p[i]
                if b == 0x22 { try skipString(); continue }
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { i += 1; return }
                }
                i += 1
            }
            throw fail("unterminated value")
        default:
            let s = i
            while i < p.count, p[i] != UInt8(ascii: ","), p[i] != UInt8(ascii: "}"), p[i] != UInt8(ascii: "]"), p[i] > 0x20 { i += 1 }
            if i == s { throw fail("expected a value") }
        }
    }

    mutating func skipString() throws {
        i += 1
        while i < p.count, p[i] != 0x22 { i += p[i] == 0x5C ? 2 : 1 }
        guard i < p.count else { throw fail("unterminated string") }
        i += 1
    }
}

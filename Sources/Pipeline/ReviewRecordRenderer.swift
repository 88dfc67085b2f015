import Classifier
import Records

/// Writes classified reviews as JSON lines (the documented schema) or CSV/TSV rows.
public struct ReviewRecordRenderer: Sendable {
    public let format: OutputFormat
    /// Write a UTF-8 BOM first (CSV for Excel).
    public let excel: Bool

    /// Creates a renderer.
    public init(format: OutputFormat, excel: Bool = false) {
        self.format = format
        self.excel = excel
    }

    /// The CSV/TSV header row.
    public static let columns = ["id", "order_id", "date", "rating", "lang", "categories", "areas", "evidence",
                                 "sentiment", "sentiment_score", "title", "text", "followup", "file", "line"]

    /// What starts the output (BOM, header row), possibly empty.
    public func preamble() -> [UInt8] {
        guard format != .jsonl else { return [] }
        var w = CSVWriter(options: .init(format: format == .csv ? .csv : .tsv, excel: excel))
        w.writeRow(Self.columns)
        return w.takeOutput()
    }

    /// Renders one review.
    public func render(_ r: ClassifiedReview, into out: inout [UInt8]) {
        switch format {
        case .jsonl: renderJSON(r, into: &out)
        case .csv, .tsv: renderRow(r, into: &out)
        }
    }

    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// The JSON line of a review, written straight into `out`: the keys and punctuation are
    /// constant bytes, strings are escaped in place (``JSONWriter/appendEscaped(_:to:)``), numbers
    /// are formatted without building strings — the same bytes ``JSONWriter`` writes, without
    /// its per-record buffer and bookkeeping.
    func renderJSON(_ r: ClassifiedReview, into out: inout [UInt8]) {
        let row = r.row, c = r.classification
        Self.put(Self.idKey, &out)
        if let id = row.id { JSONWriter.appendEscaped(id, to: &out) } else { JSONWriter.appendEscaped(row.effectiveID, to: &out) }
        Self.put(Self.orderKey, &out)
        Self.string(row.orderID, &out)
        Self.put(Self.dateKey, &out)
        if let d = row.date { JSONWriter.appendEscaped(d.iso, to: &out) } else { Self.put(Self.null, &out) }
        Self.put(Self.ratingKey, &out)
        if let n = row.rating { Self.integer(n, &out) } else { Self.put(Self.null, &out) }
        Self.put(Self.langKey, &out)
        JSONWriter.appendEscaped(c.language, to: &out)
        Self.put(Self.titleKey, &out)
        Self.string(row.title, &out)
        Self.put(Self.textKey, &out)
        Self.string(row.text, &out)
        Self.put(Self.followupKey, &out)
        Self.string(row.followUp, &out)
        Self.put(Self.categoriesKey, &out)
        for (i, cat) in c.categories.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            Self.put(Self.categoryIDKey, &out)
            JSONWriter.appendEscaped(cat.category.id, to: &out)
            Self.put(Self.areaKey, &out)
            JSONWriter.appendEscaped(cat.category.area.rawValue, to: &out)
            Self.put(Self.scoreKey, &out)
            Self.number(Self.round3(cat.score), &out)
            Self.put(Self.evidenceKey, &out)
            for (j, e) in cat.evidence.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                Self.put(Self.fieldKey, &out)
                JSONWriter.appendEscaped(e.field.rawValue, to: &out)
                Self.put(Self.startKey, &out)
                Self.integer(e.start, &out)
                Self.put(Self.endKey, &out)
                Self.integer(e.end, &out)
                Self.put(Self.evidenceTextKey, &out)
                JSONWriter.appendEscaped(e.text, to: &out)
                out.append(UInt8(ascii: "}"))
            }
            Self.put(Self.closeCategory, &out)
        }
        Self.put(Self.sentimentKey, &out)
        JSONWriter.appendEscaped(c.sentiment.label.rawValue, to: &out)
        Self.put(Self.scoreKey, &out)
        Self.number(Self.round3(c.sentiment.score), &out)
        out.append(UInt8(ascii: "}"))
        if let reason = row.reasonCode {
            Self.put(Self.reasonKey, &out)
            JSONWriter.appendEscaped(reason, to: &out)
        }
        Self.put(Self.sourceKey, &out)
        JSONWriter.appendEscaped(row.file, to: &out)
        Self.put(Self.lineKey, &out)
        Self.integer(row.line, &out)
        Self.put(Self.closeLine, &out)
    }

    /// Appends constant bytes. The constants are `StaticString`s, not arrays: an array is a
    /// reference-counted object, retained and released at each use, and with one renderer per
    /// thread every row's twenty-odd uses bounced its count between the cores.
    @inline(__always)
    static func put(_ s: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    // The constant parts of a record, in order.
    static let idKey: StaticString = #"{"id":"#
    static let orderKey: StaticString = #","order_id":"#
    static let dateKey: StaticString = #","date":"#
    static let ratingKey: StaticString = #","rating":"#
    static let langKey: StaticString = #","lang":"#
    static let titleKey: StaticString = #","title":"#
    static let textKey: StaticString = #","text":"#
    static let followupKey: StaticString = #","followup":"#
    static let categoriesKey: StaticString = #","categories":["#
    static let categoryIDKey: StaticString = #"{"id":"#
    static let areaKey: StaticString = #","area":"#
    static let scoreKey: StaticString = #","score":"#
    static let evidenceKey: StaticString = #","evidence":["#
    static let fieldKey: StaticString = #"{"field":"#
    static let startKey: StaticString = #","start":"#
    static let endKey: StaticString = #","end":"#
    static let evidenceTextKey: StaticString = #","text":"#
    static let closeCategory: StaticString = "]}"
    static let sentimentKey: StaticString = #"],"sentiment":{"label":"#
    static let reasonKey: StaticString = #","reason":"#
    static let sourceKey: StaticString = #","source":{"file":"#
    static let lineKey: StaticString = #","line":"#
    static let closeLine: StaticString = "}}\n"
    static let null: StaticString = "null"

    @inline(__always)
    static func string(_ s: String?, _ out: inout [UInt8]) {
        if let s { JSONWriter.appendEscaped(s, to: &out) } else { put(null, &out) }
    }

    /// An integer in decimal, as `String(n)` writes it.
    static func integer(_ n: Int, _ out: inout [UInt8]) {
        if n >= 0 && n < 10 { out.append(0x30 + UInt8(n)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: Int.min has 20 digits
        var m = n.magnitude
        var k = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[23 - k] = 0x30 + UInt8(m % 10)
                m /= 10
                k += 1
            } while m > 0
            if n < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(24 - k)...]))
        }
    }

    /// A score, as ``JSONWriter/number(_:)-(Double)`` writes it: scores are multiples of 0.001
    /// (``round3(_:)``), whose shortest round-trip form is their decimal one, written here
    /// directly; anything else goes through `String(_:)` as there.
    static func number(_ x: Double, _ out: inout [UInt8]) {
        if x.isFinite && abs(x) < 1_000_000 {
            let k = (x * 1000).rounded()
            if k / 1000 == x {
                let thousandths = Int(k)
                if thousandths % 1000 == 0 { integer(thousandths / 1000, &out); return }
                if thousandths < 0 { out.append(UInt8(ascii: "-")) }
                let m = thousandths.magnitude
                integer(Int(m / 1000), &out)
                out.append(UInt8(ascii: "."))
                var f = m % 1000
                var scale: UInt = 100
                while f > 0 {
                    out.append(0x30 + UInt8(f / scale))
                    f %= scale
                    scale /= 10
                }
                return
            }
        }
        var w = JSONWriter()
        w.number(x)
        out.append(contentsOf: w.output)
    }

    func renderRow(_ r: ClassifiedReview, into out: inout [UInt8]) {
        let row = r.row, c = r.classification
        let score = Self.round3(c.sentiment.score)
        let fields: [String] = [
            row.effectiveID, row.orderID ?? "", row.date?.iso ?? "", row.rating.map(String.init) ?? "", c.language,
            c.categories.map(\.category.id).joined(separator: ";"),
            c.areas.map(\.rawValue).joined(separator: ";"),
            c.categories.flatMap { $0.evidence.map(\.text) }.joined(separator: ";"),
            c.sentiment.label.rawValue, score == score.rounded() ? String(Int(score)) : String(score),
            row.title ?? "", row.text ?? "", row.followUp ?? "", row.file, String(row.line),
        ]
        var w = CSVWriter(options: .init(format: format == .csv ? .csv : .tsv, excel: false))
        w.writeRow(fields)
        out.append(contentsOf: w.takeOutput())
    }
}

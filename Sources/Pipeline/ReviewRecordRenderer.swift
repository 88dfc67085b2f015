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
        out.append(contentsOf: Self.idKey)
        if let id = row.id { JSONWriter.appendEscaped(id, to: &out) } else { JSONWriter.appendEscaped(row.effectiveID, to: &out) }
        out.append(contentsOf: Self.orderKey)
        Self.string(row.orderID, &out)
        out.append(contentsOf: Self.dateKey)
        if let d = row.date { JSONWriter.appendEscaped(d.iso, to: &out) } else { out.append(contentsOf: Self.null) }
        out.append(contentsOf: Self.ratingKey)
        if let n = row.rating { Self.integer(n, &out) } else { out.append(contentsOf: Self.null) }
        out.append(contentsOf: Self.langKey)
        JSONWriter.appendEscaped(c.language, to: &out)
        out.append(contentsOf: Self.titleKey)
        Self.string(row.title, &out)
        out.append(contentsOf: Self.textKey)
        Self.string(row.text, &out)
        out.append(contentsOf: Self.followupKey)
        Self.string(row.followUp, &out)
        out.append(contentsOf: Self.categoriesKey)
        for (i, cat) in c.categories.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: Self.categoryIDKey)
            JSONWriter.appendEscaped(cat.category.id, to: &out)
            out.append(contentsOf: Self.areaKey)
            JSONWriter.appendEscaped(cat.category.area.rawValue, to: &out)
            out.append(contentsOf: Self.scoreKey)
            Self.number(Self.round3(cat.score), &out)
            out.append(contentsOf: Self.evidenceKey)
            for (j, e) in cat.evidence.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: Self.fieldKey)
                JSONWriter.appendEscaped(e.field.rawValue, to: &out)
                out.append(contentsOf: Self.startKey)
                Self.integer(e.start, &out)
                out.append(contentsOf: Self.endKey)
                Self.integer(e.end, &out)
                out.append(contentsOf: Self.evidenceTextKey)
                JSONWriter.appendEscaped(e.text, to: &out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(contentsOf: Self.closeCategory)
        }
        out.append(contentsOf: Self.sentimentKey)
        JSONWriter.appendEscaped(c.sentiment.label.rawValue, to: &out)
        out.append(contentsOf: Self.scoreKey)
        Self.number(Self.round3(c.sentiment.score), &out)
        out.append(UInt8(ascii: "}"))
        if let reason = row.reasonCode {
            out.append(contentsOf: Self.reasonKey)
            JSONWriter.appendEscaped(reason, to: &out)
        }
        out.append(contentsOf: Self.sourceKey)
        JSONWriter.appendEscaped(row.file, to: &out)
        out.append(contentsOf: Self.lineKey)
        Self.integer(row.line, &out)
        out.append(contentsOf: Self.closeLine)
    }

    // The constant parts of a record, in order.
    static let idKey = Array(#"{"id":"#.utf8)
    static let orderKey = Array(#","order_id":"#.utf8)
    static let dateKey = Array(#","date":"#.utf8)
    static let ratingKey = Array(#","rating":"#.utf8)
    static let langKey = Array(#","lang":"#.utf8)
    static let titleKey = Array(#","title":"#.utf8)
    static let textKey = Array(#","text":"#.utf8)
    static let followupKey = Array(#","followup":"#.utf8)
    static let categoriesKey = Array(#","categories":["#.utf8)
    static let categoryIDKey = Array(#"{"id":"#.utf8)
    static let areaKey = Array(#","area":"#.utf8)
    static let scoreKey = Array(#","score":"#.utf8)
    static let evidenceKey = Array(#","evidence":["#.utf8)
    static let fieldKey = Array(#"{"field":"#.utf8)
    static let startKey = Array(#","start":"#.utf8)
    static let endKey = Array(#","end":"#.utf8)
    static let evidenceTextKey = Array(#","text":"#.utf8)
    static let closeCategory = Array("]}".utf8)
    static let sentimentKey = Array(#"],"sentiment":{"label":"#.utf8)
    static let reasonKey = Array(#","reason":"#.utf8)
    static let sourceKey = Array(#","source":{"file":"#.utf8)
    static let lineKey = Array(#","line":"#.utf8)
    static let closeLine = Array("}}\n".utf8)
    static let null = Array("null".utf8)

    @inline(__always)
    static func string(_ s: String?, _ out: inout [UInt8]) {
        if let s { JSONWriter.appendEscaped(s, to: &out) } else { out.append(contentsOf: null) }
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

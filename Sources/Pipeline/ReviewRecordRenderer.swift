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

    func renderJSON(_ r: ClassifiedReview, into out: inout [UInt8]) {
        var w = JSONWriter()
        let row = r.row, c = r.classification
        w.beginObject()
        w.key("id"); w.string(row.effectiveID)
        w.key("order_id"); w.string(row.orderID)
        w.key("date"); if let d = row.date { w.string(d.iso) } else { w.null() }
        w.key("rating"); if let n = row.rating { w.number(n) } else { w.null() }
        w.key("lang"); w.string(c.language)
        w.key("title"); w.string(row.title)
        w.key("text"); w.string(row.text)
        w.key("followup"); w.string(row.followUp)
        w.key("categories"); w.beginArray()
        for cat in c.categories {
            w.beginObject()
            w.key("id"); w.string(cat.category.id)
            w.key("area"); w.string(cat.category.area.rawValue)
            w.key("score"); w.number(Self.round3(cat.score))
            w.key("evidence"); w.beginArray()
            for e in cat.evidence {
                w.beginObject()
                w.key("field"); w.string(e.field.rawValue)
                w.key("start"); w.number(e.start)
                w.key("end"); w.number(e.end)
                w.key("text"); w.string(e.text)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("sentiment"); w.beginObject()
        w.key("label"); w.string(c.sentiment.label.rawValue)
        w.key("score"); w.number(Self.round3(c.sentiment.score))
        w.endObject()
        if let reason = row.reasonCode { w.key("reason"); w.string(reason) }
        w.key("source"); w.beginObject()
        w.key("file"); w.string(row.file)
        w.key("line"); w.number(row.line)
        w.endObject()
        w.endObject()
        w.endLine()
        out.append(contentsOf: w.takeOutput())
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

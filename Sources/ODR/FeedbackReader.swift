import Foundation
import Classifier
import Pipeline
import Records
import ReviewText
#if canImport(Glibc)
import Glibc
#endif

/// Reads seller feedback: `classify`'s JSON lines output as it is (on all cores), or any table
/// `classify` reads (classified here with the current lexicon).
///
/// Every row becomes an ``OrderEvent`` (a defect when rated 1–2 stars); rows without an order id
/// are rejected, rows whose order is not in the orders file are counted as unmatched.
public enum FeedbackReader {
    /// Reads `path` into `events`.
    public static func read(path: String, file: String? = nil, orders: OrderTable, pool: TextClassifierPool,
                            table: ReviewTableOptions, encoding: TextEncoding?,
                            into events: inout EventSet, problems: inout [Reject]) throws {
        let name = file ?? path
        if path != "-", try isClassifyOutput(path: path) {
            try readClassified(path: path, file: name, orders: orders, categories: pool.categories, jobs: pool.jobs, into: &events, problems: &problems)
        } else {
            try readTable(path: path, file: name, orders: orders, pool: pool, table: table, encoding: encoding, into: &events, problems: &problems)
        }
    }

    static func isClassifyOutput(path: String) throws -> Bool {
        var source = try FileChunkSource(path: path, chunkSize: 1 << 16)
        var prefix = try source.nextChunk() ?? []
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { prefix.removeFirst(3) }
        guard let first = prefix.firstIndex(where: { $0 > 0x20 }), prefix[first] == UInt8(ascii: "{") else { return false }
        let end = prefix[first...].firstIndex(of: 0x0A) ?? prefix.count
        return ClassifiedLine.isClassifyOutput(Array(prefix[first..<end]))
    }

    struct Chunk {
        var events: [OrderEvent] = []
        var details: [FeedbackDetail] = []
        var problems: [Reject] = []
        var unmatched = 0
        var unrated = 0
        var unknown: [String: Int] = [:]
        var texts: [EventText] = []
        var orphans: [OrderEvent] = []
    }

    static func readClassified(path: String, file: String, orders: OrderTable, categories: CategorySet, jobs: Int,
                               into events: inout EventSet, problems: inout [Reject]) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw RecordsError(file: file, line: nil, message: "cannot open") }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let size = Int(st.st_size)
        let cuts = TableScan.cut(fd: fd, start: 0, size: size, parts: size < 1 << 20 ? 1 : jobs)
        let index = orders.index
        let keep = events.keepTexts
        let iso = DayParser(format: nil)
        let boxes = try TableScan.forEachLine(fd: fd, file: file, cuts: cuts, makeState: { _ in Chunk() }) { chunk, p, n, line in
            var start = 0
            if line == 1, n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { start = 3 }
            let bytes = UnsafeBufferPointer(start: UnsafePointer(p + start), count: n - start)
            switch ClassifiedLine.parse(bytes, detailed: keep) {
            case .failure(let f):
                chunk.problems.append(Reject(file: file, line: line, reason: f.reason, raw: String(decoding: bytes, as: UTF8.self)))
            case .success(let r):
                guard let id = r.orderID, let key = OrderKey.key(id) else {
                    chunk.problems.append(Reject(file: file, line: line, reason: "no order id", raw: String(decoding: bytes, as: UTF8.self)))
                    return
                }
                let found = index.find(key)
                if found == nil {
                    chunk.unmatched += 1
                    if !keep { return }
                }
                let o = found ?? -1
                var scores: [CategoryScore] = []
                for c in r.categories {
                    if let k = categories.index(c.id) { scores.append(CategoryScore(category: k, score: c.score)) } else { chunk.unknown[c.id, default: 0] += 1 }
                }
                let negative = DefectRules.isNegative(rating: r.rating)
                if r.rating == nil && o >= 0 { chunk.unrated += 1 }
                var detail: Int32 = -1
                if negative && o >= 0 {
                    detail = Int32(chunk.details.count)
                    chunk.details.append(FeedbackDetail(orderID: id, date: r.date ?? "", rating: r.rating ?? 0, text: r.text))
                }
                var text: Int32 = -1
                if keep {
                    text = Int32(chunk.texts.count)
                    var t = EventText(orderID: id)
                    t.day = r.date.flatMap { iso.day($0) }
                    t.rating = r.rating
                    (t.title, t.text, t.followup) = (r.fields[0], r.fields[1], r.fields[2])
                    t.language = r.language
                    t.sentiment = r.sentiment
                    t.file = file
                    t.line = line
                    for e in r.evidence where e.category < r.categories.count {
                        if let k = categories.index(r.categories[e.category].id) {
                            t.evidence.append(EvidenceSpan(field: e.field, start: e.start, end: e.end, category: k))
                        }
                    }
                    chunk.texts.append(t)
                }
                let event = OrderEvent(order: o, kind: .feedback, isDefect: negative, scores: scores, detail: detail, text: text)
                if o >= 0 { chunk.events.append(event) } else { chunk.orphans.append(event) }
            }
        }
        var summary = InputSummary(kind: "feedback", file: file)
        var offset = 0
        for box in boxes {
            let chunk = box.value!
            summary.rows += box.rows
            for var p in chunk.problems { p.line += offset; problems.append(p) }
            let lineBase = offset
            offset += box.lines
            summary.rejected += chunk.problems.count
            summary.unmatched += chunk.unmatched
            summary.used += chunk.events.count
            events.unratedFeedback += chunk.unrated
            for var e in chunk.orphans {
                e.text += Int32(events.texts.count)
                events.orphans.append(e)
            }
            for (k, v) in chunk.unknown { events.unknownCategories[k, default: 0] += v }
            let base = Int32(events.details.count), textBase = Int32(events.texts.count)
            events.details += chunk.details
            for var t in chunk.texts {
                t.line += lineBase
                events.texts.append(t)
            }
            for var e in chunk.events {
                if e.detail >= 0 { e.detail += base }
                if e.text >= 0 { e.text += textBase }
                events.events.append(e)
            }
        }
        events.inputs.append(summary)
    }

    static func readTable(path: String, file: String, orders: OrderTable, pool: TextClassifierPool, table: ReviewTableOptions,
                          encoding: TextEncoding?, into events: inout EventSet, problems: inout [Reject]) throws {
        var summary = InputSummary(kind: "feedback", file: file)
        let source: DecodedChunkSource
        var reader: ReviewTableReader
        do {
            source = try DecodedChunkSource(path: path, encoding: encoding)
            reader = try ReviewTableReader(source: source, file: file, fileExtension: path == "-" ? nil : path.split(separator: ".").last.map(String.init), options: table)
        } catch let e as RecordsError {
            throw RecordsError(file: file, line: e.line, message: e.message.replacingOccurrences(of: "--column ", with: "--feedback-column "))
        } catch {
            throw RecordsError(file: file, line: nil, message: "\(error)")
        }
        var rows: [(order: Int32, row: ReviewRow)] = []
        while let o = try reader.next() {
            summary.rows += 1
            switch o {
            case .problem(let p):
                problems.append(Reject(file: file, line: p.line, reason: p.reason, raw: p.raw))
                summary.rejected += 1
            case .record(let row):
                guard let id = row.orderID, let key = OrderKey.key(id) else {
                    problems.append(Reject(file: file, line: row.line, reason: "no order id", raw: row.raw))
                    summary.rejected += 1
                    continue
                }
                guard let o = orders.index.find(key) else {
                    summary.unmatched += 1
                    if events.keepTexts { rows.append((-1, row)) }
                    continue
                }
                rows.append((o, row))
            }
        }
        let inputs = rows.map { ReviewInput(title: $0.row.title, text: $0.row.text, followup: $0.row.followUp, rating: $0.row.rating) }
        let results = events.keepTexts ? try pool.results(of: inputs) : try pool.scores(of: inputs).map { ClassifiedText(scores: $0) }
        for (i, (o, row)) in rows.enumerated() {
            let negative = DefectRules.isNegative(rating: row.rating)
            if row.rating == nil && o >= 0 { events.unratedFeedback += 1 }
            var detail: Int32 = -1
            if negative && o >= 0 {
                detail = Int32(events.details.count)
                let text = [row.title, row.text, row.followUp].compactMap { $0 }.joined(separator: " ")
                events.details.append(FeedbackDetail(orderID: row.orderID ?? "", date: row.date?.iso ?? "", rating: row.rating ?? 0, text: text))
            }
            let r = results[i]
            events.append(OrderEvent(order: o, kind: .feedback, isDefect: negative, scores: r.scores, detail: detail), text: {
                var t = EventText(orderID: row.orderID ?? "")
                t.day = row.date?.dayNumber
                t.rating = row.rating
                (t.title, t.text, t.followup) = (row.title ?? "", row.text ?? "", row.followUp ?? "")
                t.productName = row.productName ?? ""
                t.language = r.language
                t.sentiment = r.sentiment
                t.evidence = r.evidence
                t.file = file
                t.line = row.line
                return t
            }())
        }
        summary.used = rows.count { $0.order >= 0 }
        events.inputs.append(summary)
    }
}

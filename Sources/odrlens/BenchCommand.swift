import ArgumentParser
import Foundation
import ReviewText
import Classifier
#if canImport(Glibc)
import Glibc
#endif

/// `odrlens bench`: throughput of the text layer on a real file.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the text layer (decode, normalize, segment, domain-word merge) in MB/s on a file of one text per line (JSON lines: the title and text fields)."
    )

    @Argument(help: "The input file.")
    var file: String

    @Option(help: "Threads to use.")
    var jobs: Int = 1

    @Option(help: "A phrase list for the domain-word merge (one per line); default: the lexicon's words.")
    var words: String?

    @Flag(help: "Also classify each text (defects and sentiment), to measure what classification adds.")
    var classify = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let list = try words.map(PhraseList.read) ?? []
        let lexicon = try lexiconOptions.load(quiet: true)
        let config = words == nil ? lexicon.analyzerConfiguration : try AnalyzerConfiguration.standard(words: list)
        let classify = self.classify
        let t0 = BenchCommand.now()
        let reader = try DecodingReader(path: file)
        var texts: [String] = []
        var bytes = 0
        try LineSplitter.forEachLine(of: reader) { _, line in
            for t in BenchCommand.fields(of: line) { texts.append(t); bytes += t.utf8.count }
        }
        let t1 = BenchCommand.now()
        let jobs = max(1, jobs)
        let chunk = (texts.count + jobs - 1) / jobs
        let tokenCounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: jobs)
        tokenCounts.initialize(repeating: 0)
        defer { tokenCounts.deallocate() }
        nonisolated(unsafe) let counts = tokenCounts
        let shared = texts
        DispatchApply.concurrentPerform(jobs) { j in
            guard let analyzer = try? TextAnalyzer(configuration: config), let classifier = try? Classifier(lexicon: lexicon) else { return }
            var n = 0
            for i in (j * chunk)..<min(shared.count, (j + 1) * chunk) {
                if classify { n += classifier.classify(text: shared[i]).categories.count } else { n += analyzer.analyze(shared[i]).tokens.count }
            }
            counts[j] = n
        }
        let t2 = BenchCommand.now()
        let mb = Double(bytes) / 1_000_000
        let secs = t2 - t1
        print("file: \(file) (\(reader.encoding), \(reason(reader)))")
        print("texts: \(texts.count), text bytes: \(String(format2: mb)) MB, \(classify ? "categories" : "tokens"): \(tokenCounts.reduce(0, +))")
        print("read+decode: \(String(format2: t1 - t0)) s")
        print("\(classify ? "classify" : "analyze") with \(jobs) thread(s): \(String(format2: secs)) s = \(String(format2: mb / secs)) MB/s, \(String(format2: mb / secs / Double(jobs))) MB/s per core")
    }

    func reason(_ r: DecodingReader) -> String { r.reason }

    /// The title and text of a JSON line, or the whole line.
    static func fields(of line: String) -> [String] {
        guard line.hasPrefix("{") else { return line.isEmpty ? [] : [line] }
        var out: [String] = []
        for key in ["\"title\"", "\"text\""] {
            if let v = JSONField.string(after: key, in: line), !v.isEmpty { out.append(v) }
        }
        return out
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

extension String {
    init(format2 v: Double) {
        let r = (v * 100).rounded() / 100
        self = String(r)
    }
}

/// Extracts one string field from a JSON line without a full parse (benchmark input only).
enum JSONField {
    static func string(after key: String, in line: String) -> String? {
        guard let k = line.range(of: key) else { return nil }
        var i = line[k.upperBound...].drop(while: { $0 == " " || $0 == ":" })
        guard i.first == "\"" else { return nil }
        i = i.dropFirst()
        var out = ""
        var it = i.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\"" { return out }
            if c == "\\" {
                guard let e = it.next() else { break }
                switch e {
                case "n": out += "\n"
                case "t": out += "\t"
                case "r": out += "\r"
                case "u":
                    var hex = ""
                    for _ in 0..<4 { if let h = it.next() { hex.unicodeScalars.append(h) } }
                    if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) { out.unicodeScalars.append(s) }
                default: out.unicodeScalars.append(e)
                }
            } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}

/// Runs a closure on several threads and waits for all.
enum DispatchApply {
    static func concurrentPerform(_ n: Int, _ body: @escaping @Sendable (Int) -> Void) {
        var threads: [pthread_t] = []
        final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }
        for j in 0..<n {
            let box = Unmanaged.passRetained(Box { body(j) })
            var t = pthread_t()
            pthread_create(&t, nil, { arg in
                let b = Unmanaged<Box>.fromOpaque(arg!).takeRetainedValue()
                b.body()
                return nil
            }, box.toOpaque())
            threads.append(t)
        }
        for t in threads { pthread_join(t, nil) }
    }
}

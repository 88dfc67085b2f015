import ArgumentParser
import Classifier
import Dispatch
import Foundation
import Lexicon
import Pipeline
import Records
import ReviewText

/// `odrlens bench`: throughput of the text layer (and of classification) on a real file.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the text layer (decode, normalize, segment, domain-word merge) in MB/s on a review file (any layout classify reads; JSON lines: title and text).",
        discussion: """
            Figures are given per review-text byte and per file byte; the texts are read into memory first, so that reading the table is not timed. With --classify, each round times the text layer alone and then classification (which includes it), and the report ends with what classification adds to the text layer's time: best against best, and the median of the rounds' own ratios. Several rounds (--rounds) even out a busy machine.
            """
    )

    @Argument(help: "The input file.")
    var file: String

    @Option(help: "Threads to use.")
    var jobs: Int = 1

    @Option(help: "A phrase list for the domain-word merge (one per line); default: the lexicon's words.")
    var words: String?

    @Flag(help: "Also classify each text (defects and sentiment), to measure what classification adds.")
    var classify = false

    @Option(help: "Timed rounds (best and median reported).")
    var rounds: Int = 1

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if rounds < 1 { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load(quiet: true)
        let config = try words.map { try AnalyzerConfiguration.standard(words: PhraseList.read($0)) } ?? lexicon.analyzerConfiguration
        let fileBytes = CLI.totalSize([file])

        // Decoding alone: every byte of the file through the text layer's decoder.
        let d0 = Date()
        let decoder = try DecodingReader(path: file)
        while try decoder.nextChunk() != nil {}
        let decodeSeconds = Date().timeIntervalSince(d0)

        var texts: [String] = []
        var textBytes = 0
        var reader = try ReviewTableReader(source: try DecodedChunkSource(path: file), file: file,
                                           fileExtension: file.split(separator: ".").last.map(String.init))
        while let o = try reader.next() {
            guard case .record(let row) = o else { continue }
            for t in [row.title, row.text, row.followUp] { if let t { texts.append(t); textBytes += t.utf8.count } }
        }

        let shared = texts
        let jobs = self.jobs
        // One timed pass over every text, on `jobs` threads.
        func pass(classify: Bool) -> Double {
            let t0 = Date()
            DispatchQueue.concurrentPerform(iterations: jobs) { j in
                guard let analyzer = try? TextAnalyzer(configuration: config), let classifier = try? Classifier(lexicon: lexicon) else { return }
                var i = j
                while i < shared.count {
                    if classify { _ = classifier.classify(text: shared[i]) } else { _ = analyzer.analyze(shared[i]) }
                    i += jobs
                }
            }
            return Date().timeIntervalSince(t0)
        }
        var analyzeTimes: [Double] = [], classifyTimes: [Double] = []
        for _ in 0..<rounds {
            analyzeTimes.append(pass(classify: false))
            if classify { classifyTimes.append(pass(classify: true)) }
        }
        let text = Double(textBytes) / 1e6, whole = Double(fileBytes) / 1e6
        print("file: \(file) (\(decoder.encoding), \(decoder.reason)), \(String(format: "%.1f", whole)) MB, \(texts.count) texts, \(String(format: "%.1f", text)) MB of text")
        print(String(format: "decode: %.3f s = %.0f MB/s", decodeSeconds, whole / max(decodeSeconds, 1e-9)))
        func report(_ what: String, _ times: [Double]) {
            let seconds = times.min()!
            var line = String(format: "%@ with %d thread(s): %.3f s = %.2f MB/s of text (%.2f per core), %.2f MB/s of file (%.2f per core)",
                              what, jobs, seconds, text / seconds, text / seconds / Double(jobs), whole / seconds, whole / seconds / Double(jobs))
            if times.count > 1 { line += String(format: "; best of %d rounds, median %.3f s", times.count, BenchCommand.median(times)) }
            print(line)
        }
        report("analyze", analyzeTimes)
        if classify {
            report("classify", classifyTimes)
            let best = classifyTimes.min()! / analyzeTimes.min()! - 1
            let perRound = zip(classifyTimes, analyzeTimes).map { $0 / $1 - 1 }
            print(String(format: "classification adds %.0f %% to the text layer's time (best against best", 100 * best)
                  + (rounds > 1 ? String(format: "; median of the rounds %.0f %%, range %.0f–%.0f %%)", 100 * BenchCommand.median(perRound),
                                         100 * perRound.min()!, 100 * perRound.max()!) : ")"))
        }
    }

    /// The middle value (the mean of the two middle ones for an even count).
    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

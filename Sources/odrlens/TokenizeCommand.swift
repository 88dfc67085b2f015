import ArgumentParser
import ReviewText

/// `odrlens tokenize`: the text layer's view of each input line, for debugging lexicons.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print the tokens and clauses of each line of a file, as the classifier sees them."
    )

    @Argument(help: "The input file; '-' or nothing reads standard input.")
    var file: String = "-"

    @Option(help: "The input's encoding (utf-8, gbk, big5, shift_jis, latin1, utf-16le, …); detected when omitted.")
    var encoding: String?

    @Option(help: "Output: 'text' (tokens separated by spaces) or 'jsonl' (tokens with offsets, kinds, scripts and clauses).")
    var format: OutputFormat = .text

    @Option(help: "A phrase list, one per line, whose words Chinese segmentation keeps whole (a lexicon file works: its first column is read).")
    var words: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    func run() throws {
        let enc = try encoding.map { try TextEncoding(userName: $0) }
        let list = try words.map(PhraseList.read) ?? []
        let analyzer = try TextAnalyzer(configuration: .standard(words: list))
        let reader = try DecodingReader(path: file, encoding: enc)
        let out = StandardOutput()
        try LineSplitter.forEachLine(of: reader) { number, line in
            let t = analyzer.analyze(line)
            switch format {
            case .text:
                out.write(t.tokens.map { t.text(of: $0) }.joined(separator: " "))
                out.write("\n")
            case .jsonl:
                out.write(TokenizeCommand.json(line: number, t))
                out.write("\n")
            }
        }
        out.flush()
        if reader.invalidCount > 0 {
            let lines = reader.invalidLines.prefix(10).map(String.init).joined(separator: ", ")
            StandardError.print("\(file): warning: \(reader.invalidCount) invalid byte sequence(s) in \(reader.encoding) replaced with U+FFFD (lines \(lines)\(reader.invalidLines.count > 10 ? ", …" : ""))")
        }
    }

    static func json(line: Int, _ t: AnalyzedText) -> String {
        var s = "{\"line\":\(line),\"tokens\":["
        for (i, tok) in t.tokens.enumerated() {
            if i > 0 { s += "," }
            let r = t.originalRange(of: tok)
            s += "{\"text\":\(JSONString.quote(t.text(of: tok))),\"start\":\(r.lowerBound),\"end\":\(r.upperBound),\"kind\":\"\(tok.kind.rawValue)\",\"script\":\"\(tok.scriptName)\"}"
        }
        s += "],\"clauses\":["
        s += t.clauseRanges.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",")
        s += "]}"
        return s
    }
}

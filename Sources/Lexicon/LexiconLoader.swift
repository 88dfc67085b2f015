import Foundation
import ReviewText

/// Reads a lexicon directory, reports every problem as a ``Diagnostic`` with file and line, and
/// compiles what it read into a ``Lexicon``.
///
/// The directory holds `taxonomy.tsv`, `rules.txt` and one folder per language (`zh/`, `en/`)
/// with `defects.txt`, `sentiment.txt`, `modifiers.txt`, `stop.txt` and `classes.txt` (all
/// optional but the taxonomy). A class (`@sent  发来个 | 寄来个`) stands for any of its words in
/// the phrases of its language; each line that uses one becomes one entry per combination. The
/// format is documented in `docs/lexicon-format.md`.
public enum LexiconLoader {
    /// Loads and compiles a lexicon. Throws ``LexiconError`` when any diagnostic is an error;
    /// otherwise returns the lexicon and the warnings.
    public static func load(directory: String) throws -> (Lexicon, [Diagnostic]) {
        TextAnalyzer.prepare()  // the T→S table builds while the files are read
        var state = LoadState(directory: directory)
        try state.run()
        if state.diagnostics.contains(where: { $0.severity == .error }) {
            throw LexiconError(diagnostics: state.diagnostics)
        }
        return (try state.compile(), state.diagnostics)
    }

    /// Where the shipped lexicons are: `$ODRLENS_LEXICONS`, then `lexicons/` beside the
    /// executable or above it (a build folder inside the repository), then `share/odrlens/lexicons`
    /// of an installation.
    public static func defaultDirectory(executablePath: String = CommandLine.arguments[0]) -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["ODRLENS_LEXICONS"], !env.isEmpty { return env }
        var exe = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        if !executablePath.contains("/"), let path = ProcessInfo.processInfo.environment["PATH"] {
            for dir in path.split(separator: ":") where fm.isExecutableFile(atPath: "\(dir)/\(executablePath)") {
                exe = URL(fileURLWithPath: "\(dir)/\(executablePath)").resolvingSymlinksInPath()
                break
            }
        }
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [dir.appendingPathComponent("lexicons"), dir.appendingPathComponent("share/odrlens/lexicons")] {
                if fm.fileExists(atPath: candidate.appendingPathComponent("taxonomy.tsv").path) { return candidate.path }
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}

/// A raw entry before compilation.
private struct RawEntry {
    var phrase: String
    var pieces: [String]  // words of the phrase, "*" and "**" for gaps
    var payload: EntryPayload
    var source: SourceLocation
    var kind: LexiconFileKind
    /// The line's phrase as written, for a phrase a class expanded (nil when written out).
    var template: String? = nil
}

/// A language's word classes (`classes.txt`): name (with its `@`) → alternatives, each as the
/// pieces of its phrase, with the line that gave it.
private typealias WordClasses = [String: [(pieces: [String], line: Int)]]

private struct LoadState {
    let directory: String
    var diagnostics: [Diagnostic] = []
    var categories: [DefectCategory] = []
    var rules = Rules()
    var raw: [RawEntry] = []

    init(directory: String) { self.directory = directory }

    mutating func error(_ path: String, _ line: Int, _ message: String) { diagnostics.append(Diagnostic(.error, path, line, message)) }
    mutating func warning(_ path: String, _ line: Int, _ message: String) { diagnostics.append(Diagnostic(.warning, path, line, message)) }

    func join(_ parts: String...) -> String {
        ([directory.hasSuffix("/") ? String(directory.dropLast()) : directory] + parts).joined(separator: "/")
    }

    func lines(_ path: String) throws -> [(number: Int, text: String)] {
        try LineSplitter.lines(of: DecodingReader(path: path))
    }

    mutating func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw LexiconError(diagnostics: [Diagnostic(.error, directory, 0, "not a lexicon directory (no such folder)")])
        }
        let taxonomy = join("taxonomy.tsv")
        guard fm.fileExists(atPath: taxonomy) else {
            throw LexiconError(diagnostics: [Diagnostic(.error, taxonomy, 0, "missing: a lexicon directory needs taxonomy.tsv")])
        }
        try readTaxonomy(taxonomy)
        let rulesPath = join("rules.txt")
        if fm.fileExists(atPath: rulesPath) { try readRules(rulesPath) }
        let languages = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted().filter { name in
            var d: ObjCBool = false
            return fm.fileExists(atPath: join(name), isDirectory: &d) && d.boolValue && !name.hasPrefix(".")
        }
        for lang in languages {
            let classesPath = join(lang, "classes.txt")
            var classes: WordClasses = [:]
            if fm.fileExists(atPath: classesPath) { classes = try readClasses(classesPath) }
            var used = Set<String>()
            for kind in LexiconFileKind.allCases {
                let path = join(lang, kind.fileName)
                if fm.fileExists(atPath: path) { try readEntries(path, kind, classes: classes, used: &used) }
            }
            for name in classes.keys.sorted() where !used.contains(name) {
                warning(classesPath, classes[name]![0].line, "class '\(name)' is never used")
            }
        }
        checkDuplicates()
    }

    mutating func readTaxonomy(_ path: String) throws {
        for (n, text) in try lines(path) {
            let cols = text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            if cols.allSatisfy(\.isEmpty) || cols[0].hasPrefix("#") { continue }
            guard cols.count >= 2 else { error(path, n, "expected 'id<TAB>area<TAB>中文名<TAB>English name<TAB>description'"); continue }
            guard let area = RootCauseArea(rawValue: cols[1]) else {
                error(path, n, "unknown area '\(cols[1])' (expected \(RootCauseArea.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            let id = cols[0]
            guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                error(path, n, "bad category id '\(id)' (letters, digits, _ and - only)"); continue
            }
            if categories.contains(where: { $0.id == id }) { error(path, n, "duplicate category '\(id)'"); continue }
            categories.append(DefectCategory(id: id, area: area, nameZH: cols.count > 2 ? cols[2] : id,
                                             nameEN: cols.count > 3 ? cols[3] : id, description: cols.count > 4 ? cols[4] : ""))
        }
        if categories.isEmpty { error(path, 0, "no categories") }
    }

    mutating func readRules(_ path: String) throws {
        var seen: [String: Int] = [:]
        for (n, text) in try lines(path) {
            let body = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingWhitespace() ?? ""
            if body.isEmpty { continue }
            let parts = body.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2 else { error(path, n, "expected 'name = value'"); continue }
            guard let rule = Rules.catalog.first(where: { $0.name == parts[0] }) else {
                error(path, n, "unknown rule '\(parts[0])'"); continue
            }
            guard let v = Double(parts[1]), v.isFinite else { error(path, n, "bad number '\(parts[1])' for \(parts[0])"); continue }
            if let first = seen[parts[0]] { warning(path, n, "rule '\(parts[0])' set again (first at line \(first)); the last value wins") }
            seen[parts[0]] = n
            if !rule.set(&rules, v) { error(path, n, "value \(parts[1]) out of range for \(parts[0])") }
        }
    }

    /// Most phrases one line may expand to through its classes.
    static let maxExpansion = 2000

    /// `@` and then letters, digits, `_` or `-`.
    static func isClassName(_ s: String) -> Bool {
        s.hasPrefix("@") && s.count > 1 && s.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// Reads `classes.txt`: `@name<TAB>alternative | alternative …`; lines with the same name add
    /// to it. An alternative is a plain phrase (words; no gap, slot or class).
    mutating func readClasses(_ path: String) throws -> WordClasses {
        var classes: WordClasses = [:]
        for (n, text) in try lines(path) {
            let cols = ColumnLine(Substring(text)).columns
            if cols.isEmpty { continue }
            guard cols.count == 2 else { error(path, n, "expected '@name<TAB>phrase | phrase …'"); continue }
            let name = cols[0]
            guard LoadState.isClassName(name) else {
                error(path, n, "bad class name '\(name)' (write '@' then letters, digits, _ or -)"); continue
            }
            for alternative in cols[1].split(separator: "|").map({ String($0).trimmingWhitespace() }) {
                guard !alternative.isEmpty else { error(path, n, "empty alternative in class '\(name)'"); continue }
                let pieces = alternative.split(separator: " ").map(String.init)
                if let bad = pieces.first(where: { $0 == "*" || $0 == "**" || $0.hasPrefix("@") || NumberSlot(piece: $0) != nil }) {
                    error(path, n, "a class alternative is plain words: '\(bad)' in '\(alternative)' (gaps, slots and classes go in the phrases)")
                    continue
                }
                if let first = classes[name]?.first(where: { $0.pieces == pieces }) {
                    warning(path, n, "'\(alternative)' is already in \(name) (line \(first.line))")
                    continue
                }
                classes[name, default: []].append((pieces, n))
            }
        }
        return classes
    }

    /// The phrases a line's pieces stand for: one per combination of its classes' alternatives
    /// (the pieces themselves when it uses none), or nil after reporting an error.
    mutating func expand(_ pieces: [String], _ phrase: String, _ classes: WordClasses, used: inout Set<String>,
                         _ path: String, _ n: Int) -> [[String]]? {
        guard pieces.contains(where: { $0.utf8.contains(UInt8(ascii: "@")) }) else { return [pieces] }
        var out: [[String]] = [[]]
        for piece in pieces {
            guard piece.utf8.contains(UInt8(ascii: "@")) else {
                for i in out.indices { out[i].append(piece) }
                continue
            }
            guard LoadState.isClassName(piece) else {
                error(path, n, "a class must stand alone, with spaces around it: '\(piece)' in '\(phrase)'")
                return nil
            }
            guard let alternatives = classes[piece] else {
                let file = (path as NSString).deletingLastPathComponent + "/classes.txt"
                error(path, n, "unknown class '\(piece)' (not defined in \(file))")
                return nil
            }
            used.insert(piece)
            guard out.count * alternatives.count <= LoadState.maxExpansion else {
                error(path, n, "'\(phrase)' stands for more than \(LoadState.maxExpansion) phrases; split it or use smaller classes")
                return nil
            }
            out = out.flatMap { head in alternatives.map { head + $0.pieces } }
        }
        return out
    }

    mutating func readEntries(_ path: String, _ kind: LexiconFileKind, classes: WordClasses, used: inout Set<String>) throws {
        for (n, text) in try lines(path) {
            let cols = ColumnLine(Substring(text)).columns
            if cols.isEmpty { continue }
            let loc = SourceLocation(path: path, line: n)
            let phrase = cols[0]
            let pieces = phrase.split(separator: " ").map(String.init)
            func isGap(_ p: String) -> Bool { p == "*" || p == "**" }
            if pieces.first.map(isGap) == true || pieces.last.map(isGap) == true { error(path, n, "a phrase cannot start or end with a gap '*': '\(phrase)'"); continue }
            if zip(pieces, pieces.dropFirst()).contains(where: { isGap($0) && isGap($1) }) { error(path, n, "two gaps in a row in '\(phrase)'"); continue }
            // (Only pieces with a '<' can hold a slot: String.contains(String) goes through Foundation,
            // slow enough to be half of a start-up if asked of every piece.)
            if let glued = pieces.first(where: { p in p.utf8.contains(UInt8(ascii: "<")) && NumberSlot(piece: p) == nil
                                                  && NumberSlot.allCases.contains { p.contains($0.piece) } }) {
                let slot = NumberSlot.allCases.first { glued.contains($0.piece) }!.piece
                error(path, n, "slot '\(slot)' must stand alone, with spaces around it: '\(glued)' in '\(phrase)'")
                continue
            }
            if let k = pieces.firstIndex(where: { NumberSlot(piece: $0)?.compares ?? false }),
               let slot = NumberSlot(piece: pieces[k]),
               !pieces[..<k].contains(where: { NumberSlot(piece: $0).map { $0.isColor == slot.isColor } ?? false }) {
                let (what, first) = slot.isColor ? ("colour", "<color>") : ("number", "<n>")
                error(path, n, "'\(pieces[k])' compares with the \(what) before it, but '\(phrase)' has none (write '\(first)' first)")
                continue
            }
            if let first = pieces.first.flatMap({ NumberSlot(piece: $0) }), first.isColor {
                error(path, n, "a phrase cannot start with '\(first.piece)' (only '<n>' may start one): '\(phrase)'")
                continue
            }
            func number(_ s: String, _ what: String, _ valid: (Double) -> Bool) -> Double? {
                guard let v = Double(s), v.isFinite, valid(v) else { error(path, n, "bad number '\(s)' (\(what))"); return nil }
                return v
            }
            func category(_ s: String) -> Int? {
                guard let i = categories.firstIndex(where: { $0.id == s }) else {
                    let near = categories.map(\.id).filter { $0.hasPrefix(String(s.prefix(3))) }
                    error(path, n, "unknown category '\(s)'" + (near.isEmpty ? "" : " (did you mean '\(near[0])'?)"))
                    return nil
                }
                return i
            }
            var payload: EntryPayload?
            switch kind {
            case .defects:
                guard cols.count == 2 || cols.count == 3 else { error(path, n, kind.usage); continue }
                guard let c = category(cols[1]) else { continue }
                let w = cols.count == 3 ? number(cols[2], "weight must be a positive number", { $0 > 0 }) : 1.0
                if let w { payload = .defect(category: c, weight: w) }
            case .sentiment:
                guard cols.count == 2 else { error(path, n, kind.usage); continue }
                if let v = number(cols[1], "valence must be between -4 and 4", { (-4...4).contains($0) }) { payload = .sentiment(valence: v) }
            case .modifiers:
                guard cols.count == 2 || cols.count == 3 else { error(path, n, kind.usage); continue }
                guard let k = ModifierKind(rawValue: cols[1]) else {
                    error(path, n, "unknown modifier kind '\(cols[1])' (expected \(ModifierKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                var factor = k == .intensifier ? 1.3 : k == .diminisher ? 0.7 : 1.0
                if cols.count == 3 {
                    switch k {
                    case .intensifier: guard let f = number(cols[2], "an intensifier's factor must be above 1", { $0 > 1 && $0 <= 5 }) else { continue }; factor = f
                    case .diminisher: guard let f = number(cols[2], "a diminisher's factor must be between 0 and 1", { $0 >= 0 && $0 < 1 }) else { continue }; factor = f
                    default: warning(path, n, "a \(k.rawValue) takes no factor; '\(cols[2])' ignored")
                    }
                }
                payload = .modifier(k, factor: factor)
            case .stop:
                guard cols.count == 1 || cols.count == 2 else { error(path, n, kind.usage); continue }
                if cols.count == 2 {
                    guard let c = category(cols[1]) else { continue }
                    payload = .stop(category: c)
                } else {
                    payload = .stop(category: nil)
                }
            }
            guard let payload, let variants = expand(pieces, phrase, classes, used: &used, path, n) else { continue }
            if variants.count == 1 && variants[0] == pieces {
                raw.append(RawEntry(phrase: phrase, pieces: pieces, payload: payload, source: loc, kind: kind))
            } else {
                for v in variants {
                    raw.append(RawEntry(phrase: v.joined(separator: " "), pieces: v, payload: payload, source: loc, kind: kind, template: phrase))
                }
            }
        }
    }

    /// Duplicates (warning) and conflicts (error), on the phrase as written, case-folded. A
    /// phrase a class expanded gives way, silently, to one written out or expanded before it:
    /// the line written out wins (`点的是 ** 发来个  wrong_item  2` over `点的是 ** @sent`).
    mutating func checkDuplicates() {
        struct Key: Hashable {
            var kind: UInt8
            var detail: Int
            var phrase: Utf8Key
        }
        var firstSeen: [Key: Int] = [:]
        func key(_ e: RawEntry) -> Key {
            let joined = e.phrase  // (= its pieces joined by spaces: a column keeps single spaces only)
            // (Case-fold only what has case: most pieces are Chinese or lower-case ASCII, and
            // lowercased() is slow on non-ASCII text.)
            // (By lead bytes: ASCII capitals; two-byte sequences (Latin, Greek, Cyrillic) and EF
            // (full-width forms) may have case; other three- and four-byte ones (CJK, emoji) do not.)
            var cased = false, maybe = false
            for b in joined.utf8 {
                if b >= 0x41 && b <= 0x5A { cased = true; break }
                if (b >= 0xC0 && b <= 0xDF) || b == 0xEF { maybe = true }
            }
            if !cased && maybe { cased = joined.unicodeScalars.contains { $0.properties.changesWhenLowercased } }
            let phrase = Utf8Key(cased ? joined.lowercased() : joined)
            switch e.payload {
            case .defect(let c, _): return Key(kind: 0, detail: c, phrase: phrase)
            case .sentiment: return Key(kind: 1, detail: 0, phrase: phrase)
            case .modifier(let k, _): return Key(kind: 2, detail: ModifierKind.allCases.firstIndex(of: k)!, phrase: phrase)
            case .stop(let c): return Key(kind: 3, detail: c ?? -1, phrase: phrase)
            }
        }
        var givesWay = Set<Int>()
        for (i, e) in raw.enumerated() where e.template == nil {
            let key = key(e)
            if let j = firstSeen[key] {
                let first = raw[j]
                if first.payload == e.payload {
                    warning(e.source.path, e.source.line, "duplicate entry '\(e.phrase)' (first at \(first.source))")
                } else {
                    error(e.source.path, e.source.line, "conflicting entry '\(e.phrase)': \(describe(e.payload)) here, \(describe(first.payload)) at \(first.source)")
                }
            } else {
                firstSeen[key] = i
            }
        }
        for (i, e) in raw.enumerated() where e.template != nil {
            let key = key(e)
            if firstSeen[key] != nil { givesWay.insert(i) } else { firstSeen[key] = i }
        }
        if !givesWay.isEmpty { raw = raw.enumerated().filter { !givesWay.contains($0.offset) }.map(\.element) }
    }

    func describe(_ p: EntryPayload) -> String {
        switch p {
        case .defect(let c, let w): return "\(categories[c].id) weight \(w.formatted)"
        case .sentiment(let v): return "valence \(v.formatted)"
        case .modifier(let k, let f): return "\(k.rawValue) factor \(f.formatted)"
        case .stop(let c): return "stop for \(c.map { categories[$0].id } ?? "all")"
        }
    }

    /// Builds the domain words and vocabulary from the phrases, tokenizes each phrase with them,
    /// and fills the trie. Drops (with an error) phrases that normalize to nothing.
    mutating func compile() throws -> Lexicon {
        let plain = try TextAnalyzer()
        var domain = DomainWords()
        // Every Chinese run of every phrase piece becomes a domain word (each piece once: classes
        // repeat theirs in every phrase they expand to).
        var seenPieces = Set<Utf8Key>()
        for e in raw {
            // (Han characters are all at U+2E80 or above: a piece without one has no run.)
            for piece in e.pieces where piece.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) && NumberSlot(piece: piece) == nil
                                        && seenPieces.insert(Utf8Key(piece)).inserted {
                let t = plain.analyze(piece)
                var runStart = -1, runEnd = -1
                func flush() {
                    if runStart >= 0 { domain.insert(normalized: t.normalized[runStart..<runEnd]) }
                    runStart = -1
                }
                for tok in t.tokens {
                    if tok.kind == .ideographic {
                        if runStart >= 0 && Int(tok.start) == runEnd { runEnd = Int(tok.end) } else { flush(); runStart = Int(tok.start); runEnd = Int(tok.end) }
                    } else { flush() }
                }
                flush()
            }
        }
        let segmenter = try TextAnalyzer(configuration: AnalyzerConfiguration(domainWords: domain))
        var config = AnalyzerConfiguration(domainWords: domain)
        var trie = PhraseTrie()
        var entries: [LexiconEntry] = []
        var entryTokens: [[String]] = []
        var hasContrast = false
        // A piece's ids and words, segmented once (a class's words recur in every phrase it expands to).
        var segmented: [Utf8Key: (ids: [Int32], words: [String])] = [:]
        for e in raw {
            var ids: [Int32] = []
            var words: [String] = []
            for piece in e.pieces {
                if piece == "*" { ids.append(PhraseTrie.gap); words.append("*"); continue }
                if piece == "**" { ids.append(PhraseTrie.wideGap); words.append("**"); continue }
                if let slot = NumberSlot(piece: piece) { ids.append(slot.rawValue); words.append(piece); continue }
                let pieceKey = Utf8Key(piece)
                if let known = segmented[pieceKey] {
                    ids += known.ids
                    words += known.words
                    continue
                }
                let t = segmenter.analyze(piece)
                var pieceIDs: [Int32] = [], pieceWords: [String] = []
                for tok in t.tokens {
                    pieceIDs.append(t.normalized[Int(tok.start)..<Int(tok.end)].withUnsafeBufferPointer { config.vocabulary.insert($0) })
                    pieceWords.append(t.text(of: tok))
                }
                segmented[pieceKey] = (pieceIDs, pieceWords)
                ids += pieceIDs
                words += pieceWords
            }
            if !ids.contains(where: { $0 >= 0 }) {
                error(e.source.path, e.source.line, "phrase '\(e.phrase)' normalizes to nothing (no letters, digits, characters or emoji)")
                continue
            }
            if case .modifier(let k, _) = e.payload, k == .contrast || k == .concession {
                // A one-token contrast or concession word opens a clause in the text layer (the
                // classifier opens one at a phrase of several words).
                if ids.count == 1 { config.markContrast(ids[0]); hasContrast = true }
            }
            trie.insert(ids, entry: Int32(entries.count))
            entries.append(LexiconEntry(phrase: e.phrase, payload: e.payload, source: e.source, template: e.template))
            entryTokens.append(words)
        }
        if !hasContrast {
            for w in AnalyzerConfiguration.defaultContrastWords {
                let n = plain.normalize(w)
                domain.insert(normalized: n)
                config.markContrast(n.withUnsafeBufferPointer { config.vocabulary.insert($0) })
            }
            config.domainWords = domain
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw LexiconError(diagnostics: diagnostics) }
        let vocabulary = config.vocabulary
        trie.finalize(vocabularySize: vocabulary.count, kinds: { PhraseMatch.Kinds.of(entries[Int($0)].payload) },
                      fillsSlot: { id in vocabulary.withUnits(of: id) { NumberSlot.value($0) != nil || ColorWord.id($0) != nil } })
        return Lexicon(directory: directory, categories: categories, rules: rules, entries: entries,
                       entryTokens: entryTokens, analyzerConfiguration: config, trie: trie)
    }
}

extension Double {
    /// Shortest decimal form: 1 → "1", 1.5 → "1.5".
    var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}

/// Splits one or more physical lines into fields: the quoting state machine of ``DelimitedRecordReader``.
///
/// Rules: a `"` opens a quoted field only at the start of a field; inside, `""` is a quote and a
/// lone `"` closes the field. A closing quote should be followed by the delimiter or the line end;
/// when it is followed by other text the close is *improper*: in lenient mode (CSV) the rest is
/// appended to the field (`"ab"c` → `abc`, like Python's csv), in strict mode (TSV) parsing stops
/// so the caller can fall back to literal quotes. Quotes inside an unquoted field are literal.
/// A line end inside a quoted field is kept in the field with its original bytes.
struct FieldSplitter {
    /// How parsing the given lines ended.
    enum Status: Equatable {
        /// All fields read. `improperCloseAfterFirstLine` tells whether a quoted field closed
        /// improperly on a continuation line; `literalQuote` whether an unquoted field had a quote.
        case complete(improperCloseAfterFirstLine: Bool, literalQuote: Bool)
        /// A quoted field is still open after the last line.
        case open
        /// A quoted field closed improperly and `strict` was set.
        case improperClose
    }

    let delimiter: UInt8
    var fields: [String] = []
    private var scratch: [UInt8] = []

    init(delimiter: UInt8) {
        self.delimiter = delimiter
        scratch.reserveCapacity(256)
    }

    private enum State { case fieldStart, quoted, unquotedTail, done }

    /// Splits `lines` (consecutive physical lines of one row) into ``fields``.
    /// - Parameters:
    ///   - quoting: whether `"` at a field start opens a quoted field (false: all quotes literal).
    ///   - strict: whether an improper close stops parsing (``Status/improperClose``).
    mutating func split(_ lines: ArraySlice<PhysicalLine>, quoting: Bool, strict: Bool) -> Status {
        fields.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        var state = State.fieldStart
        var improperLater = false
        var literalQuote = false
        let quote = UInt8(ascii: "\"")
        let delim = delimiter
        var lineIndex = 0
        for line in lines {
            if lineIndex > 0 {
                // Only reached while a quoted field is open: keep the line end in the field.
                scratch.append(contentsOf: lines[lines.index(lines.startIndex, offsetBy: lineIndex - 1)].terminator.bytes)
            }
            var stop = false
            line.bytes.withUnsafeBufferPointer { p in
                let n = p.count
                var i = 0
                while i < n {
                    switch state {
                    case .fieldStart:
                        if quoting && p[i] == quote {
                            state = .quoted
                            scratch.removeAll(keepingCapacity: true)
                            i += 1
                        } else {
                            let s = i
                            while i < n && p[i] != delim {
                                if p[i] == quote { literalQuote = true }
                                i += 1
                            }
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self))
                            if i < n {
                                i += 1
                                state = .fieldStart
                            } else {
                                state = .done
                            }
                        }
                    case .quoted:
                        let s = i
                        while i < n && p[i] != quote { i += 1 }
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[s..<i]))
                        if i == n { break }
                        if i + 1 < n && p[i + 1] == quote {
                            scratch.append(quote)
                            i += 2
                        } else if i + 1 == n {
                            fields.append(String(decoding: scratch, as: UTF8.self))
                            i += 1
                            state = .done
                        } else if p[i + 1] == delim {
                            fields.append(String(decoding: scratch, as: UTF8.self))
                            i += 2
                            state = .fieldStart
                        } else {
                            if strict {
                                stop = true
                                return
                            }
                            if lineIndex > 0 { improperLater = true }
                            i += 1
                            state = .unquotedTail
                        }
                    case .unquotedTail:
                        let s = i
                        while i < n && p[i] != delim { i += 1 }
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[s..<i]))
                        fields.append(String(decoding: scratch, as: UTF8.self))
                        if i < n {
                            i += 1
                            state = .fieldStart
                        } else {
                            state = .done
                        }
                    case .done:
                        i = n
                    }
                }
            }
            if stop { return .improperClose }
            lineIndex += 1
            switch state {
            case .fieldStart:
                fields.append("")
                return .complete(improperCloseAfterFirstLine: improperLater, literalQuote: literalQuote)
            case .unquotedTail:
                fields.append(String(decoding: scratch, as: UTF8.self))
                return .complete(improperCloseAfterFirstLine: improperLater, literalQuote: literalQuote)
            case .done:
                return .complete(improperCloseAfterFirstLine: improperLater, literalQuote: literalQuote)
            case .quoted:
                continue
            }
        }
        return .open
    }
}

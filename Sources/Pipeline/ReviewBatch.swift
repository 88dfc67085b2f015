import Records

/// Rows handed from the reading thread to a classifying one: rows and problems the reader
/// interpreted, and JSON lines it left unparsed for the worker (parsing is most of reading a JSON
/// lines dump, and a worker that parses its own lines keeps the reader from limiting two cores).
/// Together in file order, by line number (an outcome and a line never share one).
struct ReviewBatch: Sendable {
    /// The file, as the user named it.
    var file: String
    /// Rows and problems, interpreted by the reader.
    var outcomes: [RecordOutcome<ReviewRow>] = []
    /// JSON lines to parse.
    var lines = RawLines()
    /// How the file's rows are interpreted (for `lines`).
    var interpreter: ReviewRowInterpreter

    init(file: String, interpreter: ReviewRowInterpreter) {
        self.file = file
        self.interpreter = interpreter
    }

    /// How many rows it holds.
    var count: Int { outcomes.count + lines.count }

    /// Every row in file order, JSON lines interpreted on the calling thread.
    func forEach(_ body: (RecordOutcome<ReviewRow>) -> Void) {
        var interpreter = self.interpreter
        var o = 0, l = 0
        while o < outcomes.count || l < lines.count {
            if l < lines.count, o == outcomes.count || lines.number(l) < ReviewBatch.line(of: outcomes[o]) {
                body(interpreter.interpret(lines, at: l))
                l += 1
            } else {
                body(outcomes[o])
                o += 1
            }
        }
    }

    private static func line(of o: RecordOutcome<ReviewRow>) -> Int {
        switch o {
        case .record(let r): return r.line
        case .problem(let p): return p.line
        }
    }
}

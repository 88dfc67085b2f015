import ArgumentParser
import Pipeline

/// `--rejects FILE` and `--allow-rejects`, shared by the commands that read order files.
struct RejectOptions: ParsableArguments {
    @Option(help: "Where rejected rows go (default: beside --out as NAME.rejects.tsv, or standard error).")
    var rejects: String?

    @Flag(name: .customLong("allow-rejects"), help: "Exit 0 even when rows were rejected.")
    var allowRejects = false

    /// The rejects file: `--rejects`, else beside `out` (standard error when `out` is standard output).
    func path(beside out: String) -> String? { rejects ?? (out == "-" ? nil : CLI.rejectsPath(for: out)) }

    /// A sink holding `problems`, to commit with the output.
    func sink(_ problems: [Reject], beside out: String) -> RejectSink {
        let sink = RejectSink(path: path(beside: out))
        for p in problems { sink.add(p) }
        return sink
    }

    /// Exit code 1 when rows were rejected, unless `--allow-rejects`.
    func finish(_ problems: [Reject]) throws {
        if !problems.isEmpty && !allowRejects { throw ExitCode(1) }
    }
}

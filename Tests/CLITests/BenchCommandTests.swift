import CLITestSupport
import Foundation
import Testing

@Suite struct BenchCommandTests {
    /// Timings vary; the shape of the report does not.
    @Test func classifyReportsWhatClassificationAdds() throws {
        let r = try CLIRunner.run(["bench", "fixtures/samples/reviews.txt", "--classify", "--rounds", "2"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("file: fixtures/samples/reviews.txt (UTF-8"))
        #expect(lines[2].hasPrefix("analyze with 1 thread(s): ") && lines[2].contains("best of 2 rounds, median "))
        #expect(lines[3].hasPrefix("classify with 1 thread(s): ") && lines[3].contains("best of 2 rounds, median "))
        #expect(lines[4].hasPrefix("classification adds ") && lines[4].contains("% to the text layer's time (best against best; median of the rounds "))
    }

    @Test func textLayerAloneByDefault() throws {
        let r = try CLIRunner.run(["bench", "fixtures/samples/reviews.txt"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2].hasPrefix("analyze with 1 thread(s): ") && !lines[2].contains("rounds"))
    }

    @Test func roundsMustBePositive() throws {
        let r = try CLIRunner.run(["bench", "fixtures/samples/reviews.txt", "--rounds", "0"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--rounds must be at least 1"))
    }
}

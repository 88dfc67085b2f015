import Testing
@testable import Records

@Suite("RatingParser")
struct RatingParserTests {
    @Test("ratings in English and Chinese", arguments: [
        ("1", 1), ("5", 5), (" 3 ", 3), ("4.0", 4), ("5星", 5), ("4 星", 4), ("５星", 5), ("5 stars", 5), ("1 star", 1),
        ("4/5", 4), ("3 out of 5", 3), ("2 out of 5 stars", 2), ("★★★★☆", 4), ("★☆☆☆☆", 1), ("⭐⭐⭐", 3),
        ("好评", 5), ("中评", 3), ("差评", 1), ("Positive", 5), ("neutral", 3), ("NEGATIVE", 1),
        ("正面", 5), ("中性", 3), ("负面", 1), ("5分", 5),
    ])
    func parses(text: String, rating: Int) throws {
        #expect(try RatingParser.parse(text) == rating)
    }

    @Test("not ratings", arguments: ["", "0", "6", "4.5", "-1", "great", "很好", "☆☆☆", "5 apples", "NaN"])
    func rejects(text: String) {
        #expect(RatingParser.rating(from: text) == nil)
        #expect(throws: RatingParser.Failure.self) { try RatingParser.parse(text) }
    }
}

import Testing
@testable import ReviewText

@Suite struct VocabularyTests {
    @Test func internsAndLooksUp() {
        var v = Vocabulary()
        #expect(v.count == 0)
        #expect(v.id(of: "发货") == nil)
        let words = (0..<5000).map { "词\($0)" } + ["发货", "late", "", "😡"]
        let ids = words.map { v.insert($0) }
        #expect(v.count == words.count)
        for (w, id) in zip(words, ids) {
            #expect(v.id(of: w) == id)
            #expect(v.text(of: id) == w)
        }
        #expect(v.insert("发货") == ids[5000], "inserting again returns the same id")
        #expect(v.id(of: "发") == nil)
    }
}

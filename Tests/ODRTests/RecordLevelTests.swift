import Records
import Testing
@testable import ODR

@Suite struct RecordLevelTests {
    @Test(arguments: ["111-1234567-1234567", "999-0000000-0000001", "000-0000000-0000000"])
    func amazonIDsPackAndUnpack(_ id: String) {
        let key = OrderKey.key(id)!
        #expect(key & OrderKey.hashedFlag == 0)
        #expect(OrderKey.amazonID(of: key) == id)
    }

    @Test func otherIDsAreHashed() {
        let a = OrderKey.key("2918273645123456789")!, b = OrderKey.key(" 2918273645123456789 ")!
        #expect(a & OrderKey.hashedFlag != 0 && a == b)
        #expect(OrderKey.key("") == nil)
    }

    @Test(arguments: [("2026-07-01T23:30:00Z", 0, "2026-07-01"), ("2026-07-01T23:30:00Z", 8 * 3600, "2026-07-02"),
                      ("2026-07-01T23:30:00-07:00", 0, "2026-07-02"), ("2026-07-01", 8 * 3600, "2026-07-01"),
                      ("2026-07-01T01:00:00+02:00", 0, "2026-06-30")])
    func days(_ text: String, offset: Int, iso: String) {
        #expect(DayParser(format: nil, utcOffset: offset).day(text) == DayParser(format: nil).day(iso))
    }

    @Test func guessesOtherFormats() {
        let p = DayParser.guessing(["07/15/26", "07/01/26"], utcOffset: 0)
        #expect(p.day("07/15/26") == DayParser(format: nil).day("2026-07-15"))
    }

    @Test(arguments: [("mail me at bob@example.com", true), ("call 555-123-4567", true), ("+86 138 0013 8000", true),
                      ("order 111-1234567-1234567 was late", false), ("arrived in 3 days", false)])
    func personalData(_ text: String, found: Bool) {
        #expect(RemovalScreen.hasPersonalData(text) == found)
    }

    @Test func classifiedLines() throws {
        let line = #"{"order_id":"111-1234567-1234567","rating":2,"text":"a \"b\" \u00e9","categories":[{"id":"damaged","score":0.632,"evidence":[{"x":[1,2]}]}],"sentiment":{"label":"negative"}}"#
        let r = try Array(line.utf8).withUnsafeBufferPointer { ClassifiedLine.parse($0) }.get()
        #expect(r.orderID == "111-1234567-1234567" && r.rating == 2 && r.text == "a \"b\" é")
        #expect(r.categories.map(\.id) == ["damaged"] && r.categories[0].score == 0.632)
        let bad = Array("{\"a\":".utf8).withUnsafeBufferPointer { ClassifiedLine.parse($0) }
        if case .success = bad { Issue.record("accepted bad JSON") }
    }

    @Test func returnReasonTable() throws {
        let cats = CategorySet([("damaged", .logistics), ("not_received", .logistics)])
        let t = try ReturnReasonTable(text: "# c\nDAMAGED_BY_CARRIER\tdamaged\nUNDELIVERABLE_*\tnot_received\t0.5\nUNWANTED_ITEM\t-\n", file: "t", categories: cats)
        #expect(t.lookup("damaged_by_carrier")?.category == 0)
        #expect(t.lookup("UNDELIVERABLE_REFUSED")?.score == 0.5)
        #expect(t.lookup("UNWANTED_ITEM")?.category == nil && t.lookup("UNWANTED_ITEM") != nil)
        #expect(t.lookup("SOMETHING_NEW") == nil)
        #expect(throws: RecordsError.self) { try ReturnReasonTable(text: "X\tnope\n", file: "t", categories: cats) }
    }

    @Test("obscene words, and innocent words that contain their letters", arguments: [
        ("Seller is a f***ing joke, total shit", true),
        ("他妈的什么破东西", true),
        ("买给我妈的生日礼物，结果坏了", false),
        ("Arrived late, box crushed", false),
    ])
    func obscene(text: String, found: Bool) throws {
        #expect(RemovalWords.builtIn.found(in: text) == found)
        let shipped = try RemovalWords.load(path: Support.root + "/lexicons/removal-words.txt")
        #expect(shipped.found(in: text) == found)
    }

    @Test func shippedRemovalWordsIncludeTheBuiltInOnes() throws {
        let shipped = try RemovalWords.load(path: Support.root + "/lexicons/removal-words.txt")
        #expect(Set(RemovalWords.builtIn.words).isSubset(of: Set(shipped.words)))
        #expect(!shipped.words.contains("妈的") && !shipped.words.contains("ass"))
    }
}

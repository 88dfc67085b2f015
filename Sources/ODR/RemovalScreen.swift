import Lexicon

/// Finds negative feedback that Amazon removes or strikes through on request — a direct cut in
/// ODR — following the marketplace's published rules (see `docs/odr-domain.md`).
///
/// In order of precedence, a 1–2 star feedback is a candidate for:
/// 1. **removal, personal data**: the comment holds an e-mail address or a phone number
///    (10 or more digits in one run of digits, spaces, `-`, `.`, `(`, `)`, `+`; order ids excepted);
/// 2. **removal, obscene**: the comment holds a word of the ``RemovalWords`` list (`removal-words.txt`);
/// 3. **removal, product review**: every category of the comment is a product one
///    (`defective`, `not_as_described`, `size_fit`) and there is at least one;
/// 4. **strike-through, FBA delivery**: the order is fulfilled by Amazon and every category is a
///    logistics one (`late_delivery`, `not_received`, `damaged`).
public enum RemovalScreen {
    /// The words used when the lexicon directory has no `removal-words.txt` (lower case; matched as
    /// substrings of the lower-cased comment). Only forms that are profane wherever they occur: not
    /// 妈的, which is in 给我妈的礼物 ("a gift for my mother").
    public static let obsceneWords = ["fuck", "shit", "bitch", "asshole", "bastard", "cunt", "dickhead", "motherf",
                                      "傻逼", "傻b", "操你", "他妈的", "狗日", "王八蛋", "贱人", "去死"]

    /// What to request for one feedback.
    public enum Action: String, Sendable {
        case removal
        case strikeThrough = "strike_through"
    }

    /// The request and its reason (`personal_data`, `obscene`, `product_review`, `fba_delivery`), or `nil`.
    public static func screen(text: String, mask: UInt64, channel: Channel, categories: CategorySet,
                              words: RemovalWords = .builtIn) -> (Action, String)? {
        if hasPersonalData(text) { return (.removal, "personal_data") }
        if words.found(in: text) { return (.removal, "obscene") }
        guard mask != 0 else { return nil }
        let product = categories.mask(of: .product), logistics = categories.mask(of: .logistics)
        if mask & ~product == 0 { return (.removal, "product_review") }
        if channel == .afn && mask & ~logistics == 0 { return (.strikeThrough, "fba_delivery") }
        return nil
    }

    /// Whether `text` holds an e-mail address or a phone number (see ``PersonalData``).
    public static func hasPersonalData(_ text: String) -> Bool { PersonalData.contains(in: text) }
}

import Lexicon
import Classifier

/// The fixtures and lexicons the classifier tests use.
enum Support {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let mini: Lexicon = try! LexiconLoader.load(directory: root + "/fixtures/lexicons/mini").0
    static let shipped: Lexicon = try! LexiconLoader.load(directory: root + "/lexicons").0

    static func mini(_ text: String, rating: Int? = nil) -> Classification {
        try! Classifier(lexicon: mini).classify(ReviewInput(text: text, rating: rating))
    }

    static func shipped(_ text: String, title: String? = nil, rating: Int? = nil) -> Classification {
        try! Classifier(lexicon: shipped).classify(ReviewInput(title: title, text: text, rating: rating))
    }
}

extension Classification {
    var ids: [String] { categories.map(\.category.id) }
}

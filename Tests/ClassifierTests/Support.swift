import Foundation
import Lexicon
import Classifier
import Testing

/// The fixtures and lexicons the classifier tests use.
enum Support {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let mini: Lexicon = try! LexiconLoader.load(directory: root + "/fixtures/lexicons/mini").0
    static let shipped: Lexicon = try! LexiconLoader.load(directory: root + "/lexicons").0

    /// The mini lexicon with extra lines appended to its en/modifiers.txt and its rules.txt,
    /// loaded from a copy.
    static func lexiconWith(modifiers: String = "", rules: String = "") throws -> Lexicon {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("odrlens-mini-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: root + "/fixtures/lexicons/mini", toPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (file, extra) in [("/en/modifiers.txt", modifiers), ("/rules.txt", rules)] where !extra.isEmpty {
            let path = dir + file
            let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            try (old + (old.hasSuffix("\n") || old.isEmpty ? "" : "\n") + extra).write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try LexiconLoader.load(directory: dir).0
    }

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

/// A category's test cases: texts that must report it, and texts that must not.
struct CategoryTable: Sendable {
    let fires: [String]
    let quiet: [String]
}

/// Expects the shipped lexicons to report (or not) a category for a text.
func expect(_ category: String, fires: Bool, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let ids = Support.shipped(text).ids
    if fires {
        #expect(ids.contains(category), "\(category) should fire: \(text) → \(ids)", sourceLocation: sourceLocation)
    } else {
        #expect(!ids.contains(category), "\(category) should not fire: \(text) → \(ids)", sourceLocation: sourceLocation)
    }
}

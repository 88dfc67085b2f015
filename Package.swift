// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ODRLens",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "odrlens", targets: ["odrlens"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The only place that sees ICU's headers. Its public header exposes plain C types only,
        // so that no ICU type reaches a Swift module that also imports Foundation.
        .target(
            name: "CICU",
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "ReviewText", dependencies: ["CICU"]),
        .target(name: "Records"),
        .target(name: "Lexicon", dependencies: ["ReviewText"]),
        .target(name: "Classifier", dependencies: ["Lexicon", "ReviewText"]),
        .target(name: "Pipeline", dependencies: ["Records", "Classifier", "Lexicon", "ReviewText"]),
        .target(name: "ODR", dependencies: ["Records", "Lexicon", "Classifier", "Pipeline", "ReviewText"]),
        // Complaint queues for the support team: CSV and XLSX.
        .target(name: "Export", dependencies: ["ODR", "Records", "Lexicon", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The self-contained HTML dashboard.
        .target(name: "Report", dependencies: ["ODR", "Export", "Lexicon", "Records", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Tuning", dependencies: ["Records", "Lexicon", "Classifier", "Pipeline", "ReviewText"]),
        .executableTarget(
            name: "odrlens",
            dependencies: [
                "ReviewText", "Records", "Lexicon", "Classifier", "Pipeline", "ODR", "Export", "Report", "Tuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReviewTextTests", dependencies: ["ReviewText", "CICU", "CLITestSupport"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "CLITestSupport"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "ReviewText"]),
        .testTarget(name: "ClassifierTests", dependencies: ["Classifier"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "CLITestSupport"]),
        .testTarget(name: "ODRTests", dependencies: ["ODR", "Pipeline", "CLITestSupport"]),
        .testTarget(name: "TuningTests", dependencies: ["Tuning", "CLITestSupport"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "ODR", "CLITestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "ODR", "CLITestSupport"]),
        // Runs the built binary for the end-to-end tests (golden files under fixtures/).
        .target(name: "CLITestSupport", path: "Tests/CLITestSupport"),
        .testTarget(name: "CLITests", dependencies: ["odrlens", "CLITestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

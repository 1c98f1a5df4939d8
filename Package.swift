// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Funnel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "funnel", targets: ["funnel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The shared sales domain: pure Swift, no I/O, no clock.
        .target(name: "Pipeline"),
        // SQLite through GRDB: migrations, records, queries.
        .target(
            name: "PipelineStore",
            dependencies: ["Pipeline", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // swift-argument-parser commands; thin.
        .target(
            name: "FunnelCLI",
            dependencies: [
                "Pipeline", "PipelineStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "funnel", dependencies: ["FunnelCLI"]),

        .target(name: "FunnelTestSupport", dependencies: ["Pipeline", "PipelineStore"], path: "Tests/FunnelTestSupport"),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        .testTarget(
            name: "PipelineStoreTests",
            dependencies: [
                "PipelineStore", "FunnelTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "FunnelCLITests", dependencies: ["FunnelTestSupport", "funnel"]),
    ]
)

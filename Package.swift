// swift-tools-version: 6.1
// Funnel is Linux-only (glibc, ncursesw, SQLite from Debian): no `platforms:` line, as no Apple platform is built or tested.
import PackageDescription

let package = Package(
    name: "Funnel",
    products: [
        .executable(name: "funnel", targets: ["funnel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Every text a person reads, as typed keys with an English and a Simplified Chinese table. Pure Swift.
        .target(name: "Wording"),
        // The shared sales domain: pure Swift, no I/O, no clock.
        .target(name: "Pipeline", dependencies: ["Wording"]),
        // Writing files whole or not at all: temporary file beside the target, fsync, rename, fsync of the folder.
        .target(name: "FunnelFiles", dependencies: ["Wording"]),
        // The store contract: the `PipelineStore` protocol and its values, in the domain's words. No engine, no SQL.
        .target(name: "FunnelStore", dependencies: ["Pipeline"]),
        // The SQLite engine through GRDB: migrations, records, queries. The only importer of GRDB.
        .target(
            name: "SQLiteStore",
            dependencies: [
                "Pipeline", "FunnelStore", "FunnelFiles", "Wording", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The PostgreSQL engine through postgres-nio: a team's shared pipeline on a server. The only importer of PostgresNIO.
        .target(
            name: "PostgresStore",
            dependencies: [
                "Pipeline", "FunnelStore", "FunnelFiles", "Interop", "Wording", .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Opens the store where the user points (`StoreLocation`) with the engine that keeps it.
        .target(name: "StoreEngines", dependencies: ["FunnelStore", "SQLiteStore", "PostgresStore", "Interop", "FunnelFiles", "Pipeline", "Wording"]),
        // Reading and writing other tools' files: CSV and JSON deal files into import plans. Pure: no I/O, no clock.
        .target(
            name: "Interop",
            dependencies: ["Pipeline", "Wording"]
        ),
        // libncursesw, as a system library: module map and shim.h with static inline wrappers.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The board without curses: state, actions, reducer, effects as data, views drawing into a Screen.
        .target(name: "Board", dependencies: ["Pipeline", "Wording"]),
        // The user's config file (TOML): defaults, card fields, colours and the board's key map, with a
        // line-numbered report of every mistake. Pure: no I/O.
        .target(
            name: "FunnelConfig",
            dependencies: ["Pipeline", "Board", "Wording", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The only importer of CNcursesw: terminal set-up and restore, keys, drawing, the loop, effects.
        .target(name: "BoardTerminal", dependencies: ["Board", "Pipeline", "FunnelStore", "Wording", "CNcursesw"]),
        // swift-argument-parser commands; thin.
        .target(
            name: "FunnelCLI",
            dependencies: [
                "Pipeline", "FunnelStore", "StoreEngines", "Board", "BoardTerminal", "Interop", "FunnelConfig", "FunnelFiles", "Wording",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "funnel", dependencies: ["FunnelCLI"]),
        // `make bench`: the performance suite (docs/PERFORMANCE.md).
        .executableTarget(
            name: "FunnelBenchmarks",
            dependencies: [
                "Board", "BoardTerminal", "Pipeline", "FunnelStore", "SQLiteStore", "StoreEngines",
                .product(name: "Benchmark", package: "swift-benchmark"),
            ]
        ),

        .target(
            name: "FunnelTestSupport",
            dependencies: [
                "Pipeline", "FunnelStore", "SQLiteStore", "StoreEngines", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/FunnelTestSupport"),
        .testTarget(name: "WordingTests", dependencies: ["Wording"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Wording"]),
        .testTarget(name: "FunnelFilesTests", dependencies: ["FunnelFiles"]),
        // The store contract's suite: written once against `PipelineStore`, run on every engine in `StoreEngineUnderTest.all`.
        .testTarget(
            name: "StoreConformanceTests",
            dependencies: [
                "FunnelStore", "StoreEngines", "SQLiteStore", "PostgresStore", "Pipeline", "FunnelTestSupport", "Wording", "Interop",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // What is about SQLite itself: migrations, schema, file checks, journals, prepared statements.
        .testTarget(
            name: "SQLiteStoreTests",
            dependencies: [
                "SQLiteStore", "FunnelStore", "FunnelTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Database files written by older releases (Fixtures/README.md), read by path.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FunnelCLITests",
            dependencies: [
                "FunnelTestSupport", "funnel", "FunnelCLI", "Interop", "FunnelStore", "SQLiteStore", "StoreEngines", "Pipeline",
                "FunnelFiles", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(name: "BoardTests", dependencies: ["Board", "Pipeline", "Wording"], exclude: ["Fixtures"]),
        .testTarget(
            name: "BoardEndToEndTests",
            dependencies: [
                "FunnelTestSupport", "funnel", "Board", "BoardTerminal", "FunnelStore", "SQLiteStore", "Pipeline",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // CSV.swift only as the reference the CSV reader is compared with (Tests/Fuzz/CSVReference.swift).
        .testTarget(
            name: "InteropTests",
            dependencies: [
                "Interop", "Pipeline", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "FunnelConfigTests", dependencies: ["FunnelConfig", "Board", "Wording"]),
        // The store contract's own values: server addresses (URLs, libpq's environment, the password file).
        .testTarget(name: "FunnelStoreTests", dependencies: ["FunnelStore", "StoreEngines", "FunnelTestSupport", "Wording"]),
        // The private PostgreSQL cluster the tests use (Tests/FunnelTestSupport/PostgresTestCluster.swift) and `make pg`.
        .testTarget(name: "PostgresTestClusterTests", dependencies: ["FunnelTestSupport"]),
    ]
)

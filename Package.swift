// swift-tools-version:6.1
import PackageDescription

/// MicroDesk: a kernel (`DeskKit`), a readline frontend (`DeskChat`), one module per service area under
/// `Plugins/`, and the `desk` executable that registers them. A module depends on `DeskKit` only.
let package = Package(
    name: "MicroDesk",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DeskKit", targets: ["DeskKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The kernel: protocol, registry, router, conversations, parsers, case store.
        .target(
            name: "DeskKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "DeskTesting", dependencies: ["DeskKit"]),
        .testTarget(name: "DeskKitTests", dependencies: ["DeskKit", "DeskTesting"]),
    ],
    swiftLanguageModes: [.v6]
)

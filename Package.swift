// swift-tools-version:6.1
import PackageDescription

/// MicroDesk: a kernel (`DeskKit`), a readline frontend (`DeskChat`), one module per service area under
/// `Plugins/`, and the `desk` executable that registers them. A module depends on `DeskKit` only.
let package = Package(
    name: "MicroDesk",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DeskKit", targets: ["DeskKit"]),
        .library(name: "DeskTesting", targets: ["DeskTesting"]),
        .executable(name: "desk", targets: ["desk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The HTTP client of the webhooks and `desk --server` (on the server's SwiftNIO; TLS by swift-nio-ssl).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // Only its HummingbirdBcrypt library (bcrypt in C, no other dependency) is linked into the kernel: operators' PINs.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The kernel: protocol, registry, router, conversations, parsers, case store.
        .target(
            name: "DeskKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the keyed probes stepped without GRDB's cursor (`Database.hasRow(_:keys:)`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // The test kit module authors use: an in-memory desk with a fixed clock.
        .target(name: "DeskTesting", dependencies: ["DeskKit"]),
        // GNU readline (GPL-3): linked into the frontend and the `desk` binary only, never into DeskKit.
        .systemLibrary(name: "CReadline", pkgConfig: "readline", providers: [.apt(["libreadline-dev"])]),
        // The chat frontend: readline prompt, line mode, JSON mode, CJK-aware tables.
        .target(name: "DeskChat", dependencies: [
            "DeskKit", "DeskHTTP", "CReadline",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // The group relay: WeChat exports and JSON lines in, cases and replies out; outbox delivery.
        .target(name: "DeskRelay", dependencies: [
            "DeskKit", "DeskHTTP",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // The HTTP client the webhooks and the `--server` prompt share: AsyncHTTPClient instead of Foundation's
        // URLSession, whose FoundationNetworking brings libcurl and its thirty shared libraries into every start.
        .target(
            name: "DeskHTTP",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // The server: station lines, the groups' bridge and Open311 GeoReport v2 over HTTP (Hummingbird 2).
        .target(
            name: "DeskServer",
            dependencies: [
                "DeskKit", "DeskRelay",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The web pages' templates (Mustache), read at start from the target's resource bundle.
            resources: [.copy("Web/Templates")]
        ),
        // The one list of the shipped modules (Sources/DeskModules/ShippedModules.swift): a module is added here.
        .target(name: "DeskModules", dependencies: [
            "DeskKit", "Repairs", "SocialSecurity", "ElderCertification", "ParkUpkeep", "PingPong", "CareVisits",
        ]),
        // Composition root: registers the shipped modules with the frontends.
        // Release builds link the Swift runtime and Foundation in (`swift build -c release --static-swift-stdlib`,
        // README): a start maps and relocates fewer libraries (42 -> 35 ms of CPU). That link also exports every
        // symbol of the binary to the dynamic linker (`-export-dynamic`, for `dlsym` look-ups the desk never
        // makes): not exporting them keeps 5.5 MB of symbol tables out of memory (46 -> 40.4 MB resident;
        // docs/performance.md, fifth pass). Linked by lld (the toolchain's) with relative relocations packed
        // (`-z pack-relative-relocs`, glibc 2.36+): 28 KB of RELR instead of 3.1 MB of RELA entries that the dynamic
        // linker reads at every start (38.5 -> 34.9 MB resident at the prompt; sixth pass).
        .executableTarget(
            name: "desk",
            dependencies: [
                "DeskKit", "DeskChat", "DeskRelay", "DeskServer", "DeskModules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),

        // Service modules — one folder, one target line each.
        .target(name: "Repairs", dependencies: ["DeskKit"], path: "Plugins/Repairs"),
        .target(name: "SocialSecurity", dependencies: ["DeskKit"], path: "Plugins/SocialSecurity"),
        .target(name: "ElderCertification", dependencies: ["DeskKit"], path: "Plugins/ElderCertification"),
        .target(name: "ParkUpkeep", dependencies: ["DeskKit"], path: "Plugins/ParkUpkeep"),
        .target(name: "PingPong", dependencies: ["DeskKit"], path: "Plugins/PingPong"),
        .target(name: "CareVisits", dependencies: ["DeskKit"], path: "Plugins/CareVisits"),


        // The worked example of docs/writing-a-module.md; compiled and tested, not registered in `desk`.
        .target(name: "LostAndFound", dependencies: ["DeskKit"], path: "Examples/LostAndFound"),

        .testTarget(name: "DeskKitTests", dependencies: ["DeskKit", "DeskTesting"]),
        .testTarget(name: "deskTests", dependencies: ["desk", "DeskChat", "DeskServer", "DeskTesting"]),
        .testTarget(name: "DeskChatTests", dependencies: ["DeskChat", "DeskKit", "DeskTesting"]),
        .testTarget(name: "DeskRelayTests", dependencies: ["DeskRelay", "DeskTesting", "DeskModules", "Repairs"]),
        .testTarget(name: "DeskServerTests", dependencies: [
            "DeskServer", "DeskTesting", "DeskModules",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "LostAndFoundTests", dependencies: ["LostAndFound", "DeskTesting"]),
        .testTarget(name: "RepairsTests", dependencies: ["Repairs", "DeskTesting"]),
        .testTarget(name: "SocialSecurityTests", dependencies: ["SocialSecurity", "DeskTesting"]),
        .testTarget(name: "ElderCertificationTests", dependencies: ["ElderCertification", "DeskTesting"]),
        .testTarget(name: "ParkUpkeepTests", dependencies: ["ParkUpkeep", "DeskTesting"]),
        .testTarget(name: "CareVisitsTests", dependencies: ["CareVisits", "ElderCertification", "DeskTesting"]),
        .testTarget(name: "PingPongTests", dependencies: [
            "PingPong", "DeskTesting", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)

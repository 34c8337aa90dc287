// swift-tools-version: 6.1
import PackageDescription

/// The `apus` binary is linked with lld: relative relocations packed (DT_RELR, 20 KB instead of 1.8 MB of
/// `.rela.dyn` that every process reads at start), and functions laid out in the order of `Linker/apus.order`,
/// the functions a node agent runs, so that the pages of code it keeps in memory hold little it never runs.
/// Functions without a symbol name (compiler-private helpers) cannot be named in that file; `Linker/private-text.ld`
/// puts them all (about 220 KB) just before the ordered ones. The order only takes effect on a build whose
/// functions are in their own sections (`scripts/build-release`); `scripts/generate-text-order` regenerates it.
let apusLinkerSettings: [LinkerSetting] = [
    .unsafeFlags([
        "-use-ld=lld",
        "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Linker/apus.order",
        "-Xlinker", "--no-warn-symbol-ordering",
        "-Xlinker", "-T", "-Xlinker", "\(Context.packageDirectory)/Linker/private-text.ld",
    ], .when(platforms: [.linux])),
]

let package = Package(
    name: "Apus",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "apus", targets: ["apus"]),
        .executable(name: "apus-bench", targets: ["apus-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-http2.git", from: "1.46.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/grpc/grpc-swift-2.git", from: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport.git", from: "2.9.2"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.39.0"),
    ],
    targets: [
        .target(
            name: "APIMachinery",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "API",
            dependencies: ["APIMachinery"]
        ),
        .target(
            name: "Store",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Client",
            dependencies: [
                "APIMachinery",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Scheduler",
            dependencies: ["APIMachinery", "API", "Client", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Controllers",
            dependencies: ["APIMachinery", "API", "Client", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "SimulatedNodes",
            dependencies: ["APIMachinery", "API", "Client", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "CRI",
            dependencies: [
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
                .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "NodeRuntime",
            dependencies: [
                "APIMachinery",
                "CRI",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Kubelet",
            dependencies: [
                "APIMachinery", "API", "Client", "CRI", "NodeRuntime", "HTTPKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HTTPKit",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .target(
            name: "APIServer",
            dependencies: [
                "APIMachinery", "API", "Store", "HTTPKit",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "apus",
            dependencies: [
                "APIServer", "Store", "Client", "SimulatedNodes", "Scheduler", "Controllers", "NodeRuntime", "Kubelet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: apusLinkerSettings
        ),
        .executableTarget(
            name: "apus-bench",
            dependencies: [
                "Store", "APIMachinery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .testTarget(name: "APIMachineryTests", dependencies: ["APIMachinery", "API"]),
        .testTarget(name: "StoreTests", dependencies: ["Store"]),
        .testTarget(name: "ClientTests", dependencies: ["Client", "APIMachinery"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler", "Client", "API", "APIMachinery"]),
        .testTarget(name: "ControllersTests", dependencies: ["Controllers", "Client", "API", "APIMachinery"]),
        .testTarget(name: "NodeRuntimeTests", dependencies: ["NodeRuntime", "CRI"]),
        .testTarget(name: "CRITests", dependencies: ["CRI", "NodeRuntime"]),
        .testTarget(name: "KubeletTests", dependencies: [
            "Kubelet", "CRI", "Client", "APIMachinery", "HTTPKit",
            .product(name: "GRPCCore", package: "grpc-swift-2"),
            .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
        ]),
        .testTarget(name: "HTTPKitTests", dependencies: ["HTTPKit", .product(name: "NIOCore", package: "swift-nio")]),
        .testTarget(name: "APIServerTests", dependencies: ["APIServer", "APIMachinery", "API", "Store"]),
        .testTarget(
            name: "E2ETests",
            dependencies: [
                "APIMachinery",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

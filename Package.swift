// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "stagetui",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "stagetui", targets: ["stagetui"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
  ],
  targets: [
    // MARK: - Core
    .target(name: "DockerfileSyntax"),
    .target(name: "DockerfileInstructions", dependencies: ["DockerfileSyntax"]),
    .target(name: "BaseImageCatalog"),
    .target(name: "StageAnalysis", dependencies: ["DockerfileInstructions", "BaseImageCatalog"]),

    // MARK: - Presentation
    .target(name: "StageRender", dependencies: ["TOMLKit"]),
    .target(
      name: "StageApp",
      dependencies: [
        "DockerfileSyntax", "DockerfileInstructions", "BaseImageCatalog", "StageAnalysis", "StageRender", "TOMLKit",
      ]
    ),

    // MARK: - System boundary
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "StageTerminal", dependencies: ["StageRender", "CNcursesw"]),
    .target(
      name: "ImageSources",
      dependencies: [
        "StageAnalysis",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
    .executableTarget(
      name: "stagetui",
      dependencies: [
        "DockerfileSyntax", "StageApp", "StageTerminal", "ImageSources",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Benchmarks
    .executableTarget(
      name: "stagetui-bench",
      dependencies: ["DockerfileSyntax", "StageAnalysis", "StageApp", "StageRender"],
      path: "Benchmarks/StageBench"
    ),

    // MARK: - Tests
    .target(name: "_StageTestSupport", dependencies: ["DockerfileSyntax"], path: "Sources/_StageTestSupport"),
    .testTarget(name: "DockerfileSyntaxTests", dependencies: ["DockerfileSyntax", "_StageTestSupport"]),
    .testTarget(name: "DockerfileInstructionsTests", dependencies: ["DockerfileInstructions", "_StageTestSupport"]),
    .testTarget(name: "BaseImageCatalogTests", dependencies: ["BaseImageCatalog"]),
    .testTarget(name: "StageAnalysisTests", dependencies: ["StageAnalysis", "_StageTestSupport"]),
    .testTarget(
      name: "ImageSourcesTests",
      dependencies: [
        "ImageSources", "_StageTestSupport",
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]
    ),
    .testTarget(name: "StageRenderTests", dependencies: ["StageRender", "_StageTestSupport"], exclude: ["Snapshots"]),
    .testTarget(name: "StageTerminalTests", dependencies: ["StageTerminal"]),
    .testTarget(
      name: "StageAppTests",
      dependencies: [
        "StageApp", "StageAnalysis", "StageRender", "DockerfileSyntax", "BaseImageCatalog", "_StageTestSupport",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(name: "stagetuiTests", dependencies: ["_StageTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

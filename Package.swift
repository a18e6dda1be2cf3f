// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "moldrisk",
    products: [
        .executable(name: "moldrisk", targets: ["moldrisk"]),
        .library(name: "MoldRisk", targets: ["MoldRisk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // The layers (README "Architecture"): each target imports only the ones listed below it, so a
        // back-reference (Engine using an Analysis type, Analysis wording a sentence) does not compile.
        // Scenario, Random, Model, Engine and the shard's partial results: the hot loop in one module.
        .target(
            name: "MoldRiskCore",
            dependencies: [
                "CGSL",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Statistics, curves, break-even, stock curve, tornado, lead search, the verdict as data.
        .target(name: "MoldRiskAnalysis", dependencies: ["MoldRiskCore"]),
        // Renderers returning text or bytes, and all wording and human number formatting.
        .target(name: "MoldRiskReport", dependencies: ["MoldRiskCore", "MoldRiskAnalysis"]),
        // The only library code that writes files: atomic replacement, chart folders.
        .target(name: "MoldRiskIO", dependencies: ["MoldRiskReport"]),
        // The pipeline (run, merge) and the one import the CLI and embedders need.
        .target(
            name: "MoldRisk",
            dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport", "MoldRiskIO"]
        ),
        .executableTarget(
            name: "moldrisk",
            dependencies: [
                "MoldRisk",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's generator-limit probe: the draws of one trial, GSL alone (bench/README.md).
        .executableTarget(
            name: "moldrisk-genlimit",
            dependencies: ["MoldRiskCore"],
            path: "bench/genlimit"
        ),
        .testTarget(
            name: "MoldRiskTests",
            dependencies: [
                "MoldRiskCore",
                "MoldRiskAnalysis",
                "MoldRiskReport",
                "MoldRiskIO",
                "MoldRisk",
                "CGSL",
                "moldrisk",  // built with the tests: the CLI tests launch the binary
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

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
        // Typesetting of the PDF report: cairo's PDF surface and pango (CJK shaping, font fallback).
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // The PDF report draws the SVG charts as vectors with librsvg.
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        .target(
            name: "MoldRisk",
            dependencies: [
                "CGSL",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The typeset PDF report (`--format pdf`): the report's content laid out on A4 pages.
        .target(
            name: "MoldRiskPDF",
            dependencies: ["MoldRisk", "CPangoCairo", "CRsvg"]
        ),
        .executableTarget(
            name: "moldrisk",
            dependencies: [
                "MoldRisk",
                "MoldRiskPDF",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's generator-limit probe: the draws of one trial, GSL alone (bench/README.md).
        .executableTarget(
            name: "moldrisk-genlimit",
            dependencies: ["MoldRisk"],
            path: "bench/genlimit"
        ),
        .testTarget(
            name: "MoldRiskTests",
            dependencies: [
                "MoldRisk",
                "MoldRiskPDF",
                "CGSL",
                "CPangoCairo",
                "moldrisk",  // built with the tests: the CLI tests launch the binary
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

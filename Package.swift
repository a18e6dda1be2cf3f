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
        // UNU.RAN (Debian libunuran-dev, no pkg-config file): PINV, the inverse CDFs of PERT, gamma
        // and beta for stratified and correlated sampling (DESIGN §8.8, `PINVTable`).
        .systemLibrary(
            name: "CUnuran",
            providers: [.apt(["libunuran-dev"])]
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
        // The workbook report (`--format xlsx`): libxlsxwriter writes the .xlsx with native charts.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // moldrisk's generator (xoshiro256++ as a gsl_rng_type) and the draws the hot loop inlines: the
        // same numbers as GSL's normal, gamma, beta and flat samplers without their calls (CDraws.h).
        .target(name: "CDraws", dependencies: ["CGSL"]),
        // The layers (README "Architecture"): each target imports only the ones listed below it, so a
        // back-reference (Engine using an Analysis type, Analysis wording a sentence) does not compile.
        // Scenario, Random, Model, Engine and the shard's partial results: the hot loop in one module.
        .target(
            name: "MoldRiskCore",
            dependencies: [
                "CGSL",
                "CDraws",
                "CUnuran",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Statistics, curves, break-even, stock curve, tornado, lead search, the verdict as data.
        .target(name: "MoldRiskAnalysis", dependencies: ["MoldRiskCore", "CGSL"]),
        // Renderers returning text or bytes, and all wording and human number formatting.
        .target(name: "MoldRiskReport", dependencies: ["MoldRiskCore", "MoldRiskAnalysis"]),
        // The typeset PDF report (`--format pdf`): the report's content laid out on A4 pages with
        // cairo and pango, the SVG charts drawn by librsvg; returns bytes, writes no file.
        .target(name: "MoldRiskPDF", dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport",
                                                     "MoldRiskXLSX", "CPangoCairo", "CRsvg"]),
        // The workbook (`--format xlsx`): the report's `WorkbookContent` (sheets of exact numbers and
        // the charts bound to them) written with libxlsxwriter; returns bytes, writes no report file.
        .target(name: "MoldRiskXLSX", dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport",
                                                      "CXlsxWriter"]),
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
                "MoldRiskPDF",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's generator-limit probe: the draws of one trial, GSL alone (bench/README.md).
        .executableTarget(
            name: "moldrisk-genlimit",
            dependencies: ["MoldRiskCore"],
            path: "bench/genlimit"
        ),
        // The tests follow the layers (README "Architecture"): one test target per library target, so a
        // Core test builds neither the report nor cairo. Helpers shared by several test targets live
        // in two support targets: MoldRiskTestSupport (scenario texts, generators, statistical
        // tests, file nodes, large-output comparison; Core only) and MoldRiskReportTestSupport
        // (report fixtures, CSV and page parsing, chart helpers; Analysis and Report).
        .target(
            name: "MoldRiskTestSupport",
            dependencies: [
                "MoldRiskCore",
                "CGSL",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            path: "Tests/MoldRiskTestSupport"
        ),
        .target(
            name: "MoldRiskReportTestSupport",
            dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport", "MoldRiskTestSupport"],
            path: "Tests/MoldRiskReportTestSupport"
        ),
        .testTarget(
            name: "MoldRiskCoreTests",
            dependencies: [
                "MoldRiskCore",
                "MoldRiskTestSupport",
                "CGSL",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "MoldRiskAnalysisTests",
            dependencies: [
                "MoldRiskCore",
                "MoldRiskAnalysis",
                "MoldRiskTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "MoldRiskReportTests",
            dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport", "MoldRiskTestSupport",
                           "MoldRiskReportTestSupport"]
        ),
        .testTarget(
            name: "MoldRiskPDFTests",
            dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport", "MoldRisk", "MoldRiskPDF",
                           "CPangoCairo", "MoldRiskTestSupport", "MoldRiskReportTestSupport"]
        ),
        .testTarget(
            name: "MoldRiskIOTests",
            dependencies: ["MoldRiskCore", "MoldRiskAnalysis", "MoldRiskReport", "MoldRiskIO",
                           "MoldRiskTestSupport", "MoldRiskReportTestSupport"]
        ),
        // The pipeline (MoldRiskRun, shards) and the CLI, and anything that needs the whole stack.
        .testTarget(
            name: "MoldRiskTests",
            dependencies: [
                "MoldRiskCore",
                "MoldRiskAnalysis",
                "MoldRiskReport",
                "MoldRiskIO",
                "MoldRisk",
                "MoldRiskPDF",
                "MoldRiskXLSX",
                "CGSL",
                "CPangoCairo",
                "MoldRiskTestSupport",
                "MoldRiskReportTestSupport",
                "moldrisk",  // built with the tests: the CLI tests launch the binary
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // The public embedding API, imported without @testable (README "Embedding moldrisk").
        .testTarget(name: "MoldRiskEmbeddingTests", dependencies: ["MoldRisk"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses (fuzz/coverage/, `make fuzz-coverage`), declared only when MOLDRISK_LIBFUZZER
// is set: they have no main of their own (libFuzzer's comes with `-sanitize=fuzzer`), so an
// ordinary build could not link them.
if Context.environment["MOLDRISK_LIBFUZZER"] != nil {
    for (name, dependency) in [("scenario", "MoldRiskCore"), ("partial", "MoldRisk")] {
        package.targets.append(.executableTarget(
            name: "moldrisk-fuzz-\(name)",
            dependencies: [.target(name: dependency)],
            path: "fuzz/coverage/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"]), .enableExperimentalFeature("Extern")]
        ))
    }
}


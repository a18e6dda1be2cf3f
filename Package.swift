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
        .target(
            name: "MoldRisk",
            dependencies: [
                "CGSL",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
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
            dependencies: ["MoldRisk"],
            path: "bench/genlimit"
        ),
        .testTarget(
            name: "MoldRiskTests",
            dependencies: [
                "MoldRisk",
                "CGSL",
                "moldrisk",  // built with the tests: the CLI tests launch the binary
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

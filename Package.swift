// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ReportSite",
    // Linux only: the sources call Glibc, inotify and Linux's `stat` fields directly, and the program is
    // shipped as a Debian package; no other platform is claimed (docs/decisions.md, 86).
    products: [
        .executable(name: "reportsite", targets: ["reportsite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Microsoft's mimalloc (apt libmimalloc-dev) in place of glibc's malloc: a build allocates millions of
        // small strings and arrays on both cores (docs/decisions.md, 43). The module lets the executable set
        // its options (decision 92).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // The commit `make dist` links in (docs/decisions.md, 57); C for its weak symbol.
        .target(name: "CBuildInfo"),
        // libxlsxwriter writes the workbooks of `reportsite workbook` (docs/decisions.md, 69).
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "ReportSiteModel"),
        .target(
            name: "ReportSiteContent",
            dependencies: [
                "ReportSiteModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "ReportSiteRender",
            dependencies: [
                "ReportSiteModel", "ReportSiteContent", "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "ReportSiteBuild",
            dependencies: ["ReportSiteModel", "ReportSiteContent", "ReportSiteRender", "CCrypto"]
        ),
        .target(
            name: "ReportSiteWorkbook",
            dependencies: ["ReportSiteModel", "ReportSiteContent", "CXLSXWriter"]
        ),
        .target(
            name: "ReportSiteServe",
            dependencies: ["ReportSiteBuild", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .executableTarget(
            name: "reportsite",
            dependencies: [
                "ReportSiteBuild", "ReportSiteServe", "ReportSiteWorkbook", "CBuildInfo",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReportSiteModelTests", dependencies: ["ReportSiteModel"]),
        .testTarget(
            name: "ReportSiteContentTests",
            // ZIPFoundation writes the hostile workbooks (a zip bomb, a huge sheet) the reader must survive.
            dependencies: ["ReportSiteContent", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "ReportSiteRenderTests", dependencies: ["ReportSiteRender", "ReportSiteContent"]),
        .testTarget(name: "ReportSiteBuildTests", dependencies: ["ReportSiteBuild"]),
        .testTarget(name: "ReportSiteWorkbookTests", dependencies: ["ReportSiteWorkbook", "ReportSiteContent"]),
        .testTarget(name: "ReportSiteCLITests", dependencies: ["ReportSiteBuild"]),
    ],
    swiftLanguageModes: [.v6]
)

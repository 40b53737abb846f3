import Testing
@testable import ReportSiteModel

/// Builds small sites in code (spec: How provinces are ranked).
struct SiteBuilder {
    var provinces: [Province] = []
    var units: [SiteUnit] = []
    var assessments: [Assessment] = []
    var keys: [RankingKey] = [.meanScore, .shareExcellent, .shareSafe]

    static let scheme = Scheme(
        criteria: [Criterion(id: "a", name: "A", max: Score(hundredths: 5000)), Criterion(id: "b", name: "B", max: Score(hundredths: 5000))],
        classes: [ScoreClass(id: "excellent", name: "Xuất sắc", min: Score(hundredths: 9000)),
                  ScoreClass(id: "good", name: "Khá", min: Score(hundredths: 7000)),
                  ScoreClass(id: "weak", name: "Yếu", min: .zero)])

    mutating func province(_ id: String, _ name: String, until: Int? = nil, mergedInto: String? = nil, from: Int? = nil) {
        provinces.append(Province(id: id, name: name, from: from, until: until, mergedInto: mergedInto))
    }

    /// Adds a unit with one record per (year, total in hundredths, safe).
    mutating func unit(_ id: String, in province: String, name: String? = nil, _ results: [(Int, Int64, Bool)], givenClass: String? = nil) {
        units.append(SiteUnit(id: id, name: name ?? id, kind: .agency, province: province))
        for (year, total, safe) in results {
            let a = total / 2
            assessments.append(Assessment(unit: id, year: year, scores: [Score(hundredths: a), Score(hundredths: total - a)], givenClass: givenClass, safe: safe))
        }
    }

    var site: Site {
        var scheme = SiteBuilder.scheme
        scheme.rankingKeys = keys
        return Site(settings: SiteSettings(title: "T"), scheme: scheme, provinces: provinces, units: units, assessments: assessments)
    }
}

@Suite struct RankingTests {
    @Test func competitionRanksShareTiesAndSkip() {
        var b = SiteBuilder()
        for (id, name) in [("p1", "Một"), ("p2", "Hai"), ("p3", "Ba"), ("p4", "Bốn")] { b.province(id, name) }
        b.unit("u1", in: "p1", [(2024, 9000, true)])
        b.unit("u2", in: "p2", [(2024, 8000, true)])
        b.unit("u3", in: "p3", [(2024, 8000, true)])
        b.unit("u4", in: "p4", [(2024, 7000, true)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.provinces.map(\.id) == ["p1", "p3", "p2", "p4"])  // Ba before Hai inside rank 2
        #expect(r.provinces.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func tieBrokenOnlyOnSecondKey() {
        var b = SiteBuilder()
        b.province("x", "Xa")
        b.province("y", "Ya")
        // Same mean 80, x has one excellent of two, y none.
        b.unit("x1", in: "x", [(2024, 9000, false)])
        b.unit("x2", in: "x", [(2024, 7000, false)])
        b.unit("y1", in: "y", [(2024, 8000, true)])
        b.unit("y2", in: "y", [(2024, 8000, true)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.provinces.map(\.id) == ["x", "y"])
        #expect(r.provinces.map(\.rank) == [1, 2])
        #expect(r.provinces[0].meanScore == r.provinces[1].meanScore)
    }

    @Test func keysComparedInConfiguredOrder() {
        var b = SiteBuilder()
        b.keys = [.shareSafe, .meanScore]
        b.province("x", "Xa")
        b.province("y", "Ya")
        b.unit("x1", in: "x", [(2024, 9900, false)])
        b.unit("y1", in: "y", [(2024, 5000, true)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.provinces.map(\.id) == ["y", "x"])
    }

    @Test func meansEqualAsFractionsButNotAsFloats() {
        // 0.1 + 0.2 style trap: 3 records of 70.01, 70.01, 70.02 (mean 70.013…) vs 3 of 70.00, 70.02, 70.02.
        var b = SiteBuilder()
        b.province("a", "An")
        b.province("b", "Bình")
        b.unit("a1", in: "a", [(2024, 7001, false)])
        b.unit("a2", in: "a", [(2024, 7001, false)])
        b.unit("a3", in: "a", [(2024, 7002, false)])
        b.unit("b1", in: "b", [(2024, 7000, false)])
        b.unit("b2", in: "b", [(2024, 7002, false)])
        b.unit("b3", in: "b", [(2024, 7002, false)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        // a: 21004/3, b: 21004/3 — equal exactly.
        #expect(r.provinces.map(\.rank) == [1, 1])
        #expect(r.provinces.map(\.id) == ["a", "b"])
        // Shares 1/3 and 2/6 are one value.
        #expect(Fraction(1, 3) == Fraction(2, 6))
        #expect(!(Fraction(1, 3) < Fraction(2, 6)))
        #expect(Fraction(333, 1000) < Fraction(1, 3))
    }

    @Test func floatRoundingWouldDisagree() {
        // Means 1/3·(10+20+30.01) vs 20.003333: floats are close, fractions decide exactly.
        let a = Fraction(6001, 300)   // 20.00333…
        let b = Fraction(2000333, 100000)
        #expect(b < a)
        #expect(a.decimalString(places: 2) == "20.00")
        #expect(Fraction(8755, 100).decimalString(places: 2) == "87.55")
        #expect(Fraction(1, 8).decimalString(places: 2) == "0.13")  // half away from zero
        #expect(Fraction(2, 3).decimalString(places: 4) == "0.6667")
    }

    @Test func mergedProvinceCountsForSuccessorAlongAChain() {
        var b = SiteBuilder()
        b.province("old", "Cũ", until: 2023, mergedInto: "mid")
        b.province("mid", "Giữa", until: 2024, mergedInto: "new")
        b.province("new", "Mới")
        b.unit("u-old", in: "old", [(2023, 9000, true), (2024, 9000, true), (2025, 9000, true)])
        b.unit("u-new", in: "new", [(2025, 7000, false)])
        let ranker = Ranker(site: b.site)
        #expect(ranker.effectiveProvince("old", in: 2023) == "old")
        #expect(ranker.effectiveProvince("old", in: 2024) == "mid")
        #expect(ranker.effectiveProvince("old", in: 2025) == "new")
        let r2024 = ranker.ranking(year: 2024)
        #expect(r2024.provinces.map(\.id) == ["mid", "new"])
        #expect(r2024.province("mid")?.assessed == 1)
        let r2025 = ranker.ranking(year: 2025)
        #expect(r2025.provinces.map(\.id) == ["new"])
        #expect(r2025.province("new")?.assessed == 2)
        #expect(r2025.province("new")?.meanScore == Fraction(16000, 200))
        #expect(r2025.units.first { $0.id == "u-old" }?.province == "new")
        #expect(r2025.units.first { $0.id == "u-old" }?.homeProvince == "old")
    }

    @Test func unrankedProvincesComeLastInVietnameseOrder() {
        var b = SiteBuilder()
        b.province("z", "Đồng Nai")
        b.province("y", "Cà Mau")
        b.province("x", "Bình Định")
        b.province("w", "Vĩnh Long")
        b.unit("u", in: "w", [(2024, 5000, false)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.provinces.map(\.id) == ["w", "x", "y", "z"])
        #expect(r.provinces.map(\.rank) == [1, nil, nil, nil])
        #expect(r.provinces[1].meanScore == nil)
    }

    @Test func rankChangeAgainstPreviousYear() {
        var b = SiteBuilder()
        b.province("a", "An")
        b.province("b", "Bình")
        b.province("c", "Cao")
        b.unit("a1", in: "a", [(2023, 9000, true), (2024, 7000, true)])
        b.unit("b1", in: "b", [(2023, 8000, true), (2024, 9500, true)])
        b.unit("c1", in: "c", [(2024, 8000, true)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.provinces.map(\.id) == ["b", "c", "a"])
        #expect(r.provinces.map(\.rankChange) == [1, nil, -2])
        #expect(r.provinces.map(\.previousRank) == [2, nil, 1])
    }

    @Test func unitsRankedNationallyAndInProvinceWithTies() {
        var b = SiteBuilder()
        b.province("a", "An")
        b.province("b", "Bình")
        b.unit("a1", in: "a", name: "Trường B", [(2024, 9000, true)])
        b.unit("a2", in: "a", name: "Trường A", [(2024, 9000, true)])
        b.unit("b1", in: "b", name: "Sở C", [(2024, 9500, true)])
        b.unit("a3", in: "a", name: "Đội D", [(2024, 8000, true)])
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.units.map(\.id) == ["b1", "a2", "a1", "a3"])
        #expect(r.units.map(\.rankNational) == [1, 2, 2, 4])
        #expect(r.units.map(\.rankInProvince) == [1, 1, 1, 3])
    }

    @Test func givenClassStandsAndCountsForShareExcellent() {
        var b = SiteBuilder()
        b.province("a", "An")
        b.unit("a1", in: "a", [(2024, 8000, false)], givenClass: "excellent")
        let r = Ranker(site: b.site).ranking(year: 2024)
        #expect(r.units[0].classId == "excellent")
        #expect(r.units[0].computedClass == "good")
        #expect(r.provinces[0].shareExcellent == Fraction(1, 1))
    }

    @Test func provinceExistence() {
        let p = Province(id: "p", name: "P", from: 2020, until: 2024)
        #expect(!p.exists(in: 2019))
        #expect(p.exists(in: 2020))
        #expect(p.exists(in: 2024))
        #expect(!p.exists(in: 2025))
    }
}

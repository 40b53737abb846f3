import Testing
@testable import ReportSiteModel

@Suite struct CollationTests {
    func sorted(_ names: [String]) -> [String] { names.sorted { $0.collationKey < $1.collationKey } }

    @Test func dStrokeComesAfterD() {
        #expect(sorted(["Đà Nẵng", "Điện Biên", "Dak Lak", "Cà Mau", "Gia Lai"]) == ["Cà Mau", "Dak Lak", "Đà Nẵng", "Điện Biên", "Gia Lai"])
    }

    @Test func baseLettersInVietnameseAlphabet() {
        #expect(sorted(["ơ", "o", "ô", "ă", "a", "â", "ư", "u", "ê", "e"]) == ["a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư"])
        #expect(sorted(["Ân", "An", "Ăn"]) == ["An", "Ăn", "Ân"])
    }

    @Test func toneOrderIsLevelGraveHookTildeAcuteDot() {
        #expect(sorted(["má", "mạ", "mà", "ma", "mã", "mả"]) == ["ma", "mà", "mả", "mã", "má", "mạ"])
    }

    @Test func baseLetterDecidesBeforeTone() {
        // "Hà Nội" < "Hải Dương": a+space vs a+i at the second letter — the space sorts first.
        #expect(sorted(["Hải Dương", "Hà Nội", "Hà Giang"]) == ["Hà Giang", "Hà Nội", "Hải Dương"])
        #expect(sorted(["Huế", "Hưng Yên", "Hòa Bình"]) == ["Hòa Bình", "Huế", "Hưng Yên"])
    }

    @Test func decomposedInputSortsLikePrecomposed() {
        let nfd = "Hue\u{0302}\u{0301}"  // Huế written with combining marks
        #expect(CollationKey(nfd) == CollationKey("Huế"))
    }

    @Test func caseIsOnlyATieBreaker() {
        #expect(sorted(["b", "A", "a", "B"]) == ["a", "A", "b", "B"])
    }

    @Test func provinceNamesFromTheSampleInOrder() {
        let names = ["Tỉnh Vĩnh Long", "Thành phố Huế", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng", "Thành phố Hà Nội", "Tỉnh Bắc Ninh"]
        #expect(sorted(names) == ["Thành phố Đà Nẵng", "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Bắc Ninh", "Tỉnh Quảng Trị", "Tỉnh Vĩnh Long"])
    }

    /// Every scalar below U+2000 gets the weights of the collation table (or the fallback weight).
    @Test func flatTableGivesTheTableWeights() {
        var checked = 0
        for v in UInt32(0)..<0x2000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let key = CollationKey(String(String.UnicodeScalarView([scalar])))
            if let w = CollationKey.table[v] {
                #expect(key.primary == [w.primary] && key.secondary == [w.tone] && key.tertiary == [w.upper ? 1 : 0], "U+\(String(v, radix: 16))")
                checked += 1
            } else {
                #expect(key.primary == [CollationKey.otherWeight(scalar)] && key.secondary == [0] && key.tertiary == [0], "U+\(String(v, radix: 16))")
            }
        }
        #expect(checked == CollationKey.table.count)
        // Upper case and tones survive the packing.
        #expect(CollationKey("Ự").secondary == [5] && CollationKey("Ự").tertiary == [1])
    }

    /// The keys' bytes compare exactly as the keys: same order, equal only when the keys are equal.
    @Test func sortBytesCompareLikeKeys() {
        let names = ["", " ", "a", "A", "à", "ả", "ă", "ằ", "Ă", "an", "An", "ăn", "Ân", "a b", "ab", "a-b", "a1", "a10", "a9",
                     "đ", "Đà Nẵng", "Dak Lak", "Hà Nội", "Hải Dương", "Hue\u{0302}\u{0301}", "Huế", "HUẾ", "Hưng Yên",
                     "Trường THPT Hùng Vương 6494", "Trường THPT Hùng Vương 649", "Trường THPT Hùng Vượng", "日本", "ε", "z", "Z"]
        func less(_ x: [UInt8], _ y: [UInt8]) -> Bool { x.lexicographicallyPrecedes(y) }
        var pairs = 0
        for a in names {
            for b in names {
                let ka = CollationKey(a), kb = CollationKey(b)
                #expect(less(ka.sortBytes, kb.sortBytes) == (ka < kb), "\(a) vs \(b)")
                #expect((ka.sortBytes == kb.sortBytes) == (ka == kb), "\(a) vs \(b)")
                pairs += 1
            }
        }
        #expect(pairs == names.count * names.count)
    }
}

@Suite struct ScoreTests {
    @Test func parsesHundredths() throws {
        #expect(try Score.parse("9").get().hundredths == 900)
        #expect(try Score.parse("9.5").get().hundredths == 950)
        #expect(try Score.parse("18.25").get().hundredths == 1825)
        #expect(try Score.parse(" 7.50 ").get().hundredths == 750)
        #expect(try Score.parse("9,5", decimalComma: true).get().hundredths == 950)
    }

    @Test func rejectsBadNumbers() {
        #expect(throws: Score.ParseError.notANumber) { try Score.parse("9,5").get() }
        #expect(throws: Score.ParseError.notANumber) { try Score.parse("9,5x", decimalComma: true).get() }
        #expect(throws: Score.ParseError.tooManyDecimals) { try Score.parse("9.555").get() }
        #expect(throws: Score.ParseError.notANumber) { try Score.parse("-1").get() }
        #expect(throws: Score.ParseError.notANumber) { try Score.parse("").get() }
        #expect(throws: Score.ParseError.notANumber) { try Score.parse("1e3").get() }
    }

    @Test func printsShortestExactForm() {
        #expect(Score(hundredths: 1850).description == "18.5")
        #expect(Score(hundredths: 2000).description == "20")
        #expect(Score(hundredths: 1805).description == "18.05")
        #expect(Score(hundredths: 1805).twoDecimals == "18.05")
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "hue2", in: ["hue", "ha-noi"]) == "hue")
        #expect(Suggestion.closest(to: "leadershp", in: ["leadership", "forces"]) == "leadership")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["hue"]) == nil)
    }

    @Test func dates() {
        #expect(SimpleDate.parse("2024-02-29") == SimpleDate(year: 2024, month: 2, day: 29))
        #expect(SimpleDate.parse("2023-02-29") == nil)
        #expect(SimpleDate.parse("2023-13-01") == nil)
        #expect(SimpleDate.parse("15/12/2023") == nil)
    }
}

@Suite struct ByteSearchTests {
    @Test func findsAndReplacesOnBytes() {
        #expect("a/./b".containsBytes("/./"))
        #expect(!"a/b".containsBytes("/./"))
        #expect("Huế/../x".utf8Offset(of: "/../") == 5)
        #expect("x".utf8Offset(of: "xyz") == nil)
        #expect("a\"b\"".replacingAll("\"", with: "\"\"") == "a\"\"b\"\"")
        #expect("&amp;&amp;x".replacingAll("&amp;", with: "&") == "&&x")
        #expect("Đà Nẵng".replacingAll("Nẵng", with: "N") == "Đà N")
        #expect("nothing".replacingAll("zz", with: "y") == "nothing")
    }

    @Test func blankText() {
        #expect("".isBlank)
        #expect(" \n\t\r\n\u{00A0}".isBlank)
        #expect(!"  x ".isBlank)
    }
}

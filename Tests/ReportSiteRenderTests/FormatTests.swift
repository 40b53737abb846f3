import Testing
import ReportSiteModel
@testable import ReportSiteRender

@Suite struct FormatTests {
    let vi = Format(language: .vi)
    let en = Format(language: .en)

    @Test func vietnameseNumbers() {
        #expect(vi.integer(1234) == "1.234")
        #expect(vi.integer(1234567) == "1.234.567")
        #expect(vi.integer(999) == "999")
        #expect(vi.integer(-1234) == "−1.234")
        #expect(vi.mean(Fraction(8750, 100)) == "87,50")
        #expect(vi.percent(Fraction(923, 1000)) == "92,3\u{00A0}%")
        #expect(vi.percent(Fraction(2, 3)) == "66,7\u{00A0}%")
        #expect(vi.date(SimpleDate(year: 2025, month: 7, day: 1)) == "01/07/2025")
    }

    @Test func scoresKeepTheirDecimals() {
        #expect(vi.score(Score(hundredths: 9750)) == "97,5")
        #expect(vi.score(Score(hundredths: 1650)) == "16,5")
        #expect(vi.score(Score(hundredths: 1825)) == "18,25")
        #expect(vi.score(Score(hundredths: 1805)) == "18,05")
        #expect(vi.score(Score(hundredths: 2000)) == "20")
        #expect(vi.score(Score(hundredths: 123450)) == "1.234,5")
        #expect(en.score(Score(hundredths: 9750)) == "97.5")
    }

    @Test func englishForms() {
        #expect(en.integer(1234) == "1,234")
        #expect(en.mean(Fraction(8750, 100)) == "87.50")
        #expect(en.percent(Fraction(923, 1000)) == "92.3%")
        #expect(en.date(SimpleDate(year: 2025, month: 12, day: 15)) == "15 December 2025")
        #expect(en.rankChange(2) == "▲ 2")
        #expect(en.rankChange(-1) == "▼ 1")
        #expect(en.rankChange(nil) == "–")
    }

    @Test func buildDateFromEpoch() {
        #expect(BuildContext.date(fromEpoch: 0) == SimpleDate(year: 1970, month: 1, day: 1))
        #expect(BuildContext.date(fromEpoch: 1_765_756_800) == SimpleDate(year: 2025, month: 12, day: 15))
        #expect(BuildContext.date(fromEpoch: 951_782_400) == SimpleDate(year: 2000, month: 2, day: 29))
    }
}

@Suite struct EscapeTests {
    @Test func html() {
        #expect(Escape.html("<script>\"a\" & 'b'</script>") == "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;")
        #expect(Escape.html("a\u{1}b") == "a\u{FFFD}b")
    }

    /// One HTML escaper: markup made in Swift (tables, components) and template values escape alike.
    @Test func templateValuesEscapeAsSwiftMarkupDoes() {
        let text = "Đội\u{1}<b>&\"'\t\n\r\u{1F}x"
        let expected = "Đội\u{FFFD}&lt;b&gt;&amp;&quot;&#39;\t\n\u{FFFD}\u{FFFD}x"
        #expect(Escape.html(text) == expected)
        #expect(FastHTMLContentType().escapeText(text) == expected)
        #expect(Escape.html("Thành phố Huế – 87,5") == "Thành phố Huế – 87,5")
    }

    /// Exactly & < > " ' and the control characters other than tab and newline need escaping.
    @Test func bytesThatNeedEscaping() {
        let expected = (0...255).filter { b in [0x26, 0x3C, 0x3E, 0x22, 0x27].contains(b) || (b < 0x20 && b != 0x09 && b != 0x0A) }
        #expect((0...255).filter { Escape.htmlNeedsEscape(UInt8($0)) } == expected)
    }

    @Test func json() {
        #expect(Escape.json("Huế \"x\"\n</script>") == "\"Huế \\\"x\\\"\\n\\u003c/script\\u003e\"")
        #expect(Escape.json("\u{1}") == "\"\\u0001\"")
    }

    @Test func csvFormulaPrefixes() {
        for p in ["=", "+", "-", "@"] {
            #expect(Escape.csvText(p + "SUM(A1)") == "'" + p + "SUM(A1)")
        }
        #expect(Escape.csvText("a,b") == "\"a,b\"")
        #expect(Escape.csvText("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Escape.csvText("Huế") == "Huế")
    }

    /// Spaces before the prefix and the fullwidth forms are run as formulas too (issue 18, item 8).
    @Test func csvFormulaPrefixesAfterSpacesAndFullwidth() {
        for text in ["  =1+1", " @SUM(A1)", "\u{A0}-2", "\u{3000}+3", "＝1+1", "＋1", "－1", "＠SUM(A1)", " ＝HYPERLINK(\"x\")"] {
            #expect(Escape.csvText(text) == Escape.csvRaw("'" + text), "\(text)")
        }
        for text in [" Huế", "  ", "a=b", "Sở Y tế - Huế", "（x）"] {
            #expect(Escape.csvText(text) == Escape.csvRaw(text), "\(text)")
        }
    }
}

import Testing
@testable import ReportSiteContent
import ReportSiteModel

/// The rules for assessment tables that a workbook of `reportsite workbook` relies on: a row with no
/// result is a unit not assessed, the name, province and total columns are the officer's, a total that
/// disagrees with the scores is a warning.
@Suite struct AssessmentTableTests {
    let scheme = Scheme(criteria: [Criterion(id: "x", name: "X", max: Score(hundredths: 5000)),
                                   Criterion(id: "y", name: "Y", max: Score(hundredths: 5000))],
                        classes: [ScoreClass(id: "good", name: "Khá", min: .zero)])

    /// Each row read as an assessment: nil for a unit not assessed, else the record (nil when dropped).
    func read(_ csv: String) -> (rows: [String], diagnostics: [String]) {
        let (records, d0) = csvRecords(csv)
        var d = d0
        let fields = RecordReaders.AssessmentFields(scheme)
        let rows = records.map { r -> String in
            if RecordReaders.notAssessed(r, fields: fields) { return "not assessed" }
            guard let a = RecordReaders.assessment(r, fileYear: 2025, scheme: scheme, fields: fields, diagnostics: &d) else { return "dropped" }
            return "\(a.assessment.unit) \(a.assessment.total)"
        }
        return (rows, d.map(\.description))
    }

    @Test func aRowWithNoResultIsAUnitNotAssessed() {
        let (rows, d) = read("""
            unit,name,province,x,y,total,class,safe,note
            a,Sở A,Huế,10,20.5,30.5,,có,
            b,Sở B,Huế,,,,,,
            c,Sở C,Huế,,,,,có,
            d,Sở D,Huế,12,,,,,
            """)
        #expect(rows == ["a 30.5", "not assessed", "dropped", "dropped"])
        // c chose "có" but typed no score: both scores are named; d typed one of two. (CSV columns count
        // characters.)
        #expect(d == [
            "t.csv:4:12: error: column \"x\": expected a number from 0 to 50, got nothing",
            "t.csv:4:13: error: column \"y\": expected a number from 0 to 50, got nothing",
            "t.csv:5:15: error: column \"y\": expected a number from 0 to 50, got nothing",
        ])
    }

    @Test func aTableWithoutTheCriterionColumnsIsNotTakenForUnitsNotAssessed() {
        let (rows, d) = read("unit,safe\na,\n")
        #expect(rows == ["dropped"])
        #expect(d.first == "t.csv:1:1: error: the table has no \"x\" column, which every assessment needs; add it to the header row and fill it in")
    }

    @Test func aTotalThatDisagreesWithTheScoresIsAWarning() {
        let (rows, d) = read("""
            unit,x,y,total
            a,10,20.5,30.5
            b,10,20,31
            c,10,20,n/a
            """)
        #expect(rows == ["a 30.5", "b 30", "c 30"])
        #expect(d == [
            "t.csv:3:9: warning: column \"total\" shows 31 but the scores add up to 30; the site publishes 30: correct the scores, or recalculate the sheet if a score was changed without it",
            "t.csv:4:9: warning: column \"total\" holds \"n/a\", not a number; the site publishes the sum of the scores, 30",
        ])
    }
}

import ReportSiteModel

/// `rankings/YEAR/provinces.(csv|json)` and `units.(csv|json)` (spec: cli-and-output.md, Output).
///
/// Numbers keep machine form: a point, no thousands separator. mean_score has two decimals and
/// shares four, rounded half away from zero from the exact fractions. Written straight into bytes
/// (`ByteWriter`): the unit files have a row per assessed unit.
enum RankingData {
    static func provincesJSON(_ r: YearRanking, scheme: Scheme) -> [UInt8] {
        var w = ByteWriter(capacity: 400 * r.provinces.count + 8)
        w.put("[\n" as StaticString)
        for (i, p) in r.provinces.enumerated() {
            w.put("  {\"id\": " as StaticString); w.json(p.id)
            w.put(", \"name\": " as StaticString); w.json(p.name)
            w.put(", \"rank\": " as StaticString); w.optionalInt(p.rank)
            w.put(", \"assessed\": " as StaticString); w.int(p.assessed)
            w.put(", \"units\": " as StaticString); w.int(p.units)
            w.put(", \"mean_score\": " as StaticString); w.decimal(p.meanScore, places: 2)
            w.put(", \"share_excellent\": " as StaticString); w.decimal(p.shareExcellent, places: 4)
            w.put(", \"share_safe\": " as StaticString); w.decimal(p.shareSafe, places: 4)
            w.put(", \"classes\": {" as StaticString)
            for (k, c) in p.classes.enumerated() {
                if k > 0 { w.put(", " as StaticString) }
                w.json(c.id); w.put(": " as StaticString); w.int(c.count)
            }
            w.put("}, \"rank_change\": " as StaticString); w.optionalInt(p.rankChange)
            w.put(i == r.provinces.count - 1 ? "}\n" as StaticString : "},\n" as StaticString)
        }
        w.put("]\n" as StaticString)
        return w.bytes
    }

    static func provincesCSV(_ r: YearRanking, scheme: Scheme) -> [UInt8] {
        var w = ByteWriter(capacity: 200 * r.provinces.count + 200)
        w.put("id,name,rank,assessed,units,mean_score,share_excellent,share_safe," as StaticString)
        for (k, c) in scheme.classes.enumerated() {
            if k > 0 { w.byte(0x2C) }
            w.csvText("class_" + c.id)
        }
        w.put(",rank_change\n" as StaticString)
        for p in r.provinces {
            w.csvRaw(p.id); w.byte(0x2C)
            w.csvText(p.name); w.byte(0x2C)
            if let rank = p.rank { w.int(rank) }
            w.byte(0x2C); w.int(p.assessed)
            w.byte(0x2C); w.int(p.units)
            w.byte(0x2C); if let m = p.meanScore { w.decimal(m, places: 2) }
            w.byte(0x2C); if let s = p.shareExcellent { w.decimal(s, places: 4) }
            w.byte(0x2C); if let s = p.shareSafe { w.decimal(s, places: 4) }
            for c in p.classes { w.byte(0x2C); w.int(c.count) }
            w.byte(0x2C); if let c = p.rankChange { w.int(c) }
            w.byte(0x0A)
        }
        return w.bytes
    }

    static func unitsJSON(_ r: YearRanking, scheme: Scheme) -> [UInt8] {
        var w = ByteWriter(capacity: (330 + 24 * scheme.criteria.count) * r.units.count + 8)
        w.put("[\n" as StaticString)
        for (i, u) in r.units.enumerated() {
            w.put("  {\"id\": " as StaticString); w.json(u.id)
            w.put(", \"name\": " as StaticString); w.json(u.name)
            w.put(", \"kind\": " as StaticString); w.json(u.kind.rawValue)
            w.put(", \"province\": " as StaticString)
            if let p = u.province { w.json(p) } else { w.put("null" as StaticString) }
            w.put(", \"home_province\": " as StaticString); w.json(u.homeProvince)
            w.put(", \"total\": " as StaticString); w.fixed(u.total.hundredths, places: 2)
            w.put(", \"class\": " as StaticString); w.json(u.classId)
            w.put(u.safe ? ", \"safe\": true" as StaticString : ", \"safe\": false" as StaticString)
            w.put(", \"rank_in_province\": " as StaticString); w.optionalInt(u.rankInProvince)
            w.put(", \"rank_national\": " as StaticString); w.int(u.rankNational)
            w.put(", \"scores\": {" as StaticString)
            for (k, (c, s)) in zip(scheme.criteria, u.scores).enumerated() {
                if k > 0 { w.put(", " as StaticString) }
                w.json(c.id); w.put(": " as StaticString); w.fixed(s.hundredths, places: 2)
            }
            w.put(i == r.units.count - 1 ? "}}\n" as StaticString : "}},\n" as StaticString)
        }
        w.put("]\n" as StaticString)
        return w.bytes
    }

    static func unitsCSV(_ r: YearRanking, scheme: Scheme) -> [UInt8] {
        var w = ByteWriter(capacity: (150 + 7 * scheme.criteria.count) * r.units.count + 200)
        w.put("id,name,kind,province,home_province,total,class,safe,rank_in_province,rank_national" as StaticString)
        for c in scheme.criteria { w.byte(0x2C); w.csvText(c.id) }
        w.byte(0x0A)
        for u in r.units {
            w.csvRaw(u.id); w.byte(0x2C)
            w.csvText(u.name); w.byte(0x2C)
            w.put(u.kind.rawValue); w.byte(0x2C)
            if let p = u.province { w.put(p) }
            w.byte(0x2C); w.put(u.homeProvince)
            w.byte(0x2C); w.fixed(u.total.hundredths, places: 2)
            w.byte(0x2C); w.csvRaw(u.classId)
            w.put(u.safe ? ",true," as StaticString : ",false," as StaticString)
            if let r = u.rankInProvince { w.int(r) }
            w.byte(0x2C); w.int(u.rankNational)
            for s in u.scores { w.byte(0x2C); w.fixed(s.hundredths, places: 2) }
            w.byte(0x0A)
        }
        return w.bytes
    }
}

private extension ByteWriter {
    mutating func optionalInt(_ n: Int?) {
        if let n { int(n) } else { put("null" as StaticString) }
    }

    /// A fraction rounded to `places` decimals (`Fraction.decimalString`), or null.
    mutating func decimal(_ f: Fraction?, places: Int) {
        if let f { fixed(f.rounded(places: places), places: places) } else { put("null" as StaticString) }
    }
}

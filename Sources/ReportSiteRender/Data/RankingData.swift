import ReportSiteModel

/// `rankings/YEAR/provinces.(csv|json)` and `units.(csv|json)` (spec: cli-and-output.md, Output).
///
/// Numbers keep machine form: a point, no thousands separator. mean_score has two decimals and
/// shares four, rounded half away from zero from the exact fractions.
enum RankingData {
    static func provincesJSON(_ r: YearRanking, scheme: Scheme) -> String {
        var out = "[\n"
        for (i, p) in r.provinces.enumerated() {
            out += "  {\"id\": \(Escape.json(p.id)), \"name\": \(Escape.json(p.name)), \"rank\": \(p.rank.map(String.init) ?? "null"), "
            out += "\"assessed\": \(p.assessed), \"units\": \(p.units), \"mean_score\": \(p.meanScore.map { $0.decimalString(places: 2) } ?? "null"), "
            out += "\"share_excellent\": \(p.shareExcellent.map { $0.decimalString(places: 4) } ?? "null"), "
            out += "\"share_safe\": \(p.shareSafe.map { $0.decimalString(places: 4) } ?? "null"), "
            out += "\"classes\": {" + p.classes.map { "\(Escape.json($0.id)): \($0.count)" }.joined(separator: ", ") + "}, "
            out += "\"rank_change\": \(p.rankChange.map(String.init) ?? "null")}"
            out += i == r.provinces.count - 1 ? "\n" : ",\n"
        }
        return out + "]\n"
    }

    static func provincesCSV(_ r: YearRanking, scheme: Scheme) -> String {
        var out = "id,name,rank,assessed,units,mean_score,share_excellent,share_safe," + scheme.classes.map { Escape.csvText("class_" + $0.id) }.joined(separator: ",") + ",rank_change\n"
        for p in r.provinces {
            var cells = [Escape.csvRaw(p.id), Escape.csvText(p.name), p.rank.map(String.init) ?? "", String(p.assessed), String(p.units)]
            cells.append(p.meanScore.map { $0.decimalString(places: 2) } ?? "")
            cells.append(p.shareExcellent.map { $0.decimalString(places: 4) } ?? "")
            cells.append(p.shareSafe.map { $0.decimalString(places: 4) } ?? "")
            cells += p.classes.map { String($0.count) }
            cells.append(p.rankChange.map(String.init) ?? "")
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    static func unitsJSON(_ r: YearRanking, scheme: Scheme) -> String {
        var out = "[\n"
        for (i, u) in r.units.enumerated() {
            out += "  {\"id\": \(Escape.json(u.id)), \"name\": \(Escape.json(u.name)), \"kind\": \(Escape.json(u.kind.rawValue)), "
            out += "\"province\": \(u.province.map(Escape.json) ?? "null"), \"home_province\": \(Escape.json(u.homeProvince)), "
            out += "\"total\": \(u.total.twoDecimals), \"class\": \(Escape.json(u.classId)), \"safe\": \(u.safe), "
            out += "\"rank_in_province\": \(u.rankInProvince.map(String.init) ?? "null"), \"rank_national\": \(u.rankNational), "
            out += "\"scores\": {" + zip(scheme.criteria, u.scores).map { "\(Escape.json($0.id)): \($1.twoDecimals)" }.joined(separator: ", ") + "}}"
            out += i == r.units.count - 1 ? "\n" : ",\n"
        }
        return out + "]\n"
    }

    static func unitsCSV(_ r: YearRanking, scheme: Scheme) -> String {
        var out = "id,name,kind,province,home_province,total,class,safe,rank_in_province,rank_national," + scheme.criteria.map { Escape.csvText($0.id) }.joined(separator: ",") + "\n"
        for u in r.units {
            var cells = [Escape.csvRaw(u.id), Escape.csvText(u.name), u.kind.rawValue, u.province ?? "", u.homeProvince, u.total.twoDecimals]
            cells += [Escape.csvRaw(u.classId), u.safe ? "true" : "false", u.rankInProvince.map(String.init) ?? "", String(u.rankNational)]
            cells += u.scores.map(\.twoDecimals)
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }
}

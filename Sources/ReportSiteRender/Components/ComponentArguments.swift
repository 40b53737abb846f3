import ReportSiteModel

/// A fence's parameters read as values, each problem reported at its location; `ok` turns false at the
/// first parameter refused.
struct ComponentArguments {
    let request: ComponentRequest
    let values: [String: Located<String>]
    let model: RenderModel
    var diagnostics: [Diagnostic] = []
    var ok = true

    /// `year`, or the current year when it is not given.
    mutating func year() -> Int? {
        guard let y = values["year"] else {
            if model.currentYear == nil {
                diagnostics.append(.error("component-parameter", at: request.location, Message("component-parameter.no-year", ["component": .text(request.name)])))
                ok = false
            }
            return model.currentYear
        }
        guard let v = Int(y.value), model.years.contains(v) || v == model.currentYear else {
            let known = model.years.map(String.init)
            diagnostics.append(.error("component-parameter", at: y.location, Message("component-parameter.year", [
                "component": .text(request.name), "year": .text(y.value),
                "years": known.isEmpty ? .message(Message("component-parameter.no-years")) : .list(known),
            ])))
            ok = false
            return nil
        }
        return v
    }

    mutating func top() -> Int? {
        guard let x = values["top"] else { return nil }
        guard let v = Int(x.value), v > 0 else {
            diagnostics.append(.error("component-parameter", at: x.location, Message("component-parameter.top", ["component": .text(request.name), "value": .text(x.value)])))
            ok = false
            return nil
        }
        return v
    }

    mutating func kind() -> UnitKind? {
        guard let x = values["kind"] else { return nil }
        guard let k = UnitKind(word: x.value) else {
            diagnostics.append(.error("component-parameter", at: x.location, Message("component-parameter.kind", [
                "component": .text(request.name), "value": .text(x.value), "hint": Suggestion.hint(for: x.value, in: UnitKind.allWords),
            ])))
            ok = false
            return nil
        }
        return k
    }

    mutating func province() -> String? {
        guard let x = values["province"] else { return nil }
        guard model.provincesByID[x.value] != nil else {
            diagnostics.append(.error("component-parameter", at: x.location, Message("component-parameter.province", [
                "component": .text(request.name), "value": .text(x.value), "hint": Suggestion.hint(for: x.value, in: model.site.provinces.map(\.id)),
            ])))
            ok = false
            return nil
        }
        return x.value
    }

    /// `scope` of a directive list: "national" or a province id.
    mutating func scope() -> String? {
        guard let s = values["scope"] else { return nil }
        if s.value == "national" || model.provincesByID[s.value] != nil { return s.value }
        diagnostics.append(.error("component-parameter", at: s.location, Message("component-parameter.scope", [
            "value": .text(s.value), "hint": Suggestion.hint(for: s.value, in: model.site.provinces.map(\.id) + ["national"]),
        ])))
        ok = false
        return nil
    }

    /// `kind` of a directive list.
    mutating func directiveKind() -> DirectiveKind? {
        guard let k = values["kind"] else { return nil }
        guard let kind = DirectiveKind(word: k.value) else {
            diagnostics.append(.error("component-parameter", at: k.location, Message("component-parameter.directive-kind", [
                "value": .text(k.value), "hint": Suggestion.hint(for: k.value, in: DirectiveKind.allWords),
            ])))
            ok = false
            return nil
        }
        return kind
    }
}

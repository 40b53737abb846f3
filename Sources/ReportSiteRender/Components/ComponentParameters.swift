import ReportSiteContent
import ReportSiteModel
import Yams

/// Parameters of a component, read from the YAML body of its fence, each with its location.
struct ComponentParameters {
    var values: [String: Located<String>] = [:]

    /// The parameters of `request`, which may name only those `allowed`; nil when any is wrong.
    static func parse(_ request: ComponentRequest, allowed: [String], diagnostics: inout [Diagnostic]) -> ComponentParameters? {
        var out = ComponentParameters()
        let file = request.location.file
        let offset = request.parametersFirstLine - 1
        // cmark strips the fence's indentation from the body; put it back for columns.
        let indent = request.location.column - 1
        let text = request.parameters
        if text.isBlank { return out }
        let node: Node?
        do {
            node = try YAMLGuard.compose(text, .default)
        } catch let refused as YAMLGuard.Refused {
            diagnostics.append(.error(YAMLGuard.Refused.code, at: SourceLocation(file: file, line: refused.line + offset, column: refused.column + indent),
                                      Message(YAMLGuard.Refused.code + ".component", ["component": .text(request.name), "problem": .message(refused.message)])))
            return nil
        } catch let error as YamlError {
            var mark: Mark?
            var problem = "\(error)"
            switch error {
            case let .scanner(_, p, m, _), let .parser(_, p, m, _), let .composer(_, p, m, _):
                mark = m
                problem = p
            default: break
            }
            diagnostics.append(.error("yaml-syntax", at: SourceLocation(file: file, line: (mark?.line ?? 1) + offset, column: (mark?.column ?? 1) + indent),
                                      Message("yaml-syntax.component", ["component": .text(request.name), "problem": .text(problem)])))
            return nil
        } catch {
            diagnostics.append(.error("yaml-syntax", at: request.location, Message("yaml-syntax.component", ["component": .text(request.name), "problem": "\(error)"])))
            return nil
        }
        guard let node, case .mapping(let mapping) = node else {
            diagnostics.append(.error("component-parameter", at: SourceLocation(file: file, line: request.parametersFirstLine, column: 1),
                                      Message("component-parameter.mapping", ["component": .text(request.name)])))
            return nil
        }
        var ok = true
        for (k, v) in mapping {
            let key = k.string ?? ""
            let loc = SourceLocation(file: file, line: (k.mark?.line ?? 1) + offset, column: (k.mark?.column ?? 1) + indent)
            guard allowed.contains(key) else {
                diagnostics.append(.error("component-parameter", at: loc,
                    Message("component-parameter.unknown", ["component": .text(request.name), "name": .text(key),
                                                             "hint": Suggestion.hint(for: key, in: allowed), "allowed": .list(allowed)])))
                ok = false
                continue
            }
            guard case .scalar(let s) = v else {
                diagnostics.append(.error("component-parameter", at: loc, Message("component-parameter.single", ["component": .text(request.name), "name": .text(key)])))
                ok = false
                continue
            }
            let vloc = SourceLocation(file: file, line: (v.mark?.line ?? 1) + offset, column: (v.mark?.column ?? 1) + indent)
            out.values[key] = Located(s.string, at: vloc)
        }
        return ok ? out : nil
    }
}

import Foundation

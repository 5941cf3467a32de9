/// A semantic name for how something looks (`border.active`, `size.bar`), never a widget internal.
///
/// Roles are dotted paths; a theme that lacks `edge.copy` falls back to `edge`, then to `text`.
public struct ThemeRole: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// The dotted name, as written in theme files.
  public let name: String

  /// A role with the given dotted name.
  public init(_ name: String) { self.name = name }
  public init(stringLiteral value: String) { self.name = value }

  public var description: String { name }

  public static func < (lhs: ThemeRole, rhs: ThemeRole) -> Bool { lhs.name < rhs.name }

  /// The role one level up (`edge.copy` → `edge`), or nil for a top-level role.
  public var parent: ThemeRole? {
    guard let dot = name.lastIndex(of: ".") else { return nil }
    return ThemeRole(String(name[..<dot]))
  }
}

extension ThemeRole {
  public static let borderActive: ThemeRole = "border.active"
  public static let borderInactive: ThemeRole = "border.inactive"
  public static let title: ThemeRole = "title"
  public static let text: ThemeRole = "text"
  public static let textDim: ThemeRole = "text.dim"
  public static let selection: ThemeRole = "selection"
  public static let stageNode: ThemeRole = "stage.node"
  public static let stageTarget: ThemeRole = "stage.target"
  public static let stageUnreachable: ThemeRole = "stage.unreachable"
  public static let stageExternal: ThemeRole = "stage.external"
  public static let edgeBase: ThemeRole = "edge.base"
  public static let edgeCopy: ThemeRole = "edge.copy"
  public static let edgeMount: ThemeRole = "edge.mount"
  public static let edgeLabel: ThemeRole = "edge.label"
  public static let sizeBar: ThemeRole = "size.bar"
  public static let sizeNumber: ThemeRole = "size.number"
  public static let provenanceMeasured: ThemeRole = "provenance.measured"
  public static let provenanceCatalog: ThemeRole = "provenance.catalog"
  public static let provenanceEstimate: ThemeRole = "provenance.estimate"
  public static let provenanceUnknown: ThemeRole = "provenance.unknown"
  public static let verdictOK: ThemeRole = "verdict.ok"
  public static let verdictWarning: ThemeRole = "verdict.warning"
  public static let verdictBreaks: ThemeRole = "verdict.breaks"
  public static let diagnosticError: ThemeRole = "diagnostic.error"
  public static let diagnosticWarning: ThemeRole = "diagnostic.warning"
  public static let status: ThemeRole = "status"
  public static let helpKey: ThemeRole = "help.key"
  public static let diffAdded: ThemeRole = "diff.added"
  public static let diffRemoved: ThemeRole = "diff.removed"
  public static let swapChanged: ThemeRole = "swap.changed"
  public static let popup: ThemeRole = "popup"
  public static let input: ThemeRole = "input"
  public static let cursor: ThemeRole = "cursor"

  /// The roles every shipped theme defines.
  public static let standard: [ThemeRole] = [
    .borderActive, .borderInactive, .title, .text, .textDim, .selection,
    .stageNode, .stageTarget, .stageUnreachable, .stageExternal,
    .edgeBase, .edgeCopy, .edgeMount, .edgeLabel, .sizeBar, .sizeNumber,
    .provenanceMeasured, .provenanceCatalog, .provenanceEstimate, .provenanceUnknown,
    .verdictOK, .verdictWarning, .verdictBreaks, .diagnosticError, .diagnosticWarning,
    .status, .helpKey, .diffAdded, .diffRemoved, .swapChanged, .popup, .input, .cursor,
  ]
}

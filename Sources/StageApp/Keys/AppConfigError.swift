/// Why a config file could not be used; every case names the file, and a bad key its dotted path.
public enum AppConfigError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not valid TOML.
  case invalidTOML(path: String, line: Int, column: Int, reason: String)
  /// A key holds a value that is not allowed there.
  case invalidValue(path: String, key: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read config: \(reason)"
    case .invalidTOML(let path, let line, let column, let reason):
      return "\(path):\(line):\(column): invalid TOML: \(reason)"
    case .invalidValue(let path, let key, let reason):
      return "\(path): \(key): \(reason)"
    }
  }

  static let unknownTopLevel = "unknown key; a config file has theme and [keys.<context>] tables"
  static let notAString = "expected a string"
  static let notATable = "expected a table"
  static let unknownContext =
    "unknown context; use " + KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
  static let notKeys = "expected a key name or a list of key names, e.g. \"s\" or [\"s\", \"ctrl+s\"]"
  static let emptyKeys = "an action needs at least one key"

  static func unknownAction(in context: KeyContext, table: KeyTable) -> String {
    "no such action in \(context.rawValue); use "
      + table.bindings(in: context).map(\.action.rawValue).joined(separator: ", ")
  }

  static func badKey(_ text: String, _ problem: String) -> String {
    "'\(text)' is not a key: \(problem); write keys like \"j\", \"ctrl+c\", \"shift+tab\", \"f5\""
  }

  static func conflict(_ key: String, with other: KeyAction) -> String {
    "'\(key)' is already bound to \(other.rawValue) in the same context"
  }
}

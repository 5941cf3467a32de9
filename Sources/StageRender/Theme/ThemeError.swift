/// Why a theme file could not be used; every case names the file.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not valid TOML.
  case invalidTOML(path: String, line: Int, column: Int, reason: String)
  /// A key holds a value that is not allowed there.
  case invalidValue(path: String, key: String, reason: String)
  /// No built-in theme has this name.
  case unknownTheme(name: String)

  /// The file the error is about (the theme name for `unknownTheme`).
  public var path: String {
    switch self {
    case .unreadable(let path, _), .invalidTOML(let path, _, _, _), .invalidValue(let path, _, _):
      return path
    case .unknownTheme(let name):
      return name
    }
  }

  /// The dotted key at fault, or nil when the error is not about one key.
  public var key: String? {
    if case .invalidValue(_, let key, _) = self { return key }
    return nil
  }

  /// What is wrong, in words.
  public var reason: String {
    switch self {
    case .unreadable(_, let reason), .invalidTOML(_, _, _, let reason), .invalidValue(_, _, let reason):
      return reason
    case .unknownTheme:
      return ThemeError.unknownThemeReason + BuiltinThemes.names.joined(separator: ", ")
    }
  }

  public var description: String {
    switch self {
    case .unreadable(let path, let reason) where reason == ThemeError.noSuchFile:
      return "\(path): cannot read theme: \(reason) — give a theme file or one of the built-in themes: "
        + BuiltinThemes.names.joined(separator: ", ")
    case .unreadable(let path, let reason):
      return "\(path): cannot read theme: \(reason)"
    case .invalidTOML(let path, let line, let column, let reason):
      return "\(path):\(line):\(column): invalid TOML: \(reason)"
    case .invalidValue(let path, let key, let reason):
      return "\(path): \(key): \(reason)"
    case .unknownTheme(let name):
      return "\(name): \(reason)"
    }
  }

  static let noSuchFile = "no such file"
  static let unknownThemeReason = "no built-in theme of this name; choose one of "
  static let notATable = "expected a table of roles"
  static let notAStyle = "expected a style table with fg, bg and attributes"
  static let unknownStyleKey = "unknown key; a style has fg, bg and attributes"
  static let notAString = "expected a string"
  static let badColor =
    "not a colour; use default, an ANSI name (red, bright-blue), 0-255 or \"#rrggbb\""
  static let notAnAttributeList = "expected a list of attribute names"
  static let badAttribute = "unknown attribute; use bold, dim, italic, underline, reverse"
}

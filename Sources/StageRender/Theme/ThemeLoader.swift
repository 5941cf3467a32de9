import Foundation
import TOMLKit

/// Reads themes from TOML.
///
/// ```toml
/// name = "default-dark"
/// [roles]
/// "border.active" = { fg = "cyan", attributes = ["bold"] }
/// edge.copy = { fg = "#5fafff" }
/// ```
/// Roles may be quoted dotted keys or nested tables; colours are names, 0–255 or `"#rrggbb"`.
public enum ThemeLoader {
  /// Loads the theme file at `path`.
  public static func load(path: String) throws(ThemeError) -> Theme {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .unreadable(path: path, reason: ThemeLoader.unreadableReason(path: path))
    }
    let fallbackName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return try parse(text, path: path, defaultName: fallbackName)
  }

  /// Parses theme TOML; `path` is used only in errors.
  public static func parse(_ text: String, path: String, defaultName: String) throws(ThemeError) -> Theme {
    let document: TOMLTable
    do {
      document = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw .invalidTOML(
        path: path, line: error.source.begin.line, column: error.source.begin.column,
        reason: error.description)
    } catch {
      throw .invalidTOML(path: path, line: 0, column: 0, reason: String(describing: error))
    }
    var name = defaultName
    var styles: [ThemeRole: Style] = [:]
    for key in document.keys {
      guard let value = document[key] else { continue }
      switch key {
      case "name":
        guard let string = value.string else {
          throw .invalidValue(path: path, key: key, reason: ThemeError.notAString)
        }
        name = string
      case "roles":
        guard let table = value.table else {
          throw .invalidValue(path: path, key: key, reason: ThemeError.notATable)
        }
        try collect(table, prefix: "", path: path, into: &styles)
      default:
        throw .invalidValue(path: path, key: key, reason: ThemeLoader.unknownTopLevelKey)
      }
    }
    return Theme(name: name, styles: styles)
  }

  static let unknownTopLevelKey = "unknown key; a theme file has name and [roles]"
  static let styleKeys: Set<String> = ["fg", "bg", "attributes"]

  static func unreadableReason(path: String) -> String {
    FileManager.default.fileExists(atPath: path) ? "not readable as UTF-8 text" : ThemeError.noSuchFile
  }

  private static func collect(
    _ table: TOMLTable, prefix: String, path: String, into styles: inout [ThemeRole: Style]
  ) throws(ThemeError) {
    let keys = table.keys
    if keys.isEmpty || keys.contains(where: { styleKeys.contains($0) }) {
      styles[ThemeRole(prefix)] = try style(from: table, role: prefix, path: path)
    }
    for key in keys where !styleKeys.contains(key) {
      let rolePath = prefix.isEmpty ? key : prefix + "." + key
      guard let nested = table[key]?.table else {
        let reason = prefix.isEmpty ? ThemeError.notAStyle : ThemeError.unknownStyleKey
        throw .invalidValue(path: path, key: "roles." + rolePath, reason: reason)
      }
      try collect(nested, prefix: rolePath, path: path, into: &styles)
    }
  }

  private static func style(from table: TOMLTable, role: String, path: String) throws(ThemeError) -> Style {
    var style = Style()
    let keyPrefix = "roles." + role + "."
    if let value = table["fg"] {
      style.foreground = try color(value, key: keyPrefix + "fg", path: path)
    }
    if let value = table["bg"] {
      style.background = try color(value, key: keyPrefix + "bg", path: path)
    }
    if let value = table["attributes"] {
      guard let list = value.array else {
        throw .invalidValue(path: path, key: keyPrefix + "attributes", reason: ThemeError.notAnAttributeList)
      }
      for (index, entry) in list.enumerated() {
        let key = keyPrefix + "attributes[\(index)]"
        guard let name = entry.string else {
          throw .invalidValue(path: path, key: key, reason: ThemeError.notAString)
        }
        guard let attribute = TextAttributes(name: name) else {
          throw .invalidValue(path: path, key: key, reason: ThemeError.badAttribute)
        }
        style.attributes.insert(attribute)
      }
    }
    return style
  }

  private static func color(_ value: TOMLValueConvertible, key: String, path: String) throws(ThemeError)
    -> Color
  {
    if let index = value.int {
      guard let byte = UInt8(exactly: index) else {
        throw .invalidValue(path: path, key: key, reason: ThemeError.badColor)
      }
      return .indexed(byte)
    }
    guard let text = value.string else {
      throw .invalidValue(path: path, key: key, reason: ThemeError.badColor)
    }
    guard let color = Color(parsing: text) else {
      throw .invalidValue(path: path, key: key, reason: ThemeError.badColor)
    }
    return color
  }
}

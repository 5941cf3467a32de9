import Foundation
import StageRender
import TOMLKit

/// The user's config file: a theme and key bindings laid over the defaults.
///
/// ```toml
/// theme = "light"
/// [keys.global]
/// swap = ["S", "ctrl+s"]
/// [keys.graph]
/// down = "n"
/// ```
public struct AppConfig: Hashable, Sendable {
  /// The theme name or path, when the file sets one.
  public var theme: String?
  /// The key bindings, defaults with the file's changes.
  public var keys: KeyTable

  /// The defaults.
  public init(theme: String? = nil, keys: KeyTable = .defaults) {
    self.theme = theme
    self.keys = keys
  }

  /// Where the config file is looked for: `$XDG_CONFIG_HOME/stagetui/config.toml`, else
  /// `~/.config/stagetui/config.toml`.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty {
      return base + "/stagetui/config.toml"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return home + "/.config/stagetui/config.toml"
    }
    return nil
  }

  /// Reads the file at `path`.
  public static func load(path: String) throws(AppConfigError) -> AppConfig {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "not readable as UTF-8 text" : "no such file"
      throw .unreadable(path: path, reason: reason)
    }
    return try parse(text, path: path)
  }

  /// Parses config TOML; `path` is used only in errors.
  public static func parse(_ text: String, path: String) throws(AppConfigError) -> AppConfig {
    let document: TOMLTable
    do {
      document = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw .invalidTOML(
        path: path, line: error.source.begin.line, column: error.source.begin.column, reason: error.description)
    } catch {
      throw .invalidTOML(path: path, line: 0, column: 0, reason: String(describing: error))
    }
    var config = AppConfig()
    for key in document.keys.sorted() {
      guard let value = document[key] else { continue }
      switch key {
      case "theme":
        guard let name = value.string else {
          throw .invalidValue(path: path, key: key, reason: AppConfigError.notAString)
        }
        config.theme = name
      case "keys":
        guard let table = value.table else {
          throw .invalidValue(path: path, key: key, reason: AppConfigError.notATable)
        }
        try readKeys(table, path: path, into: &config.keys)
      default:
        throw .invalidValue(path: path, key: key, reason: AppConfigError.unknownTopLevel)
      }
    }
    return config
  }

  private static func readKeys(_ table: TOMLTable, path: String, into keys: inout KeyTable) throws(AppConfigError) {
    for contextName in table.keys.sorted() {
      let dotted = "keys." + contextName
      guard let context = KeyContext(rawValue: contextName) else {
        throw .invalidValue(path: path, key: dotted, reason: AppConfigError.unknownContext)
      }
      guard let actions = table[contextName]?.table else {
        throw .invalidValue(path: path, key: dotted, reason: AppConfigError.notATable)
      }
      var changed: [(String, KeyAction)] = []
      for actionName in actions.keys.sorted() {
        let actionKey = dotted + "." + actionName
        guard let action = KeyAction(rawValue: actionName), keys.binding(action, in: context) != nil else {
          throw .invalidValue(
            path: path, key: actionKey, reason: AppConfigError.unknownAction(in: context, table: keys))
        }
        let names: [(String, String)]
        if let single = actions[actionName]?.string {
          names = [(actionKey, single)]
        } else if let list = actions[actionName]?.array {
          var collected: [(String, String)] = []
          for (index, entry) in list.enumerated() {
            guard let name = entry.string else {
              throw .invalidValue(path: path, key: actionKey + "[\(index)]", reason: AppConfigError.notKeys)
            }
            collected.append((actionKey + "[\(index)]", name))
          }
          names = collected
        } else {
          throw .invalidValue(path: path, key: actionKey, reason: AppConfigError.notKeys)
        }
        guard !names.isEmpty else {
          throw .invalidValue(path: path, key: actionKey, reason: AppConfigError.emptyKeys)
        }
        var events: [KeyEvent] = []
        for (key, name) in names {
          let event: KeyEvent
          do {
            event = try KeyEvent(parsing: name)
          } catch {
            throw .invalidValue(path: path, key: key, reason: AppConfigError.badKey(name, problem(error)))
          }
          events.append(event)
        }
        keys.rebind(action, in: context, to: events)
        changed.append((actionKey, action))
      }
      try checkConflicts(keys, context: context, changed: changed, path: path)
    }
  }

  /// Fails when a changed action shares a key with another action of the same context.
  private static func checkConflicts(
    _ keys: KeyTable, context: KeyContext, changed: [(String, KeyAction)], path: String
  ) throws(AppConfigError) {
    for (dotted, action) in changed {
      guard let binding = keys.binding(action, in: context) else { continue }
      for event in binding.keys {
        let others = keys.bindings(in: context).filter { $0.action != action && $0.keys.contains(event) }
        if let other = others.first {
          throw .invalidValue(
            path: path, key: dotted, reason: AppConfigError.conflict(event.description, with: other.action))
        }
      }
    }
  }

  private static func problem(_ error: KeyEvent.ParseError) -> String {
    switch error {
    case .empty: "it is empty"
    case .unknownModifier(let part): "unknown modifier '\(part)' (use ctrl, alt, shift)"
    case .unknownKey(let part): "unknown key name '\(part)'"
    }
  }
}

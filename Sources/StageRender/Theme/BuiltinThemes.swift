/// The themes compiled into the binary, embedded from `Themes/*.toml` by `Scripts/render/embed-themes.py`.
public enum BuiltinThemes {
  /// The theme used when none is chosen.
  public static let defaultName = "default-dark"
  /// The theme used under `NO_COLOR` or on a terminal without colour.
  public static let monochromeName = "monochrome"

  /// Names of all built-in themes, sorted.
  public static var names: [String] { sources.map(\.name) }

  /// The embedded TOML text of the theme called `name`, if there is one.
  public static func source(named name: String) -> String? {
    sources.first { $0.name == name }?.toml
  }

  /// Parses the built-in theme called `name`.
  public static func theme(named name: String) throws(ThemeError) -> Theme {
    guard let text = source(named: name) else { throw .unknownTheme(name: name) }
    return try ThemeLoader.parse(text, path: "<built-in \(name)>", defaultName: name)
  }
}

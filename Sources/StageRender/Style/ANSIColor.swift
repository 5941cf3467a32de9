/// The 16 named ANSI colours, numbered as terminals number them (0–15).
public enum ANSIColor: UInt8, CaseIterable, Sendable {
  case black, red, green, yellow, blue, magenta, cyan, white
  case brightBlack, brightRed, brightGreen, brightYellow
  case brightBlue, brightMagenta, brightCyan, brightWhite

  /// The name used in theme files: `"red"`, `"bright-red"`.
  public var name: String {
    let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    let index = Int(rawValue % 8)
    return rawValue >= 8 ? "bright-" + base[index] : base[index]
  }

  /// Reads a colour name, ignoring case, `-`, `_` and spaces (`"bright-red"`, `"brightRed"`);
  /// `"gray"`/`"grey"` is bright black.
  public init?(name: String) {
    let folded = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
    if folded == "gray" || folded == "grey" {
      self = .brightBlack
      return
    }
    guard let match = ANSIColor.allCases.first(where: { $0.name.filter { $0 != "-" } == folded })
    else { return nil }
    self = match
  }

  /// The normal-intensity counterpart (`brightRed` → `red`).
  public var withoutBrightness: ANSIColor {
    ANSIColor(rawValue: rawValue % 8) ?? self
  }
}

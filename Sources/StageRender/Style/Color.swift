/// A terminal colour: the terminal's default, one of the 16 ANSI colours, a 256-colour index or 24-bit RGB.
public enum Color: Hashable, Sendable {
  /// The terminal's own foreground or background colour.
  case `default`
  /// One of the 16 named ANSI colours.
  case ansi(ANSIColor)
  /// An index into the xterm 256-colour palette.
  case indexed(UInt8)
  /// A 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)

  /// Parses `"default"`, an ANSI name (`"red"`, `"bright-blue"`), an index `"0"`–`"255"` or `"#rrggbb"`.
  public init?(parsing text: String) {
    let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    if trimmed.lowercased() == "default" || trimmed.lowercased() == "none" {
      self = .default
    } else if let named = ANSIColor(name: trimmed) {
      self = .ansi(named)
    } else if let index = UInt8(trimmed) {
      self = .indexed(index)
    } else if trimmed.hasPrefix("#"), trimmed.count == 7,
      let value = UInt32(trimmed.dropFirst(), radix: 16)
    {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// The text form that `init(parsing:)` reads back.
  public var name: String {
    switch self {
    case .default: return "default"
    case .ansi(let color): return color.name
    case .indexed(let index): return String(index)
    case .rgb(let red, let green, let blue):
      return "#"
        + [red, green, blue].map { byte in
          let hex = String(byte, radix: 16)
          return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
  }

  /// The RGB value this colour shows as on an xterm-like palette, or nil for `.default`.
  public var rgbValue: (red: UInt8, green: UInt8, blue: UInt8)? {
    switch self {
    case .default: return nil
    case .ansi(let color): return XtermPalette.rgb(ofIndex: color.rawValue)
    case .indexed(let index): return XtermPalette.rgb(ofIndex: index)
    case .rgb(let red, let green, let blue): return (red, green, blue)
    }
  }

  /// This colour expressed with what a terminal of `capability` can show, by nearest-colour matching.
  public func degraded(to capability: ColorCapability) -> Color {
    switch (capability, self) {
    case (_, .default), (.truecolor, _):
      return self
    case (.monochrome, _):
      return .default
    case (.indexed256, .rgb(let red, let green, let blue)):
      return .indexed(XtermPalette.nearestIndex256(red: red, green: green, blue: blue))
    case (.indexed256, _):
      return self
    case (.ansi16, .ansi):
      return self
    case (.ansi16, _):
      return nearestANSI(limit: 16)
    case (.ansi8, .ansi(let color)):
      return .ansi(color.withoutBrightness)
    case (.ansi8, _):
      return nearestANSI(limit: 8)
    }
  }

  private func nearestANSI(limit: UInt8) -> Color {
    if case .indexed(let index) = self, index < limit {
      return .ansi(ANSIColor(rawValue: index) ?? .white)
    }
    guard let value = rgbValue else { return .default }
    let index = XtermPalette.nearestIndex(
      red: value.red, green: value.green, blue: value.blue, among: 0...(limit - 1))
    return .ansi(ANSIColor(rawValue: index) ?? .white)
  }
}

extension Theme {
  /// The built-in default theme (`default-dark`).
  public static var defaultTheme: Theme {
    (try? BuiltinThemes.theme(named: BuiltinThemes.defaultName)) ?? Theme(name: "plain", styles: [:])
  }

  /// The built-in monochrome theme: attributes only, no colour.
  public static var monochrome: Theme {
    (try? BuiltinThemes.theme(named: BuiltinThemes.monochromeName)) ?? Theme(name: "plain", styles: [:])
  }

  /// The theme to draw with, given the process environment and the terminal's colour capability.
  ///
  /// `NO_COLOR` set to a non-empty value (see no-color.org), or a terminal without colour,
  /// selects the monochrome theme; otherwise every colour is degraded to `capability`.
  public func effective(environment: [String: String], capability: ColorCapability) -> Theme {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    if noColor || capability == .monochrome {
      return Theme.monochrome
    }
    return degraded(to: capability)
  }
}

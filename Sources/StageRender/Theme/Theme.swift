/// A mapping from semantic roles to styles.
public struct Theme: Hashable, Sendable {
  /// The theme's name (from its file's `name` key, or the file name).
  public var name: String
  /// The styles defined, by role.
  public var styles: [ThemeRole: Style]

  /// A theme with the given styles.
  public init(name: String, styles: [ThemeRole: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style for `role`, falling back to its parent roles, then to `text`, then to the plain style.
  public func style(_ role: ThemeRole) -> Style {
    var current: ThemeRole? = role
    while let candidate = current {
      if let style = styles[candidate] { return style }
      current = candidate.parent
    }
    return styles[.text] ?? .plain
  }

  /// The theme with every colour reduced to what `capability` can show.
  public func degraded(to capability: ColorCapability) -> Theme {
    Theme(name: name, styles: styles.mapValues { $0.degraded(to: capability) })
  }

  /// This theme with `other`'s roles laid over it (a user file overriding the built-in default).
  public func merging(_ other: Theme) -> Theme {
    Theme(name: other.name, styles: styles.merging(other.styles) { _, new in new })
  }
}

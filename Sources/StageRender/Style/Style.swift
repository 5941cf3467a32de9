/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var attributes: TextAttributes

  /// A style; everything defaults to the terminal's own look.
  public init(
    foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's default look.
  public static let plain = Style()

  /// This style with `other` laid on top: its non-default colours win and its attributes are added.
  public func patched(with other: Style) -> Style {
    Style(
      foreground: other.foreground == .default ? foreground : other.foreground,
      background: other.background == .default ? background : other.background,
      attributes: attributes.union(other.attributes))
  }

  /// This style with both colours reduced to what `capability` can show.
  public func degraded(to capability: ColorCapability) -> Style {
    Style(
      foreground: foreground.degraded(to: capability),
      background: background.degraded(to: capability),
      attributes: attributes)
  }

  /// This style with the given attributes added.
  public func adding(_ extra: TextAttributes) -> Style {
    Style(foreground: foreground, background: background, attributes: attributes.union(extra))
  }
}

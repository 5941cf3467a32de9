/// Modifier keys held with a key or a mouse event.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let ctrl = KeyModifiers(rawValue: 1 << 0)
  public static let alt = KeyModifiers(rawValue: 1 << 1)
  public static let shift = KeyModifiers(rawValue: 1 << 2)

  /// Modifier names in the order they are printed.
  static let named: [(name: String, modifier: KeyModifiers)] = [
    ("ctrl", .ctrl), ("alt", .alt), ("shift", .shift),
  ]
}

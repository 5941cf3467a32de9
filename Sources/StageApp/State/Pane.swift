/// The three panes, in Tab order.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
  case graph
  case layers
  case detail

  /// The key context of the pane.
  public var keyContext: KeyContext {
    switch self {
    case .graph: .graph
    case .layers: .layers
    case .detail: .detail
    }
  }

  /// The pane after this one, wrapping around.
  public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .graph }

  /// The pane before this one, wrapping around.
  public var previous: Pane {
    Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .graph
  }
}

/// Where a binding applies: everywhere, in one pane, or in one overlay.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
  case global
  case graph
  case layers
  case detail
  case picker
  case diff
  case prompt
  case help

  /// The heading of the context in the help overlay.
  public var title: String {
    switch self {
    case .global: "Everywhere"
    case .graph: "Stage graph"
    case .layers: "Layers"
    case .detail: "Detail"
    case .picker: "Swap and target pickers"
    case .diff: "Export diff"
    case .prompt: "Prompts and filter"
    case .help: "Help"
    }
  }
}

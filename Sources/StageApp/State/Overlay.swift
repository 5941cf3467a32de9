import StageRender

/// What is drawn over the panes and takes the keys first.
public enum Overlay: Sendable {
  /// Nothing: the panes have the keys.
  case none
  /// The key table, scrolled.
  case help(scroll: Int)
  /// The base-image swap picker.
  case swapPicker(SwapPicker)
  /// The list of stages to choose the target from.
  case targetPicker(ListState)
  /// The filter field.
  case filter(TextInputState)
  /// The diff of the edited file against the original, scrolled.
  case exportDiff(ExportDiff)
  /// The path to write the export to.
  case exportPath(TextInputState)
  /// The export path exists: overwrite it?
  case confirmOverwrite(path: String)
  /// Edits are unsaved: quit anyway?
  case confirmQuit

  /// The key context of the overlay; nil when the panes have the keys.
  public var keyContext: KeyContext? {
    switch self {
    case .none: nil
    case .help: .help
    case .swapPicker, .targetPicker: .picker
    case .exportDiff: .diff
    case .filter, .exportPath, .confirmOverwrite, .confirmQuit: .prompt
    }
  }

  /// Whether printable keys go into a text field.
  public var takesText: Bool {
    switch self {
    case .swapPicker, .filter, .exportPath: true
    default: false
    }
  }
}

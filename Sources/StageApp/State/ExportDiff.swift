import StageAnalysis

/// The export overlay's content: the unified diff of the edited file against the file as read,
/// made once when the overlay opens (nothing changes the edits while it is open), and its scroll.
public struct ExportDiff: Sendable {
  /// The diff's lines, without line endings.
  public let lines: [String]
  /// The first line shown (the view keeps the last page full).
  public private(set) var scroll = 0

  /// The diff of `document`'s edits, named after its file.
  public init(document: StageDocument) {
    let name = document.fileName
    let diff = UnifiedDiff(oldName: name + " (as read)", newName: name + " (with swaps)", context: 2)
      .render(old: document.original.source.bytes, new: document.editedBytes)
    lines = String(decoding: diff, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
  }

  /// Scrolls by `delta` lines, staying within the diff.
  public mutating func scroll(by delta: Int) {
    scroll = min(max(0, scroll + delta), max(0, lines.count - 1))
  }
}

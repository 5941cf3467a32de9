/// One `--image STAGE=TAG` of the report command.
struct ReportImageOption: Hashable {
  /// The stage, by name or index.
  var stage: String
  /// The image reference built from it.
  var reference: String

  /// Reads `STAGE=TAG`; nil when either side is empty.
  init?(_ text: String) {
    guard let equals = text.firstIndex(of: "=") else { return nil }
    stage = String(text[..<equals])
    reference = String(text[text.index(after: equals)...])
    if stage.isEmpty || reference.isEmpty { return nil }
  }
}

/// The size of what one instruction adds to its stage's image.
public struct LayerSize: Hashable, Sendable {
  /// The 1-based line the instruction starts on.
  public var line: Int
  /// The keyword in capitals (`RUN`).
  public var keyword: String
  /// The instruction's text as written.
  public var instruction: String
  /// The bytes it adds (for `FROM`: the base image's size).
  public var figure: ByteFigure
  /// Whether BuildKit records it as a history entry with no filesystem layer
  /// (`ENV`, `CMD`, `ARG`, …); false for `FROM` and for instructions that make a layer.
  public var isEmptyLayer: Bool

  /// Makes a layer size.
  public init(line: Int, keyword: String, instruction: String, figure: ByteFigure, isEmptyLayer: Bool) {
    self.line = line
    self.keyword = keyword
    self.instruction = instruction
    self.figure = figure
    self.isEmptyLayer = isEmptyLayer
  }
}

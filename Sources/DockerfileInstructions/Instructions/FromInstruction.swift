import DockerfileSyntax

/// `FROM [--platform=…] image [AS name]`: the start of a build stage.
public final class FromInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The base image expression as written (`golang:${GO_VERSION}`, or an earlier stage's name).
  public let baseName: String
  /// The bytes of the base expression, when contiguous.
  public let baseNameRange: Range<Int>?
  /// The parsed reference, when the expression has no variables; nil otherwise.
  public let image: Result<ImageReference, ImageReferenceError>?
  /// The stage name after `AS`, lowercased as BuildKit stores it.
  public let stageName: String?
  /// The bytes of the stage name, when contiguous.
  public let stageNameRange: Range<Int>?
  /// `--platform=`.
  public let platform: FlagValue<String>?

  /// Creates the payload of the node at `source`.
  init(
    source: InstructionSource, baseName: String, baseNameRange: Range<Int>? = nil,
    image: Result<ImageReference, ImageReferenceError>? = nil, stageName: String? = nil,
    stageNameRange: Range<Int>? = nil, platform: FlagValue<String>? = nil
  ) {
    self.source = source
    self.baseName = baseName
    self.baseNameRange = baseNameRange
    self.image = image
    self.stageName = stageName
    self.stageNameRange = stageNameRange
    self.platform = platform
  }

  /// Whether the base expression refers to variables (`$X`, `${X}`).
  public var baseNameHasVariables: Bool { baseName.utf8.contains(UInt8(ascii: "$")) }
}

import DockerfileSyntax

/// `FROM [--platform=…] image [AS name]`: the start of a build stage.
public struct FromInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The base image expression as written (`golang:${GO_VERSION}`, or an earlier stage's name).
  public var baseName: String
  /// The bytes of the base expression, when contiguous.
  public var baseNameRange: Range<Int>?
  /// The parsed reference, when the expression has no variables; nil otherwise.
  public var image: Result<ImageReference, ImageReferenceError>?
  /// The stage name after `AS`, lowercased as BuildKit stores it.
  public var stageName: String?
  /// The bytes of the stage name, when contiguous.
  public var stageNameRange: Range<Int>?
  /// `--platform=`.
  public var platform: FlagValue<String>?

  /// Whether the base expression refers to variables (`$X`, `${X}`).
  public var baseNameHasVariables: Bool { baseName.utf8.contains(UInt8(ascii: "$")) }
}

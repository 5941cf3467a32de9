import DockerfileSyntax

/// `COPY [flags] <src>... <dest>`.
public struct CopyInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// Sources in order: paths and heredoc files.
  public var sources: [CopySource]
  /// The destination as written.
  public var destination: String
  /// The bytes of the destination, when contiguous.
  public var destinationRange: Range<Int>?
  /// `--from=`: a stage name, stage index or image.
  public var from: FlagValue<String>?
  /// `--chown=`.
  public var chown: FlagValue<String>?
  /// `--chmod=`.
  public var chmod: FlagValue<String>?
  /// `--link` (absent means false).
  public var link: FlagValue<Bool>?
  /// `--parents` (absent means false).
  public var parents: FlagValue<Bool>?
  /// Every `--exclude=` pattern.
  public var excludes: [FlagValue<String>]

  /// Whether `--link` is in effect.
  public var isLinked: Bool { link?.value ?? false }
}

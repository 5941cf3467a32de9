import DockerfileSyntax

/// `COPY [flags] <src>... <dest>`.
public final class CopyInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// Sources in order: paths and heredoc files.
  public let sources: [CopySource]
  /// The destination as written.
  public let destination: String
  /// The bytes of the destination, when contiguous.
  public let destinationRange: Range<Int>?
  /// `--from=`: a stage name, stage index or image.
  public let from: FlagValue<String>?
  /// `--chown=`.
  public let chown: FlagValue<String>?
  /// `--chmod=`.
  public let chmod: FlagValue<String>?
  /// `--link` (absent means false).
  public let link: FlagValue<Bool>?
  /// `--parents` (absent means false).
  public let parents: FlagValue<Bool>?
  /// Every `--exclude=` pattern.
  public let excludes: [FlagValue<String>]

  /// Creates the payload of the node at `source`.
  init(
    source: InstructionSource, sources: [CopySource], destination: String,
    destinationRange: Range<Int>? = nil,
    from: FlagValue<String>? = nil, chown: FlagValue<String>? = nil, chmod: FlagValue<String>? = nil,
    link: FlagValue<Bool>? = nil, parents: FlagValue<Bool>? = nil, excludes: [FlagValue<String>]
  ) {
    self.source = source
    self.sources = sources
    self.destination = destination
    self.destinationRange = destinationRange
    self.from = from
    self.chown = chown
    self.chmod = chmod
    self.link = link
    self.parents = parents
    self.excludes = excludes
  }

  /// Whether `--link` is in effect.
  public var isLinked: Bool { link?.value ?? false }
}

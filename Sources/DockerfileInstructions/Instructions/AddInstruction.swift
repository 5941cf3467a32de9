import DockerfileSyntax

/// `ADD [flags] <src>... <dest>`: like `COPY`, plus URLs, git repositories and archive unpacking.
public final class AddInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// Sources in order: paths, URLs and heredoc files.
  public let sources: [CopySource]
  /// The destination as written.
  public let destination: String
  /// The bytes of the destination, when contiguous.
  public let destinationRange: Range<Int>?
  /// `--chown=`.
  public let chown: FlagValue<String>?
  /// `--chmod=`.
  public let chmod: FlagValue<String>?
  /// `--link` (absent means false).
  public let link: FlagValue<Bool>?
  /// `--keep-git-dir` (absent means false).
  public let keepGitDirectory: FlagValue<Bool>?
  /// `--checksum=` of a remote source.
  public let checksum: FlagValue<String>?
  /// `--unpack`; absent means BuildKit decides (local archives are unpacked, URLs are not).
  public let unpack: FlagValue<Bool>?
  /// Every `--exclude=` pattern.
  public let excludes: [FlagValue<String>]

  /// Creates the payload of the node at `source`.
  init(
    source: InstructionSource, sources: [CopySource], destination: String,
    destinationRange: Range<Int>? = nil,
    chown: FlagValue<String>? = nil, chmod: FlagValue<String>? = nil, link: FlagValue<Bool>? = nil,
    keepGitDirectory: FlagValue<Bool>? = nil, checksum: FlagValue<String>? = nil,
    unpack: FlagValue<Bool>? = nil,
    excludes: [FlagValue<String>]
  ) {
    self.source = source
    self.sources = sources
    self.destination = destination
    self.destinationRange = destinationRange
    self.chown = chown
    self.chmod = chmod
    self.link = link
    self.keepGitDirectory = keepGitDirectory
    self.checksum = checksum
    self.unpack = unpack
    self.excludes = excludes
  }

  /// Whether `--link` is in effect.
  public var isLinked: Bool { link?.value ?? false }
}

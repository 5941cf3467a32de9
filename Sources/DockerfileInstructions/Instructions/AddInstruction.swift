import DockerfileSyntax

/// `ADD [flags] <src>... <dest>`: like `COPY`, plus URLs, git repositories and archive unpacking.
public struct AddInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// Sources in order: paths, URLs and heredoc files.
  public var sources: [CopySource]
  /// The destination as written.
  public var destination: String
  /// The bytes of the destination, when contiguous.
  public var destinationRange: Range<Int>?
  /// `--chown=`.
  public var chown: FlagValue<String>?
  /// `--chmod=`.
  public var chmod: FlagValue<String>?
  /// `--link` (absent means false).
  public var link: FlagValue<Bool>?
  /// `--keep-git-dir` (absent means false).
  public var keepGitDirectory: FlagValue<Bool>?
  /// `--checksum=` of a remote source.
  public var checksum: FlagValue<String>?
  /// `--unpack`; absent means BuildKit decides (local archives are unpacked, URLs are not).
  public var unpack: FlagValue<Bool>?
  /// Every `--exclude=` pattern.
  public var excludes: [FlagValue<String>]

  /// Whether `--link` is in effect.
  public var isLinked: Bool { link?.value ?? false }
}

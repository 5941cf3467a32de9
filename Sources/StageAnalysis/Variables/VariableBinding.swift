/// One variable visible to an instruction, with where its value came from.
public struct VariableBinding: Hashable, Sendable {
  /// Where a value came from.
  public enum Origin: String, Hashable, Sendable {
    /// BuildKit's automatic platform arguments (`TARGETARCH`, `BUILDPLATFORM`, …).
    case platform
    /// An `ARG` before the first `FROM`.
    case metaArgument = "meta-arg"
    /// An `ARG` inside a stage, with its default (or the meta `ARG` it re-declares).
    case argument = "arg"
    /// A `--build-arg` value for a declared `ARG`.
    case buildArgument = "build-arg"
    /// An `ENV`.
    case environment = "env"
  }

  /// The variable's name.
  public var name: String
  /// Its value after expansion.
  public var value: String
  /// Where the value came from.
  public var origin: Origin
  /// The byte range of the declaration, when it is written in the file.
  public var declaration: Range<Int>?

  /// Creates a binding.
  public init(name: String, value: String, origin: Origin, declaration: Range<Int>?) {
    self.name = name
    self.value = value
    self.origin = origin
    self.declaration = declaration
  }
}

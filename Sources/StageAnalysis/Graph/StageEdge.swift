/// A dependency between stages: a base, a `COPY --from`, or a `RUN --mount=from=`.
public struct StageEdge: Hashable, Sendable {
  /// The kinds of dependency.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// `FROM <stage or image>`.
    case base
    /// `COPY --from=<stage, index or image>`.
    case copy
    /// `RUN --mount=…,from=<stage or image>`.
    case mount
  }

  /// Where content comes from.
  public enum Endpoint: Hashable, Sendable {
    /// A stage of the file, by index.
    case stage(Int)
    /// An image outside the file (`scratch` included), as written after expansion.
    case image(String)

    /// The stage index, for stage endpoints.
    public var stageIndex: Int? {
      if case .stage(let index) = self { return index }
      return nil
    }
  }

  /// The kind of dependency.
  public var kind: Kind
  /// The stage or image the content comes from.
  public var source: Endpoint
  /// The stage that uses it.
  public var target: Int
  /// The `--from` (or mount `from=`) value as written; nil for base edges.
  public var reference: String?
  /// Copied source paths as written, or the mount's `source` (`/` when absent).
  public var paths: [String]
  /// The copy destination or mount target, when there is one.
  public var destination: String?
  /// The bytes of the instruction the edge comes from (an `ONBUILD` trigger's, when `viaOnbuild`).
  public var instructionRange: Range<Int>
  /// The 1-based line of that instruction.
  public var line: Int
  /// Whether the edge comes from an `ONBUILD` trigger of the base stage.
  public var viaOnbuild: Bool

  /// Creates an edge.
  public init(
    kind: Kind, source: Endpoint, target: Int, reference: String?, paths: [String], destination: String?,
    instructionRange: Range<Int>, line: Int, viaOnbuild: Bool = false
  ) {
    self.kind = kind
    self.source = source
    self.target = target
    self.reference = reference
    self.paths = paths
    self.destination = destination
    self.instructionRange = instructionRange
    self.line = line
    self.viaOnbuild = viaOnbuild
  }
}

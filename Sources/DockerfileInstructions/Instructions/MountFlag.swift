import DockerfileSyntax

/// One `--mount=` of a `RUN`: the flag as written and the mount read from it.
public struct MountFlag: Hashable, Sendable {
  /// The flag, with its byte range.
  public var flag: InstructionFlag
  /// The mount with values taken literally, or why BuildKit would reject it when building.
  public var mount: Result<RunMount, MountError>

  /// The oracle's short form: `cache`, `bind:<from>`, or `ERROR:<message>`.
  public var summary: String {
    switch mount {
    case .success(let mount): return mount.summary
    case .failure(let error): return "ERROR:" + error.message
    }
  }
}

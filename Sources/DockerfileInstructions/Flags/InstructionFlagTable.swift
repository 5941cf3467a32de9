/// The builder flags each instruction accepts in BuildKit (`instructions/parse.go` and the RUN hooks).
public enum InstructionFlagTable {
  /// `FROM --platform`.
  public static let from = [FlagSpec("platform", .string)]
  /// `COPY` flags, in BuildKit's registration order.
  public static let copy = [
    FlagSpec("chown", .string), FlagSpec("from", .string), FlagSpec("chmod", .string),
    FlagSpec("link", .bool), FlagSpec("exclude", .strings), FlagSpec("parents", .bool),
  ]
  /// `ADD` flags.
  public static let add = [
    FlagSpec("exclude", .strings), FlagSpec("chown", .string), FlagSpec("chmod", .string),
    FlagSpec("link", .bool), FlagSpec("keep-git-dir", .bool), FlagSpec("checksum", .string),
    FlagSpec("unpack", .bool),
  ]
  /// `RUN` flags, registered by the device, mount, network and security hooks in that order.
  public static let run = [
    FlagSpec("device", .strings), FlagSpec("mount", .strings), FlagSpec("network", .string),
    FlagSpec("security", .string),
  ]
  /// `HEALTHCHECK CMD` options (`HEALTHCHECK NONE` reads no flags).
  public static let healthcheck = [
    FlagSpec("interval", .string), FlagSpec("timeout", .string), FlagSpec("start-period", .string),
    FlagSpec("start-interval", .string), FlagSpec("retries", .string),
  ]
  /// Instructions without flags; BuildKit still rejects any flag given to them.
  public static let none: [FlagSpec] = []

  /// The flags `command` (lowercased) accepts.
  public static func specs(for command: String) -> [FlagSpec] {
    switch command {
    case "from": return from
    case "copy": return copy
    case "add": return add
    case "run": return run
    case "healthcheck": return healthcheck
    default: return none
    }
  }
}

/// A history entry's `created_by` text, read back into the Dockerfile instruction that made it.
///
/// Handles what BuildKit writes (`RUN /bin/sh -c make # buildkit`, `RUN |2 A=1 B=2 /bin/sh -c …`,
/// `COPY src dest # buildkit`, `WORKDIR /src`, `ENV K=v`, `CMD ["x"]`) and what the legacy
/// builder writes (`/bin/sh -c #(nop)  CMD ["x"]`, `/bin/sh -c make`). `docker import` and other
/// tools write text naming no instruction. The size model aligns history with a Dockerfile by these
/// keywords, and the engine source uses them to tell configuration entries from layers.
public struct CreatedByCommand: Hashable, Sendable {
  /// The instruction keyword, upper case (`RUN`, `COPY`, …); nil when the text names none
  /// (`docker import`, other tools).
  public var keyword: String?
  /// The rest of the text after the keyword (and after a `|N A=v` build-arg prefix), trimmed.
  public var arguments: String
  /// `NAME=value` build args BuildKit recorded for a `RUN` (`RUN |1 VERSION=2 …`).
  public var buildArgs: [String]
  /// True when the text ends with BuildKit's `# buildkit` marker.
  public var isBuildKit: Bool

  /// Keywords of the instructions that leave a history entry (every one but `FROM`).
  public static let keywords: Set<String> = [
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "MAINTAINER",
    "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
  ]

  /// Keywords that only change the image configuration and never make a filesystem layer.
  public static let metadataKeywords: Set<String> = [
    "ARG", "CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "SHELL",
    "STOPSIGNAL", "USER", "VOLUME",
  ]

  /// Parses `createdBy`.
  public init(parsing createdBy: String) {
    var text = Substring(createdBy).trimmingSpaces
    isBuildKit = text.hasSuffix("# buildkit")
    if isBuildKit {
      text = text.dropLast("# buildkit".count).trimmingSpaces
    }
    buildArgs = []
    let legacyPrefix = "/bin/sh -c #(nop)"
    if text.hasPrefix(legacyPrefix) {
      text = text.dropFirst(legacyPrefix.count).trimmingSpaces
    } else if let runText = Self.legacyRun(text) {
      keyword = "RUN"
      (buildArgs, arguments) = runText
      return
    }
    let word = text.prefix { !$0.isWhitespace }
    let name = word.uppercased()
    guard Self.keywords.contains(name) else {
      keyword = nil
      arguments = String(text)
      return
    }
    keyword = name
    var rest = text.dropFirst(word.count).trimmingSpaces
    if name == "RUN" {
      let (args, remainder) = Self.splitBuildArgs(rest)
      buildArgs = args
      rest = remainder
    }
    arguments = String(rest)
  }

  /// `/bin/sh -c make` or `|1 A=b /bin/sh -c make` (legacy builder's RUN): args and the command.
  private static func legacyRun(_ text: Substring) -> ([String], String)? {
    let (args, rest) = splitBuildArgs(text)
    guard rest.hasPrefix("/bin/sh -c ") || rest.hasPrefix("cmd /S /C ") else { return nil }
    return (args, String(rest))
  }

  /// Splits `|N A=1 B=2 rest` into the N args and the rest; no prefix gives no args.
  private static func splitBuildArgs(_ text: Substring) -> ([String], Substring) {
    guard text.hasPrefix("|") else { return ([], text) }
    let countText = text.dropFirst().prefix { $0.isNumber }
    guard let count = Int(countText) else { return ([], text) }
    var rest = text.dropFirst(1 + countText.count).trimmingSpaces
    var args: [String] = []
    for _ in 0..<count {
      let word = rest.prefix { $0 != " " }
      args.append(String(word))
      rest = rest.dropFirst(word.count).trimmingSpaces
    }
    return (args, rest)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var result = self
    while let first = result.first, first.isWhitespace { result = result.dropFirst() }
    while let last = result.last, last.isWhitespace { result = result.dropLast() }
    return result
  }
}

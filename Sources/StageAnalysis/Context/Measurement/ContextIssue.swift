/// Something a measurement found that the user should know: a source BuildKit
/// would fail on, a wildcard that brings nothing, a link or file it treats specially.
public struct ContextIssue: Sendable, Equatable, CustomStringConvertible {
  /// Whether BuildKit would fail the build, or only behave in a way worth noting.
  public enum Severity: String, Sendable, Equatable {
    /// The build would fail.
    case error
    /// The build goes on, but probably not as the author meant.
    case warning
  }

  /// What was found, with the paths involved.
  public enum Kind: Sendable, Equatable {
    /// A source without wildcards that is not in the context sent to the builder.
    case sourceNotFound(source: String)
    /// A wildcard source that matched nothing (BuildKit copies nothing, silently).
    case wildcardMatchedNothing(source: String)
    /// A `--parents` source that matched nothing (BuildKit copies nothing, silently).
    case parentsMatchedNothing(source: String)
    /// A followed symbolic link whose target lies outside the context; BuildKit
    /// resolves it inside the context instead.
    case symlinkLeavesContext(path: String, target: String)
    /// Following symbolic links from a source did not end (a loop, or too many hops).
    case symlinkLoop(path: String)
    /// An entry the copy needs cannot be read by the current user.
    case unreadable(path: String, reason: String)
    /// A named pipe, socket or device inside a copied tree (created, never read).
    case specialFile(path: String, kind: SpecialFileKind)
    /// A source or `--exclude` pattern BuildKit rejects.
    case invalidPattern(pattern: String, reason: String)
    /// The walk stopped at the entry limit; totals are lower bounds.
    case truncated(limit: Int)
  }

  /// What was found.
  public var kind: Kind

  /// Creates an issue.
  public init(_ kind: Kind) {
    self.kind = kind
  }

  /// How serious the issue is.
  public var severity: Severity {
    switch kind {
    case .sourceNotFound, .symlinkLoop, .unreadable, .invalidPattern: return .error
    case .wildcardMatchedNothing, .parentsMatchedNothing, .symlinkLeavesContext, .specialFile, .truncated:
      return .warning
    }
  }

  /// The message, worded as BuildKit words it where BuildKit reports the problem.
  public var description: String {
    switch kind {
    case .sourceNotFound(let source):
      return Message.notFound(source)
    case .wildcardMatchedNothing(let source):
      return "\(source): the wildcard matched nothing in the context; BuildKit copies nothing and goes on"
    case .parentsMatchedNothing(let source):
      return "\(source): matched nothing in the context; COPY --parents copies nothing and goes on"
    case .symlinkLeavesContext(let path, let target):
      return "/\(path) -> \(target) points outside the context; BuildKit resolves it inside the context"
    case .symlinkLoop(let path):
      return "/\(path): too many levels of symbolic links"
    case .unreadable(let path, let reason):
      return "error from sender: open /\(path): \(reason)"
    case .specialFile(let path, let kind):
      return "/\(path) is a \(kind.rawValue); it is created in the image but has no content"
    case .invalidPattern(let pattern, let reason):
      return "\(pattern): \(reason)"
    case .truncated(let limit):
      return "context walk stopped after \(limit) entries; sizes are lower bounds"
    }
  }

  /// Message texts shared with callers that print BuildKit-style errors.
  public enum Message {
    /// BuildKit's cache-key error for a missing source (it adds the ref id after "of ref").
    public static func notFound(_ source: String) -> String {
      "failed to compute cache key: failed to calculate checksum of ref: \"/\(ContextPath.contextRelative(source))\": not found"
    }
  }
}

/// Measures what `COPY`/`ADD` sources bring from a build context, with
/// BuildKit's rules, remembering what it has seen.
///
/// The context is examined lazily through `.dockerignore` and each directory
/// is looked at once, however many instructions read it; results are cached
/// per (sources, options). One measurer serves one context and one ignore
/// file; it is not meant to be shared between concurrent tasks. Measurers made
/// by ``forDockerfile(at:in:)`` for a context with a ``ContextMemory`` share
/// their walk and results with every other Dockerfile sized against it.
///
/// Source rules (BuildKit's Dockerfile frontend and fsutil's copy):
/// - a source is cleaned against `/`, so `..` cannot leave the context;
/// - a symbolic link given as a source is followed, scoped to the context;
///   links inside a copied directory are copied as links;
/// - a directory source copies its contents, not the directory itself;
/// - a source with an unescaped `*`, `?` or `[` in some element is split at
///   that element: the literal directory before it is searched, and each
///   entry whose relative path matches the rest with `filepath.Match` is
///   copied (a matching directory is not searched further); no match is not
///   an error;
/// - without wildcards, a source missing from the transferred context is
///   BuildKit's `failed to compute cache key … not found` error — this
///   includes the Dockerfile and `.dockerignore` when `.dockerignore` lists
///   them, since BuildKit sends neither as part of the context then;
/// - with `--parents`, each source is an include pattern (patternmatcher
///   semantics) below its `/./` pivot, or the root; paths below the pivot are
///   kept in the destination and a source that matches nothing is skipped;
/// - `--exclude` patterns apply to paths relative to each copied source.
public final class ContextMeasurer {
  /// The ignore patterns in force (nil when the context has no ignore file).
  public let ignore: PatternMatcher?
  private var walk: Walk
  /// This measurer's results; in a shared walk, also the distinct requests in first-use order.
  private var results: [Request: ContextMeasurement] = [:]
  private var requests: [Request] = []

  /// What one instruction asks to measure.
  struct Request: Hashable, Sendable {
    var sources: [String]
    var options: CopySourceOptions
  }

  private enum Walk {
    /// Measurements come from a transfer shared with other Dockerfiles.
    case shared(SharedTransfer)
    /// This measurer walks the context itself.
    case own(TransferredContext)
  }

  /// A measurer over `context`, seen through `ignore`.
  public init(context: any BuildContext, ignore: PatternMatcher?, limits: ContextLimits = ContextLimits()) {
    self.ignore = ignore
    walk = .own(TransferredContext(context: context, ignore: ignore, limits: limits))
  }

  /// A measurer whose results come from a transfer shared with other Dockerfiles.
  init(ignore: PatternMatcher?, sharing transfer: SharedTransfer) {
    self.ignore = ignore
    walk = .shared(transfer)
  }

  /// How many context entries have been examined so far (bounded by ``ContextLimits/maxEntries``).
  public var examinedEntries: Int {
    ownWalk().examined
  }

  /// Whether `path` (context-relative) is part of the context BuildKit sends.
  public func isSent(_ path: String) -> Bool {
    ownWalk().isPresent(ContextPath.contextRelative(path))
  }

  /// Measures one instruction's sources.
  public func measure(sources: [String], options: CopySourceOptions = CopySourceOptions())
    -> ContextMeasurement
  {
    let request = Request(sources: sources, options: options)
    if let known = results[request] { return known }
    let measurement: ContextMeasurement
    switch walk {
    case .shared(let transfer):
      if let shared = transfer.measurement(for: request) {
        measurement = shared
        requests.append(request)
      } else {
        measurement = Self.measure(request, in: ownWalk())
      }
    case .own(let transferred):
      measurement = Self.measure(request, in: transferred)
    }
    results[request] = measurement
    return measurement
  }

  /// Measures the whole context as `COPY . <dest>` would bring it.
  public func measureWholeContext() -> ContextMeasurement {
    measure(sources: ["."])
  }

  /// This measurer's own walk, made on first need by replaying the requests answered by a
  /// shared walk, in order, so its examined entries are exactly those a lone measurer has.
  private func ownWalk() -> TransferredContext {
    let transfer: SharedTransfer
    switch walk {
    case .own(let transferred): return transferred
    case .shared(let shared): transfer = shared
    }
    let transferred = TransferredContext(context: transfer.context, ignore: ignore, limits: transfer.limits)
    for request in requests {
      _ = Self.measure(request, in: transferred)
    }
    requests = []
    walk = .own(transferred)
    return transferred
  }

  /// Measures `request` in `transferred`, reporting truncation if this walk caused it.
  static func measure(_ request: Request, in transferred: TransferredContext) -> ContextMeasurement {
    let wasTruncated = transferred.isTruncated
    var run = CopyRun(transferred: transferred)
    run.excluder = compileExcludes(request.options.excludePatterns, into: &run)
    for source in request.sources {
      if request.options.keepParents {
        run.copyKeepingParents(source)
      } else if FilepathMatch.containsWildcards(source) {
        // The same answer as asking element by element: a `\` before a `/` escapes nothing
        // that could be a wildcard.
        run.copyWildcard(source)
      } else {
        run.copyPlain(source)
      }
    }
    let truncated = transferred.isTruncated
    if truncated && !wasTruncated {
      run.issues.append(ContextIssue(.truncated(limit: transferred.limits.maxEntries)))
    }
    return ContextMeasurement(
      sources: request.sources, options: request.options, entries: run.orderedEntries(), issues: run.issues,
      isTruncated: truncated)
  }

  private static func compileExcludes(_ patterns: [String], into run: inout CopyRun) -> PatternMatcher? {
    guard !patterns.isEmpty else { return nil }
    do {
      return try PatternMatcher(patterns)
    } catch {
      run.issues.append(
        ContextIssue(.invalidPattern(pattern: "--exclude", reason: "invalid excludepatterns: \(error)")))
      return nil
    }
  }
}

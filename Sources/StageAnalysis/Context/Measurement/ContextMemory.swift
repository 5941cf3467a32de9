import Foundation

/// What analyses have learnt about one build context, shared by every copy of the context
/// value and by every thread analysing against it.
///
/// It keeps, for each Dockerfile path, the ignore file in force (read and compiled once) and,
/// for each ignore file, the context as the builder receives it with every measurement made
/// in it, so sizing a second Dockerfile against the same context reuses the first one's work.
/// It is a snapshot: an entry once read is not read again, so a context value made before
/// files change goes on describing them as they were; make a new context value to see changes.
public final class ContextMemory: @unchecked Sendable {
  // Unchecked: the preparations and transfers are only touched with `lock` held.
  private let lock = NSLock()
  // Most memories serve one Dockerfile and one ignore file: the first preparation and the first
  // transfer are kept beside the tables, which are made only for a second one.
  private var firstPreparation: (dockerfilePath: String?, preparation: Preparation)?
  private var preparations: [String?: Preparation] = [:]
  private var firstTransfer: (key: String?, transfer: SharedTransfer)?
  private var transfers: [String?: SharedTransfer] = [:]
  private let limits: ContextLimits

  /// A memory that has learnt nothing yet; shared walks stop at `limits` as a lone measurer would.
  public init(limits: ContextLimits = ContextLimits()) {
    self.limits = limits
  }

  /// The ignore file in force for one Dockerfile, compiled, and which transfer sees through it.
  /// (A class: it is handed out on every analysis, and a reference is cheaper to copy.)
  final class Preparation: Sendable {
    /// The compiled ignore patterns (nil without an ignore file, or when it does not compile).
    let ignore: PatternMatcher?
    /// Why the ignore file could not be compiled, if it could not.
    let ignoreError: PatternError?
    /// The transfer seen through `ignore`: one per ignore file, shared by every Dockerfile using it.
    fileprivate let transferKey: String?

    fileprivate init(ignore: PatternMatcher?, ignoreError: PatternError?, transferKey: String?) {
      self.ignore = ignore
      self.ignoreError = ignoreError
      self.transferKey = transferKey
    }
  }

  /// The preparation for a Dockerfile at `dockerfilePath` (context-relative; nil when outside).
  ///
  /// Only the ignore file is read; the transfer is made by ``transfer(for:in:)`` when the first
  /// measurement needs it, so an analysis that copies nothing from the context walks nothing.
  func preparation(dockerfilePath: String?, in context: any BuildContext) -> Preparation {
    lock.lock()
    defer { lock.unlock() }
    if let first = firstPreparation {
      if first.dockerfilePath == dockerfilePath { return first.preparation }
      if let known = preparations[dockerfilePath] { return known }
    }
    let (bytes, origin) = DockerignoreFile.read(from: context, dockerfilePath: dockerfilePath)
    var ignore: PatternMatcher?
    var ignoreError: PatternError?
    do {
      ignore = try PatternMatcher.compiled(ignoreFileBytes: bytes)
    } catch {
      ignoreError = error
    }
    let prepared = Preparation(ignore: ignore, ignoreError: ignoreError, transferKey: Self.transferKey(origin))
    if firstPreparation == nil {
      firstPreparation = (dockerfilePath, prepared)
    } else {
      preparations[dockerfilePath] = prepared
    }
    return prepared
  }

  /// The context seen through a preparation's ignore file, shared with every Dockerfile using the
  /// same ignore file; made on first need.
  func transfer(for prepared: Preparation, in context: any BuildContext) -> SharedTransfer {
    lock.lock()
    defer { lock.unlock() }
    if let first = firstTransfer {
      if first.key == prepared.transferKey { return first.transfer }
      if let known = transfers[prepared.transferKey] { return known }
    }
    let transfer = SharedTransfer(context: Self.forgettingMemory(of: context), ignore: prepared.ignore, limits: limits)
    if firstTransfer == nil {
      firstTransfer = (prepared.transferKey, transfer)
    } else {
      transfers[prepared.transferKey] = transfer
    }
    return transfer
  }

  /// The context a transfer walks: `context` without the memory, which must not keep itself alive.
  ///
  /// The package's own contexts are recognised by type first: a cast to a protocol looks the
  /// conformance up, which costs more than the rest of making a transfer.
  private static func forgettingMemory(of context: any BuildContext) -> any BuildContext {
    if let inMemory = context as? InMemoryBuildContext { return inMemory.forgettingMemory() }
    if let disk = context as? DiskBuildContext { return disk.forgettingMemory() }
    return (context as? any MemoryCarryingContext)?.forgettingMemory() ?? context
  }

  /// One transfer per ignore file: the same file gives the same patterns.
  private static func transferKey(_ origin: DockerignoreFile.Origin) -> String? {
    switch origin {
    case .none: return nil
    case .contextRoot: return ".dockerignore"
    case .dockerfileSpecific(let path): return path
    }
  }
}

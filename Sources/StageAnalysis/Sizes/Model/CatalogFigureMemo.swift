import Foundation

/// The base-image figures a size model has already read from its catalog, by reference as
/// written, platform architecture as written and size kind, shared by every report the model
/// makes on any thread. The catalog never changes under a memo: the model makes a new one
/// when it is given another catalog.
final class CatalogFigureMemo: @unchecked Sendable {
  // Unchecked: `figures` is only touched with `lock` held.
  private let lock = NSLock()
  private var figures: [Key: ByteFigure] = [:]
  /// Past this many figures the memo starts again, so odd references cannot grow it forever.
  private let limit = 4096

  struct Key: Hashable {
    var reference: String
    var architecture: String
    var kind: SizeKind
  }

  /// The kept figure for `key`, or `compute`'s, kept for next time.
  func figure(for key: Key, compute: () -> ByteFigure) -> ByteFigure {
    lock.lock()
    let known = figures[key]
    lock.unlock()
    if let known { return known }
    let figure = compute()
    lock.lock()
    if figures.count >= limit { figures.removeAll(keepingCapacity: true) }
    figures[key] = figure
    lock.unlock()
    return figure
  }
}

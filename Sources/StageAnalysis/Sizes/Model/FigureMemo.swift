import BaseImageCatalog
import Foundation

/// Figures a size model has already worked out from its immutable tables (a base image's
/// catalog figure, an install's estimate), by everything the figure depends on, shared by
/// every report the model makes on any thread (and, over the bundled tables, by every model of
/// the process). The model makes new memos when it is given other tables, so a kept figure
/// never goes stale.
final class FigureMemo<Key: Hashable & Sendable>: @unchecked Sendable {
  // Unchecked: `figures` is only touched with `lock` held.
  private let lock = NSLock()
  private var figures: [Key: ByteFigure]
  /// Past this many figures the memo starts again, so odd inputs cannot grow it forever.
  private let limit = 4096

  /// An empty memo with room for the figures of a typical run (a report of a few hundred files
  /// asks for a few hundred), so filling it does not regrow the table again and again.
  init() {
    figures = Dictionary(minimumCapacity: 256)
  }

  // Asking and keeping are two calls rather than one taking a closure: a closure would capture
  // the size model pass that computes the figure, and copy it, on every call.

  /// The figure kept for `key`, if any.
  func figure(for key: Key) -> ByteFigure? {
    lock.lock()
    defer { lock.unlock() }
    return figures[key]
  }

  /// Keeps `figure` as the answer for `key`; returns it.
  func keep(_ figure: ByteFigure, for key: Key) -> ByteFigure {
    lock.lock()
    defer { lock.unlock() }
    if figures.count >= limit { figures.removeAll(keepingCapacity: true) }
    figures[key] = figure
    return figure
  }
}

/// What a base image's catalog figure depends on besides the catalog.
struct CatalogFigureKey: Hashable, Sendable {
  /// The reference as written.
  var reference: String
  /// The platform architecture as written.
  var architecture: String
  var kind: SizeKind
}

/// What a package install's figure depends on besides the package tables and the catalog.
struct PackageFigureKey: Hashable, Sendable {
  enum Manager: Hashable, Sendable {
    case apt, apk
  }

  var manager: Manager
  /// The packages named, as written.
  var packages: [String]
  /// apt: whether recommends are installed; apk: whether the index is kept (no `--no-cache`).
  var option: Bool
  /// apt: the state of the package lists.
  var lists: AptListsState?
  /// The image the stage's chain starts from, as written, and the stage's architecture.
  var root: String?
  var architecture: String
  var kind: SizeKind
}

import Foundation

/// The transferred context seen through one ignore file, with every measurement made in it,
/// shared by the measurers of all Dockerfiles that use that ignore file, on any thread.
///
/// A measurement is a pure function of the context, the ignore patterns and the request as
/// long as the walk stays within ``ContextLimits/maxEntries``: then the order in which
/// Dockerfiles ask does not matter, and a result made here is the one a fresh measurer would
/// make. Every entry the shared walk examined is one some measurement needed, so while the
/// shared walk is within the limit, so is any one Dockerfile's. Once a measurement here reaches
/// the limit the transfer stops measuring (it keeps answering what it already knows) and each
/// measurer goes on alone, with its own walk and its own count, as it would have from the start.
final class SharedTransfer: @unchecked Sendable {
  // Unchecked: `tree`, `measurements` and `isSaturated` are only touched with `lock` held.
  private let lock = NSLock()
  private let tree: TransferredContext
  private var measurements: [ContextMeasurer.Request: ContextMeasurement] = [:]
  private var isSaturated = false

  init(context: any BuildContext, ignore: PatternMatcher?, limits: ContextLimits) {
    tree = TransferredContext(context: context, ignore: ignore, limits: limits)
  }

  /// The context walked.
  var context: any BuildContext { tree.context }

  /// The limits the shared walk runs under.
  var limits: ContextLimits { tree.limits }

  /// The measurement of `request`, or nil when the shared walk reached its entry limit and the
  /// request was not measured before.
  func measurement(for request: ContextMeasurer.Request) -> ContextMeasurement? {
    lock.lock()
    defer { lock.unlock() }
    if let known = measurements[request] { return known }
    if isSaturated { return nil }
    let measured = ContextMeasurer.measure(request, in: tree)
    if tree.isTruncated {
      isSaturated = true
      return nil
    }
    measurements[request] = measured
    return measured
  }
}

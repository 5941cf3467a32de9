import Foundation

extension DebianPackageTable {
  /// Figures derived from the table once and then kept: base package sets, size ratios,
  /// install closures and install estimates. The table is immutable, so a figure never goes stale.
  final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var baseSets: [String: Set<String>?] = [:]
    private var ratios: [Bool: SizeRatio] = [:]
    private var closures: [ClosureKey: PackageClosure] = [:]
    private var estimates: [EstimateKey: AptInstallEstimate] = [:]

    /// What an install closure depends on besides the table.
    struct ClosureKey: Hashable {
      var names: [String]
      var installRecommends: Bool
      var baseSet: String
    }

    /// What an install estimate on a named base set depends on besides the table.
    struct EstimateKey: Hashable {
      var closure: ClosureKey
      var slim: Bool
      var lists: AptListsState
    }

    func baseSet(_ name: String, compute: () -> Set<String>?) -> Set<String>? {
      if let known = locked({ baseSets[name] }) { return known }
      let value = compute()
      locked { baseSets[name] = value }
      return value
    }

    func ratio(slim: Bool, compute: () -> SizeRatio) -> SizeRatio {
      if let known = locked({ ratios[slim] }) { return known }
      let value = compute()
      locked { ratios[slim] = value }
      return value
    }

    func closure(_ key: ClosureKey, compute: () -> PackageClosure) -> PackageClosure {
      if let known = locked({ closures[key] }) { return known }
      let value = compute()
      locked { closures[key] = value }
      return value
    }

    func estimate(_ key: EstimateKey, compute: () -> AptInstallEstimate) -> AptInstallEstimate {
      if let known = locked({ estimates[key] }) { return known }
      let value = compute()
      locked { estimates[key] = value }
      return value
    }

    private func locked<Value>(_ body: () -> Value) -> Value {
      lock.lock()
      defer { lock.unlock() }
      return body()
    }
  }
}

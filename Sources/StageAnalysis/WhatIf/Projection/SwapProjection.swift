import BaseImageCatalog

/// What the swaps do to image sizes, as far as the catalog's base figures go.
///
/// A swap changes the bytes of a stage's base and leaves its own layers as
/// they are (the same files are copied; package installs on another
/// distribution are the one exception, flagged in `notes`). So the delta of
/// the target image is the delta of the base at the root of its `FROM` chain,
/// exact when both base figures are exact. The per-layer figures of the size
/// model add to both sides alike; `layerBytes` carries them when known.
public struct SwapProjection: Hashable, Sendable {
  /// One stage before and after.
  public struct Stage: Hashable, Sendable {
    /// Stage index.
    public var index: Int
    /// Display name.
    public var name: String
    /// Root image before and after the swap.
    public var fromImage: String?
    /// Root image after the swap.
    public var toImage: String?
    /// Content bytes of the root image before; nil when the catalog has no figure.
    public var beforeBaseBytes: Int64?
    /// Content bytes of the root image after; nil when the catalog has no figure.
    public var afterBaseBytes: Int64?
    /// Half-width of the uncertainty of the delta (sum of both figures' tolerances).
    public var tolerance: Int64

    /// After minus before, when both are known.
    public var deltaBytes: Int64? {
      guard let beforeBaseBytes, let afterBaseBytes else { return nil }
      return afterBaseBytes - beforeBaseBytes
    }
  }

  /// Every stage the target builds, in file order.
  public var stages: [Stage]
  /// The target stage's index.
  public var targetIndex: Int?
  /// The bytes the target adds on top of its base (its layers and its base stages' layers), when known.
  public var layerBytes: Int64?
  /// Caveats in words.
  public var notes: [String]

  /// The target's row.
  public var target: Stage? { stages.first { $0.index == targetIndex } }

  /// The target image's size before the swaps: base plus layers; nil when either is unknown.
  public var beforeBytes: Int64? {
    guard let base = target?.beforeBaseBytes, let layerBytes else { return nil }
    return base + layerBytes
  }

  /// The target image's size after the swaps.
  public var afterBytes: Int64? {
    guard let base = target?.afterBaseBytes, let layerBytes else { return nil }
    return base + layerBytes
  }

  /// The change of the target image; known when both base figures are, even without layer figures.
  public var deltaBytes: Int64? { target?.deltaBytes }

  /// The change in percent of the size before (of the base alone when the layers are unknown).
  public var deltaPercent: Double? {
    guard let delta = deltaBytes, let before = beforeBytes ?? target?.beforeBaseBytes, before > 0 else { return nil }
    return Double(delta) * 100 / Double(before)
  }

  init(compatibility: SwapCompatibility, layerBytes: Int64?) {
    var stages: [Stage] = []
    var notes: [String] = []
    for stage in compatibility.after.stages where stage.isReachable {
      let old = compatibility.oldFacts[stage.index]
      let new = compatibility.newFacts[stage.index]
      let oldFigure = old.image?.contentSize
      let newFigure = new.image?.contentSize
      if old.reference != new.reference {
        for facts in [old, new] where facts.image?.contentSize == nil {
          notes.append("\(facts.label): size unknown (\(facts.note ?? "the catalog has no figure"))")
        }
        for facts in [old, new] {
          if let note = facts.note, facts.image != nil { notes.append("\(facts.label): \(note)") }
        }
      }
      stages.append(
        Stage(
          index: stage.index, name: stage.displayName, fromImage: old.reference, toImage: new.reference,
          beforeBaseBytes: oldFigure?.bytes, afterBaseBytes: newFigure?.bytes,
          tolerance: (oldFigure?.tolerance ?? 0) + (newFigure?.tolerance ?? 0)))
    }
    if layerBytes == nil {
      notes.append("layer sizes not measured: totals are the base images only; the delta is the same either way")
    }
    self.stages = stages
    self.targetIndex = compatibility.after.targetIndex
    self.layerBytes = layerBytes
    self.notes = notes
  }
}

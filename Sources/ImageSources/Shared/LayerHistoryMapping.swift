import StageAnalysis

/// Pairs an image configuration's `history` with the manifest's layers: each entry not marked
/// `empty_layer` takes the next layer, in order. Layers beyond the history become entries
/// with an empty command; history beyond the layers is kept as empty entries.
enum LayerHistoryMapping {
  /// One stored layer: its bytes (of the caller's size kind) and digest.
  struct Layer {
    var bytes: Int64
    var digest: String?
  }

  /// History entries, oldest first.
  static func entries(history: [ImageConfiguration.History], layers: [Layer]) -> [ImageRecord.HistoryEntry] {
    var remaining = layers[...]
    var entries: [ImageRecord.HistoryEntry] = []
    for item in history {
      let command = item.createdBy ?? ""
      if item.emptyLayer != true, let layer = remaining.popFirst() {
        entries.append(.init(createdBy: command, bytes: layer.bytes, isEmptyLayer: false, layerDigest: layer.digest))
      } else {
        entries.append(.init(createdBy: command, bytes: 0, isEmptyLayer: true))
      }
    }
    for layer in remaining {
      entries.append(.init(createdBy: "", bytes: layer.bytes, isEmptyLayer: false, layerDigest: layer.digest))
    }
    return entries
  }
}

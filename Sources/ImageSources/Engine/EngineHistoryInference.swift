import StageAnalysis

/// Rebuilds history entries from the Engine API, which reports sizes but not which entries
/// made a filesystem layer: that is inferred from the size, the instruction and the number
/// of layers the image has.
enum EngineHistoryInference {
  /// Entries oldest first. An entry with bytes made a layer; a metadata instruction did not;
  /// a zero-byte entry of any other kind (a `WORKDIR` that made a directory, an empty `COPY`,
  /// an import) made a layer while the image still has layers to account for, oldest first.
  static func entries(
    newestFirst items: [EngineHistoryItem], layerCount: Int?, layerDigests: [String]
  ) -> [ImageRecord.HistoryEntry] {
    let oldestFirst = Array(items.reversed())
    enum Kind { case layer, empty, undecided }
    var kinds: [Kind] = oldestFirst.map { item in
      if item.size > 0 { return .layer }
      let command = CreatedByCommand(parsing: item.createdBy ?? "")
      if let keyword = command.keyword, CreatedByCommand.metadataKeywords.contains(keyword) { return .empty }
      return .undecided
    }
    let definite = kinds.filter { $0 == .layer }.count
    var room = (layerCount ?? Int.max) - definite
    for index in kinds.indices where kinds[index] == .undecided {
      kinds[index] = room > 0 ? .layer : .empty
      room -= 1
    }
    var digests = layerCount == layerDigests.count ? layerDigests[...] : []
    return zip(oldestFirst, kinds).map { item, kind in
      let isLayer = kind == .layer
      return ImageRecord.HistoryEntry(
        createdBy: item.createdBy ?? "", bytes: item.size, isEmptyLayer: !isLayer,
        layerDigest: isLayer ? digests.popFirst() : nil)
    }
  }
}

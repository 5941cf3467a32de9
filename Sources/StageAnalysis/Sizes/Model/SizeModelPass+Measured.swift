import BaseImageCatalog
import DockerfileInstructions

extension SizeModelPass {
  /// Reads every stage record: aligns its history with the stage chain's instructions and
  /// keeps the figures of every instruction it measured.
  mutating func alignRecords() {
    for (index, record) in measured.stages.sorted(by: { $0.key > $1.key }) where index < graph.stages.count {
      guard record.sizeKind == kind else {
        diagnostics.append(
          "\(record.reference) (\(record.origin)) gives \(record.sizeKind.rawValue) bytes; "
            + "the report is in \(kind.rawValue) bytes, so it is not used")
        continue
      }
      let stages = chain(of: index)
      var keywords: [String?] = []
      var owners: [(stage: Int, command: Int)?] = []
      for stage in stages {
        for (offset, command) in stage.commands.enumerated() {
          let name = command.instruction.name
          keywords.append(name == "ONBUILD" ? nil : name)
          owners.append((stage.index, offset))
        }
      }
      let alignment = HistoryAlignment(history: record.history, keywords: keywords)
      let total = ByteFigure.exact(
        record.totalBytes, kind: kind, provenance: .measured,
        basis: "image size of \(record.reference) via \(record.origin)")
      let keepsBase = !measured.layersOnly.contains(index)
      if keepsBase { measuredTotals[index] = total }
      guard alignment.isExact else {
        diagnostics.append(
          "history of \(record.reference) does not line up with stage \(graph.stages[index].displayName): "
            + alignment.mismatches.joined(separator: "; ") + "; its layers are modelled instead")
        continue
      }
      let count = record.history.count
      for (position, entry) in alignment.entries.enumerated() {
        guard let entry, let owner = owners[position] else { continue }
        let item = record.history[entry]
        let figure = ByteFigure.exact(
          item.bytes, kind: kind, provenance: .measured,
          basis: "docker history of \(record.reference), entry \(entry + 1) of \(count), via \(record.origin)")
        if measuredLayers[owner.stage]?[owner.command] == nil {
          measuredLayers[owner.stage, default: [:]][owner.command] = (figure, item.isEmptyLayer)
        }
      }
      if keepsBase, let root = stages.first, root.base.image != nil, measuredRootBases[root.index] == nil {
        let bytes = record.history.prefix(alignment.baseEntryCount).reduce(Int64(0)) { $0 + $1.bytes }
        measuredRootBases[root.index] = .exact(
          bytes, kind: kind, provenance: .measured,
          basis: "the \(alignment.baseEntryCount) oldest history entries of \(record.reference) "
            + "(the base image's) via \(record.origin)")
      }
    }
  }

  /// The size of a stage's base: another stage's image, `scratch`, or an external image.
  mutating func baseFigure(of stage: GraphStage) -> ByteFigure {
    switch stage.base.kind {
    case .stage(let index):
      guard index < stages.count else {
        return .unknown(kind: kind, basis: "unknown: base stage \(index) comes later in the file")
      }
      let base = stages[index]
      return base.total.withBasis("inherits stage \(base.displayName): \(base.total.basis)")
    case .scratch:
      return .estimate(low: 0, point: 0, high: 0, kind: kind, basis: "scratch: the empty image, 0 bytes")
    case .unresolved(let reason):
      return .unknown(kind: kind, basis: "unknown: the base does not resolve (\(reason))")
    case .image(let reference):
      return imageFigure(reference.written, stage: stage)
    }
  }

  private mutating func imageFigure(_ reference: String, stage: GraphStage) -> ByteFigure {
    if let record = measured.bases[reference], record.sizeKind == kind {
      return .exact(
        record.totalBytes, kind: kind, provenance: .measured,
        basis: "docker image inspect of \(record.reference) via \(record.origin)")
    }
    if let figure = measuredRootBases[stage.index] {
      return figure
    }
    let architecture = stage.effectivePlatform.architecture
    let key = CatalogFigureKey(reference: reference, architecture: architecture, kind: kind)
    if let known = model.catalogFigures.figure(for: key) { return known }
    return model.catalogFigures.keep(catalogFigure(reference, architecture: architecture), for: key)
  }

  /// The figure the catalog gives for a reference on a platform, with the entry it comes from.
  private func catalogFigure(_ reference: String, architecture: String) -> ByteFigure {
    switch model.catalog.lookup(reference, writtenArchitecture: architecture) {
    case .unknown(_, let reason):
      return .unknown(kind: kind, basis: "unknown: \(reference) is measured nowhere and the catalog has no entry (\(reason))")
    case .found(let match):
      let figure: SizeFigure?
      switch kind {
      case .content: figure = match.image.contentSize
      case .compressed: figure = match.image.compressedSize
      case .tar: figure = nil
      }
      guard let figure else {
        return .unknown(
          kind: kind,
          basis: "unknown: catalog entry \(match.image.repository):\(match.image.tag) has no published \(kind.rawValue) size")
      }
      var basis = "catalog: \(match.image.repository):\(match.image.tag) (\(match.image.resolvedTag)), "
        + "\(figure.source)" + (figure.date.map { ", \($0)" } ?? "")
      switch match.quality {
      case .exact: basis += "; exact match"
      case .alias(let reason): basis += "; alias: \(reason)"
      case .approximate(let reason): basis += "; approximate: \(reason)"
      }
      if !match.notes.isEmpty { basis += "; " + match.notes.joined(separator: "; ") }
      let range = figure.range
      return ByteFigure(
        bytes: figure.bytes, low: range.lowerBound, high: range.upperBound, kind: kind,
        provenance: .catalog, basis: basis)
    }
  }
}

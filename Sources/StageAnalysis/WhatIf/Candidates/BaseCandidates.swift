import BaseImageCatalog
import DockerfileSyntax

/// The swap candidates of one stage, each judged, ordered by projected size.
///
/// The catalog's runtime-equivalent variants of the stage's base: for a stage
/// whose files reach the target only by `COPY --from` (a build stage), the same
/// toolchain's other builds; for the target and the stages it is built `FROM`,
/// every variant (`-slim`, `-alpine`, distroless, Chainguard, static bases,
/// busybox, scratch). Smallest projected target image first (the size model's
/// projection when sizing inputs are given, else the candidate's base size);
/// candidates without a size figure last, said plainly. A stage built `FROM` another stage has no candidates of its own:
/// swap its root stage.
public struct BaseCandidates: Sendable {
  /// The stage.
  public let stage: Int
  /// Whether the stage only feeds other stages through `COPY --from`.
  public let isBuildStage: Bool
  /// The candidates, smallest projected size first.
  public let candidates: [BaseCandidate]
  /// Why there are none, when there are none.
  public let emptyReason: String?

  /// Lists and judges the candidates of `stage`.
  public init(
    stage: Int, dockerfile: Dockerfile, configuration: BuildConfiguration = BuildConfiguration(),
    catalog: BaseImageCatalog = .bundled, extra: [String] = [], sizing: SwapSizing? = nil
  ) {
    let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
    self.stage = stage
    let targetChain = graph.targetIndex.map { StageLineage(stage: $0, graph: graph).chain } ?? []
    isBuildStage = !targetChain.contains(stage)
    guard graph.stages.indices.contains(stage) else {
      candidates = []
      emptyReason = "no stage \(stage)"
      return
    }
    let base = graph.stages[stage].base
    var texts: [(String, SwapCandidate.Relation?, String?)] = []
    var reason: String?
    if base.stageIndex != nil {
      reason = "built FROM another stage; swap the root stage instead"
    } else {
      let reference = base.kind == .scratch ? "scratch" : base.image?.written
      let architecture = Architecture(normalizing: graph.stages[stage].effectivePlatform.description)
      if let reference, let match = catalog.lookup(reference, architecture: architecture).match {
        for candidate in catalog.variants(of: match.image)
        where !isBuildStage || candidate.relation == .sameFamily {
          texts.append((Self.referenceText(candidate.image), candidate.relation, candidate.note))
        }
      } else {
        reason = "the catalog does not know \(reference ?? base.written)"
      }
    }
    for text in extra where !texts.contains(where: { $0.0 == text }) { texts.append((text, nil, nil)) }
    var judged: [BaseCandidate] = []
    for (text, relation, note) in texts {
      guard let swap = try? BaseImageSwap(stage: stage, imageText: text),
        let analysis = try? SwapAnalysis(
          dockerfile: dockerfile, configuration: configuration, swaps: SwapSet([swap]), catalog: catalog,
          sizing: sizing)
      else { continue }
      let row = analysis.projection.stages.first { $0.index == stage }
      var caveat = note
      if let name = analysis.buildArgumentChanges.first(where: { $0.value == text })?.key {
        caveat = [caveat, "as --build-arg \(name)=\(text) (export cannot edit a default the build argument overrides)"]
          .compactMap { $0 }.joined(separator: "; ")
      }
      let projected = analysis.sizes?.after
      let projectedDelta = analysis.sizes?.deltaBytes
      if sizing != nil, projected?.isKnown != true {
        caveat = [caveat, "projected size unknown: \(projected?.basis ?? "no target")"].compactMap { $0 }.joined(separator: "; ")
      } else if row?.afterBaseBytes == nil {
        caveat = [caveat, "size unknown: the catalog has no figure for \(text)"].compactMap { $0 }.joined(separator: "; ")
      }
      judged.append(
        BaseCandidate(
          imageText: text, relation: relation, contentBytes: row?.afterBaseBytes,
          deltaBytes: projectedDelta ?? analysis.projection.deltaBytes ?? row?.deltaBytes, level: analysis.level,
          verdicts: analysis.verdicts, note: caveat, projected: projected))
    }
    let sized = sizing != nil
    candidates = judged.sorted { lhs, rhs in
      let left = sized ? lhs.projectedBytes : lhs.contentBytes
      let right = sized ? rhs.projectedBytes : rhs.contentBytes
      switch (left, right) {
      case (let left?, let right?): return left != right ? left < right : lhs.imageText < rhs.imageText
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return lhs.imageText < rhs.imageText
      }
    }
    emptyReason = judged.isEmpty ? (reason ?? "the catalog lists no variants") : nil
  }

  /// `repository:tag`, without `:latest`, as a `FROM` line would say it.
  static func referenceText(_ image: BaseImage) -> String {
    image.tag == "latest" ? image.repository : "\(image.repository):\(image.tag)"
  }
}

import DockerfileSyntax

/// Builds a size report: decides what to look up, asks the image sources concurrently with a
/// deadline each, then runs the pure `SizeModel`.
///
/// Sources are asked in the order given (an engine before an archive before a registry); the
/// first that finds an image of the report's size kind answers. The caller decides which
/// sources exist (engine only when its socket does, registry only on request).
public struct SizeReportBuilder: Sendable {
  /// The sources to ask, strongest first.
  public var sources: [any ImageSizeSource]
  /// How long one source may take to answer one reference.
  public var timeout: Duration
  /// The size model.
  public var model: SizeModel

  /// A builder over `sources`.
  public init(sources: [any ImageSizeSource], timeout: Duration = .seconds(10), model: SizeModel = SizeModel()) {
    self.sources = sources
    self.timeout = timeout
    self.model = model
  }

  /// Sizes one Dockerfile.
  public func report(for request: SizeReportRequest) async -> SizeReport {
    let dockerfile = Dockerfile.parse(request.dockerfile)
    let graph = StageGraph(dockerfile: dockerfile, configuration: request.configuration)
    var diagnostics = graph.diagnostics.filter(\.isError).map { diagnostic in
      "line \(dockerfile.source.position(of: diagnostic.range.lowerBound).line): \(diagnostic.message)"
    }
    let lookups = await lookUpSizes(graphs: [graph], stageImages: request.stageImages, file: request.file)
    diagnostics += lookups.diagnostics
    var report = model.report(
      graph: graph, file: request.file, context: request.context, dockerfilePath: request.dockerfilePath,
      measured: lookups.measured, escapeToken: dockerfile.escapeToken)
    report.diagnostics = diagnostics + report.diagnostics
    report.unreachableSources = lookups.unreachable
    return report
  }

  /// Looks up every base reference of `graphs`, the `extraBases` (images a stage may be
  /// swapped to) and every `--image` record (stages named in the first graph; stage indices
  /// are the same in graphs that only differ in their bases).
  public func measure(
    graphs: [StageGraph], stageImages: [(stage: String, reference: String)], file: String,
    extraBases: Set<String> = []
  ) async -> (measured: MeasuredImages, diagnostics: [String]) {
    let lookups = await lookUpSizes(
      graphs: graphs, stageImages: stageImages, file: file, extraBases: extraBases)
    return (lookups.measured, lookups.diagnostics)
  }

  /// What `measure` finds, with the sources that could not answer.
  struct Lookups: Sendable {
    var measured: MeasuredImages
    var diagnostics: [String]
    var unreachable: [UnreachableSource]
  }

  /// `measure`, also saying which sources could not answer (each once, with its first reason).
  func lookUpSizes(
    graphs: [StageGraph], stageImages: [(stage: String, reference: String)], file: String,
    extraBases: Set<String> = []
  ) async -> Lookups {
    var diagnostics: [String] = []
    var stageReferences: [Int: String] = [:]
    for (stage, reference) in stageImages {
      guard let graph = graphs.first, let index = Self.stageIndex(stage, in: graph) else {
        diagnostics.append("--image \(stage)=\(reference): no stage \(stage) in \(file)")
        continue
      }
      stageReferences[index] = reference
    }
    let baseReferences = Set(graphs.flatMap { $0.stages.compactMap { $0.base.image?.written } }).union(extraBases)
    let answers = await lookUpAll(baseReferences.union(stageReferences.values))
    var measured = MeasuredImages()
    for reference in baseReferences {
      if case .found(let record)? = answers[reference]?.lookup { measured.bases[reference] = record }
    }
    for (index, reference) in stageReferences {
      guard let answer = answers[reference] else { continue }
      if case .found(let record) = answer.lookup {
        measured.stages[index] = record
      } else {
        diagnostics.append("--image \(reference): " + answer.notes.joined(separator: "; "))
      }
    }
    var reasons: [String: String] = [:]
    for reference in answers.keys.sorted() {
      for (name, reason) in answers[reference]?.failures ?? [] where reasons[name] == nil {
        reasons[name] = reason
      }
    }
    let unreachable = sources.map(\.name).filter { reasons[$0] != nil }.map { name in
      UnreachableSource(name: name, reason: reasons[name] ?? "")
    }
    return Lookups(measured: measured, diagnostics: diagnostics, unreachable: unreachable)
  }

  /// The stage `text` names: an index or a stage name.
  static func stageIndex(_ text: String, in graph: StageGraph) -> Int? {
    if let number = Int(text), number >= 0, number < graph.stages.count { return number }
    return graph.stage(named: text)?.index
  }

  /// What the sources said about one reference.
  struct Answer: Sendable {
    var lookup: ImageLookup?
    var notes: [String]
    /// Sources that could not answer, by name, with the reason.
    var failures: [(String, String)] = []
  }

  private func lookUpAll(_ references: Set<String>) async -> [String: Answer] {
    await withTaskGroup(of: (String, Answer).self) { group in
      for reference in references {
        group.addTask { (reference, await lookUp(reference)) }
      }
      var answers: [String: Answer] = [:]
      for await (reference, answer) in group {
        answers[reference] = answer
      }
      return answers
    }
  }

  private func lookUp(_ reference: String) async -> Answer {
    var notes: [String] = []
    var failures: [(String, String)] = []
    for source in sources {
      let lookup = await Deadline.run(timeout) { await source.lookUp(reference) }
      switch lookup {
      case .found(let record) where record.sizeKind == model.sizeKind:
        return Answer(lookup: lookup, notes: notes, failures: failures)
      case .found(let record):
        notes.append("\(source.name) has it in \(record.sizeKind.rawValue) bytes, not \(model.sizeKind.rawValue)")
      case .notFound(let reason):
        notes.append("\(source.name): not found (\(reason))")
      case .unavailable(let reason):
        notes.append("\(source.name): unavailable (\(reason))")
        failures.append((source.name, reason))
      case nil:
        notes.append("\(source.name): no answer within \(timeout)")
        failures.append((source.name, "no answer within \(timeout)"))
      }
    }
    if sources.isEmpty { notes.append("no image source to ask") }
    return Answer(lookup: nil, notes: notes, failures: failures)
  }
}

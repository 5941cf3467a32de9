import DockerfileSyntax

extension StageGraphBuilder {
  /// Linter rules on `FROM … AS name`: `StageNameCasing`, `FromAsCasing`, `ReservedStageName`, `DuplicateStageName`.
  mutating func lintStageNames() {
    for index in stages.indices {
      guard let name = stages[index].name else { continue }
      let keywordRange = stages[index].from.instruction.keywordRange
      let nameRange = stages[index].from.stageNameRange ?? keywordRange
      if let written = stages[index].writtenName, !Self.isLowercase(written) {
        report(.warning, StageGraphMessages.stageNameCasing(written), at: nameRange, .stageNameCasing)
      }
      let arguments = stages[index].from.instruction.arguments
      if arguments.count == 3 {
        let keyword = stages[index].from.instruction.keyword
        let asWord = arguments[1].value
        let fromLower = Self.isLowercase(keyword)
        let fromUpper = Self.isUppercase(keyword)
        let matches = (!fromLower && !fromUpper) || (fromLower ? Self.isLowercase(asWord) : Self.isUppercase(asWord))
        if !matches {
          report(
            .warning, StageGraphMessages.fromAsCasing(from: keyword, as: asWord),
            at: arguments[1].range ?? keywordRange, .fromAsCasing)
        }
      }
      if name == "scratch" || name == "context" {
        report(.warning, StageGraphMessages.reservedStageName(name), at: nameRange, .reservedStageName)
      }
      if duplicateNamedStages.contains(index) {
        report(.warning, StageGraphMessages.duplicateStageName(name), at: nameRange, .duplicateStageName)
      }
    }
  }

  /// Whether `text` equals its lowercasing; ASCII text is checked byte by byte.
  static func isLowercase(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return text == text.lowercased() }
    return !utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
  }

  /// Whether `text` equals its uppercasing; ASCII text is checked byte by byte.
  static func isUppercase(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return text == text.uppercased() }
    return !utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
  }

  /// BuildKit's `validateCircularDependency`: the first stage (in file order) from which a
  /// `--from` cycle is reachable is named; the diagnostic points at the instruction closing the cycle.
  mutating func checkCircularDependencies(_ incoming: IncomingEdges) {
    guard edges.contains(where: { $0.isDependency && $0.source.stageIndex != nil }) else { return }
    var visited = [Bool](filling: false, count: stages.count)
    var onPath = [Bool](filling: false, count: stages.count)
    for start in stages.indices where !visited[start] {
      if let closing = findCycle(from: start, incoming, visited: &visited, onPath: &onPath) {
        report(
          .error, StageGraphMessages.circularDependency(stages[start].displayName),
          at: edges[closing].instructionRange, .circularDependency)
        return
      }
    }
  }

  private func findCycle(
    from stage: Int, _ incoming: IncomingEdges, visited: inout [Bool], onPath: inout [Bool]
  ) -> Int? {
    visited[stage] = true
    onPath[stage] = true
    for edge in incoming.edges(into: stage) where edges[edge].isDependency {
      guard let source = edges[edge].source.stageIndex else { continue }
      if onPath[source] { return edge }
      if !visited[source],
        let closing = findCycle(from: source, incoming, visited: &visited, onPath: &onPath)
      {
        return closing
      }
    }
    onPath[stage] = false
    return nil
  }

  /// `--target`: a stage name (case-insensitive, the last stage with it); the last stage by default.
  mutating func resolveTarget() -> Int? {
    guard let requested = configuration.target, !requested.isEmpty else { return stages.count - 1 }
    if let index = stagesByName[requested.lowercased()] { return index }
    let names = stages.map(\.displayName)
    let message = NameSuggestion.wrap(StageGraphMessages.unknownTarget(requested), value: requested, options: names)
    let anchor = stages.last.map { $0.from.instruction.keywordRange } ?? 0..<0
    report(.error, message, at: anchor, .unknownTarget)
    if let number = Self.goAtoi(requested), number >= 0, number < stages.count {
      diagnostics.append(
        Diagnostic(
          severity: .note, message: StageGraphMessages.targetIndexNote(number, stages[number].name),
          range: stages[number].from.instruction.keywordRange, code: StageGraphDiagnosticCode.unknownTarget.rawValue))
    }
    return nil
  }

  /// BuildKit's `allReachableStages`: the target, its base chain, and every `--from` source, transitively.
  ///
  /// `incoming` is nil when no edge comes from a stage: then the target alone is built.
  mutating func markReachable(from target: Int, _ incoming: IncomingEdges?) {
    stages[target].isReachable = true
    stages[target].isTarget = true
    guard let incoming else { return }
    var queue = [target]
    var cursor = 0
    while cursor < queue.count {
      let stage = queue[cursor]
      cursor += 1
      for edge in incoming.edges(into: stage) {
        guard let source = edges[edge].source.stageIndex, !stages[source].isReachable else { continue }
        stages[source].isReachable = true
        queue.append(source)
      }
    }
  }

  /// `COPY --from` a later stage fails when the copying stage is built; a mount from one is suspicious.
  mutating func checkLaterStageSources() {
    for edge in edges where edge.kind != .base {
      guard let source = edge.source.stageIndex, source > edge.target else { continue }
      let consumer = stages[edge.target]
      let reference = edge.reference ?? String(source)
      let range = edge.instructionRange
      if edge.kind == .copy {
        stageScoped.append(
          StageScoped(
            stage: edge.target,
            diagnostic: Diagnostic(
              severity: .error, message: StageGraphMessages.copyFromLaterStage(reference, consumer.displayName),
              range: range, code: StageGraphDiagnosticCode.copyFromLaterStage.rawValue)))
      } else {
        report(
          .warning, StageGraphMessages.mountFromLaterStage(reference, consumer.displayName), at: range,
          .mountFromLaterStage)
      }
    }
  }
}

extension StageEdge {
  /// Whether the cycle check follows the edge: a `--from` copy or mount of the stage's own instructions.
  fileprivate var isDependency: Bool { kind != .base && !viaOnbuild }
}

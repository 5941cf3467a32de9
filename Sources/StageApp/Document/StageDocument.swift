import DockerfileSyntax
import StageAnalysis

/// The Dockerfile being explored: the original bytes, the base swaps laid over them, and the
/// stage graph of the result. Pure: every change re-parses the edited bytes (Dockerfiles are small).
public struct StageDocument: Sendable {
  /// The file name shown to people.
  public let fileName: String
  /// The file as read.
  public let original: Dockerfile
  /// The graph of the file as read, for the chosen configuration.
  public private(set) var originalGraph: StageGraph
  /// The swaps, with their undo history.
  public private(set) var swaps: SwapSet
  /// The file with the swaps applied.
  public private(set) var edited: Dockerfile
  /// The graph of the edited file.
  public private(set) var graph: StageGraph
  /// Target, build arguments and platform.
  public private(set) var configuration: BuildConfiguration
  /// Why the swaps could not be written into the file (after a target change), if they could not.
  public private(set) var problem: String?
  /// Grows with every change, so results computed for an older state can be recognised.
  public private(set) var revision: Int

  /// A document over `bytes`.
  public init(fileName: String, bytes: [UInt8], configuration: BuildConfiguration = BuildConfiguration()) {
    self.fileName = fileName
    let parsed = Dockerfile.parse(bytes)
    original = parsed
    edited = parsed
    self.configuration = configuration
    let graph = StageGraph(dockerfile: parsed, configuration: configuration)
    originalGraph = graph
    self.graph = graph
    swaps = SwapSet()
    problem = nil
    revision = 0
  }

  /// Whether the edited file differs from the original.
  public var isEdited: Bool { edited.source.bytes != original.source.bytes }

  /// The bytes of the edited file.
  public var editedBytes: [UInt8] { edited.source.bytes }

  /// Changes the target stage (nil: the last stage).
  public mutating func setTarget(_ target: String?) {
    configuration.target = target
    originalGraph = StageGraph(dockerfile: original, configuration: configuration)
    rebuild()
  }

  /// Changes the swaps (`set`, `remove`, `undo`, `redo`) and rebuilds the edited file and graph.
  public mutating func changeSwaps(_ change: (inout SwapSet) -> Void) {
    let before = swaps
    change(&swaps)
    guard swaps != before else { return }
    rebuild()
  }

  /// The edited bytes with `swaps` changed by `change`, or why that cannot be written.
  public func trying(_ change: (inout SwapSet) -> Void) -> Result<[UInt8], SwapError> {
    var trial = swaps
    change(&trial)
    do {
      let plan = try SwapEditPlan(swaps: trial, dockerfile: original, graph: originalGraph)
      return .success(plan.edits.isEmpty ? original.source.bytes : original.applying(plan.edits).source.bytes)
    } catch {
      return .failure(error)
    }
  }

  private mutating func rebuild() {
    switch trying({ _ in }) {
    case .success(let bytes):
      edited = bytes == original.source.bytes ? original : Dockerfile.parse(bytes)
      problem = nil
    case .failure(let error):
      edited = original
      problem = error.description
    }
    graph = StageGraph(dockerfile: edited, configuration: configuration)
    revision += 1
  }
}

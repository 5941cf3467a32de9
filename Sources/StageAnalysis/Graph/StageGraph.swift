import DockerfileInstructions
import DockerfileSyntax

/// The stages of a Dockerfile, their dependencies and what a target build needs, as BuildKit resolves them.
///
/// Pure: built from a parsed file and a `BuildConfiguration`, with no I/O. Every stage,
/// edge and diagnostic points back to the bytes it came from.
public struct StageGraph: Sendable {
  /// The stages, in file order.
  public let stages: [GraphStage]
  /// Base, copy and mount dependencies, in file order of the instructions they come from.
  public let edges: [StageEdge]
  /// The target stage's index; nil when `--target` names no stage or there are no stages.
  public let targetIndex: Int?
  /// The `--target` as given, nil for the default (last) stage.
  public let requestedTarget: String?
  /// The variables `FROM` lines see.
  public let globalArguments: GlobalArguments
  /// Parser, instruction and graph diagnostics, in source order.
  public let diagnostics: [Diagnostic]
  /// The source the graph was built from, for positions.
  public let source: SourceText

  /// Analyses a parsed Dockerfile for the given build configuration.
  public init(dockerfile: Dockerfile, configuration: BuildConfiguration = BuildConfiguration()) {
    self.init(dockerfile: dockerfile, pass: InstructionPass(dockerfile), configuration: configuration)
  }

  /// Analyses a parsed Dockerfile whose instruction pass has already run.
  public init(dockerfile: Dockerfile, pass: InstructionPass, configuration: BuildConfiguration) {
    var builder = StageGraphBuilder(dockerfile: dockerfile, pass: pass, configuration: configuration)
    let result = builder.build()
    stages = result.stages
    edges = result.edges
    targetIndex = result.targetIndex
    requestedTarget = configuration.target
    globalArguments = result.globalArguments
    diagnostics = result.diagnostics
    source = dockerfile.source
  }

  /// The target stage, when it was found.
  public var target: GraphStage? { targetIndex.map { stages[$0] } }

  /// Whether BuildKit would refuse to build the target (any error diagnostic).
  public var refusesBuild: Bool { diagnostics.contains { $0.isError } }

  /// The edges that feed `stage` (its base, copies and mounts).
  public func edges(into stage: Int) -> [StageEdge] {
    edges.filter { $0.target == stage }
  }

  /// The edges that take content out of `stage`.
  public func edges(outOf stage: Int) -> [StageEdge] {
    edges.filter { $0.source == .stage(stage) }
  }

  /// The stage named `name` (case-insensitive, the last one when names repeat), as `--from` finds it.
  public func stage(named name: String) -> GraphStage? {
    let lowered = name.lowercased()
    return stages.last { $0.name == lowered }
  }
}

import DockerfileInstructions
import DockerfileSyntax
import StageAnalysis

/// libFuzzer entry point for the typed pass and the analyzer.
///
/// The input is a Dockerfile, optionally followed by context files, each
/// introduced by a line `\n=== PATH\n` (the separator starts with a newline):
///
///     FROM alpine
///     COPY . /app
///     === .dockerignore
///     *.log
///     === src/main.c
///     int main(void) { return 0; }
///
/// The Dockerfile is typed, graphed (default target and each named target),
/// its variables read, and sized over an in-memory context made of the files;
/// nothing may trap, and the exporters must render.
/// Built once: the catalog and package tables are large and read-only.
let sizeModel = SizeModel()

/// Builds the catalog and package tables before the first input, so their
/// one-time cost is not charged to an input's time limit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzAnalyzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  let warmUp = Dockerfile.parse("FROM debian:bookworm\nRUN apt-get install -y curl\nFROM alpine\nRUN apk add git\n")
  _ = sizeModel.report(graph: StageGraph(dockerfile: warmUp), file: "Dockerfile", context: InMemoryBuildContext())
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let (dockerfileBytes, context) = FuzzInput.split(bytes)
  let dockerfile = Dockerfile.parse(dockerfileBytes)
  let pass = InstructionPass(dockerfile)
  _ = pass.diagnostics.count
  let graph = StageGraph(dockerfile: dockerfile, pass: pass, configuration: BuildConfiguration())
  FuzzInput.checkGraph(graph, size: dockerfileBytes.count)
  for stage in graph.stages {
    _ = stage.finalEnvironment.orderedBindings.count
  }
  _ = TextGraphFormat.render(graph, fileName: "Dockerfile")
  _ = JSONGraphFormat.render(graph)
  _ = DOTGraphFormat.render(graph)
  _ = MermaidGraphFormat.render(graph)
  let report = sizeModel.report(
    graph: graph, file: "Dockerfile", context: context, dockerfilePath: "Dockerfile",
    escapeToken: dockerfile.escapeToken)
  _ = report.stages.count
  if let name = graph.stages.first?.name {
    let targeted = StageGraph(dockerfile: dockerfile, configuration: BuildConfiguration(target: name))
    FuzzInput.checkGraph(targeted, size: dockerfileBytes.count)
  }
  return 0
}

/// Splitting a fuzz input into a Dockerfile and context files, and graph checks.
enum FuzzInput {
  static let separator: [UInt8] = Array("\n=== ".utf8)

  /// The Dockerfile bytes and the in-memory context the rest describes.
  static func split(_ bytes: [UInt8]) -> ([UInt8], InMemoryBuildContext) {
    var parts: [ArraySlice<UInt8>] = []
    var start = 0
    var index = 0
    while index + separator.count <= bytes.count {
      if bytes[index..<(index + separator.count)].elementsEqual(separator) {
        parts.append(bytes[start..<index])
        index += separator.count
        start = index
      } else {
        index += 1
      }
    }
    parts.append(bytes[start..<bytes.count])
    var context = InMemoryBuildContext()
    context.add("Dockerfile", .file(Array(parts[0])))
    for part in parts.dropFirst() {
      let newline = part.firstIndex(of: 0x0A) ?? part.endIndex
      let path = String(decoding: part[part.startIndex..<newline], as: UTF8.self)
      let content = newline < part.endIndex ? Array(part[(newline + 1)...]) : []
      if path.hasPrefix("@") {
        context.add(String(path.dropFirst()), .symlink(String(decoding: content, as: UTF8.self)))
      } else if path.hasPrefix("!") {
        context.add(String(path.dropFirst()), .file(content))
        context.markUnreadable(String(path.dropFirst()))
      } else {
        context.add(path, .file(content))
      }
    }
    return (Array(parts[0]), context)
  }

  /// Edges point at stages that exist, the target is a stage, diagnostics lie in the file.
  static func checkGraph(_ graph: StageGraph, size: Int) {
    for edge in graph.edges {
      guard graph.stages.indices.contains(edge.target) else { fatalError("edge into missing stage \(edge.target)") }
      if let source = edge.source.stageIndex, !graph.stages.indices.contains(source) {
        fatalError("edge from missing stage \(source)")
      }
      guard edge.instructionRange.upperBound <= size else { fatalError("edge range \(edge.instructionRange) outside") }
    }
    if let target = graph.targetIndex, !graph.stages.indices.contains(target) {
      fatalError("target \(target) outside \(graph.stages.count) stages")
    }
    for diagnostic in graph.diagnostics where diagnostic.range.upperBound > size || diagnostic.range.lowerBound < 0 {
      fatalError("graph diagnostic '\(diagnostic.message)' at \(diagnostic.range) outside \(size) bytes")
    }
  }
}

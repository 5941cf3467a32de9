import DockerfileSyntax
import StageAnalysis

/// libFuzzer entry point for the exporter.
///
/// The first three bytes choose up to three base swaps (stage and image each
/// from one byte); the rest is the Dockerfile. When the swaps can be planned,
/// the edits must touch only `FROM` lines and meta `ARG` lines (a variable base
/// is swapped through its `ARG` default), every byte outside them must be kept,
/// and the result must re-parse, print back exactly, and keep its stage count.
/// Builds the catalog before the first input, so its one-time cost is not
/// charged to an input's time limit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzExporterInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  let warmUp = Dockerfile.parse("FROM golang:1.22 AS build\nFROM debian:bookworm-slim\n")
  if let swap = try? BaseImageSwap(stage: 1, imageText: "alpine") {
    _ = try? SwapAnalysis(dockerfile: warmUp, swaps: SwapSet([swap]))
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExporter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard bytes.count >= 3 else { return 0 }
  let choices = bytes[0..<3]
  let text = Array(bytes[3...])
  let dockerfile = Dockerfile.parse(text)
  let graph = StageGraph(dockerfile: dockerfile)
  guard !graph.stages.isEmpty else { return 0 }
  var swaps = SwapSet()
  for choice in choices where choice & 0x80 == 0 {
    let stage = Int(choice & 0x0F) % graph.stages.count
    let image = ExportCheck.images[Int(choice >> 4) % ExportCheck.images.count]
    guard let swap = try? BaseImageSwap(stage: stage, imageText: image) else { continue }
    swaps.set(swap)
  }
  guard let plan = try? SwapEditPlan(swaps: swaps, dockerfile: dockerfile, graph: graph) else { return 0 }
  ExportCheck.checkEditsStayOnBaseLines(plan.edits, in: dockerfile)
  let exported = (plan.edits.isEmpty ? dockerfile : dockerfile.applying(plan.edits)).printed()
  guard exported == ExportCheck.splice(text, plan.edits) else {
    fatalError("export changed bytes outside its edits")
  }
  let reparsed = Dockerfile.parse(exported)
  guard reparsed.printed() == exported else { fatalError("exported file does not print back") }
  let regraphed = StageGraph(dockerfile: reparsed)
  guard regraphed.stages.count == graph.stages.count else {
    fatalError("export changed the stage count from \(graph.stages.count) to \(regraphed.stages.count)")
  }
  _ = try? SwapAnalysis(dockerfile: dockerfile, swaps: swaps)
  _ = UnifiedDiff(oldName: "Dockerfile", newName: "Dockerfile").render(old: text, new: exported)
  return 0
}

/// The images swaps choose from and the checks on an export's edits.
enum ExportCheck {
  static let images = [
    "alpine", "debian:bookworm-slim", "scratch", "gcr.io/distroless/static-debian12", "golang:1.22-alpine",
    "node:20-slim", "python:3.12-alpine", "ubuntu@sha256:" + String(repeating: "a", count: 64),
    "localhost:5000/team/app:v1", "busybox:1.36", "nginx:latest", "eclipse-temurin:21-jre",
    "rust:1-slim-bookworm", "registry.example/x/y/z:tag", "amazonlinux:2023", "redis:7",
  ]

  /// Every edit lies inside a `FROM` instruction or an `ARG` before the first `FROM`.
  static func checkEditsStayOnBaseLines(_ edits: [TextEdit], in dockerfile: Dockerfile) {
    let firstFrom = dockerfile.instructions.firstIndex { $0.command == "from" } ?? dockerfile.instructions.count
    let allowed = dockerfile.instructions.enumerated().filter { index, instruction in
      instruction.command == "from" || (instruction.command == "arg" && index < firstFrom)
    }.map { $0.element.range }
    for edit in edits where !allowed.contains(where: { $0.encloses(edit.range) }) {
      fatalError("edit \(edit.range) lies outside every FROM and meta ARG instruction")
    }
  }

  /// The source with the edits spliced in, in file order.
  static func splice(_ source: [UInt8], _ edits: [TextEdit]) -> [UInt8] {
    var result: [UInt8] = []
    var cursor = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      guard edit.range.lowerBound >= cursor, edit.range.upperBound <= source.count else {
        fatalError("edits overlap or leave the file: \(edit.range)")
      }
      result += source[cursor..<edit.range.lowerBound]
      result += edit.replacement
      cursor = edit.range.upperBound
    }
    result += source[cursor...]
    return result
  }
}

extension Range where Bound == Int {
  /// Whether `other` lies within this range (an empty range at either end counts).
  fileprivate func encloses(_ other: Range<Int>) -> Bool {
    other.lowerBound >= lowerBound && other.upperBound <= upperBound
  }
}

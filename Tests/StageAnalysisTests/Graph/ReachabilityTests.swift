import StageAnalysis
import Testing

@Suite("Which stages BuildKit builds for a target")
struct ReachabilityTests {
  static let dockerfile = """
    FROM golang:1.22 AS deps
    RUN go mod download
    FROM deps AS build
    RUN --mount=type=cache,target=/root/.cache go build -o /out/app
    FROM deps AS test
    RUN go test ./...
    FROM alpine AS certs
    FROM node:20 AS docs
    RUN --mount=type=bind,from=build,source=/out,target=/bin npm run docs
    FROM scratch AS release
    COPY --from=certs /etc/ssl/certs /etc/ssl/certs
    COPY --from=build /out/app /app
    FROM release AS debug
    COPY --from=busybox:1.36 /bin/busybox /bin/busybox
    """

  /// (target, stages built) as BuildKit's dependency walk gives them.
  static let table: [(String?, [Int])] = [
    (nil, [0, 1, 3, 5, 6]),
    ("release", [0, 1, 3, 5]),
    ("test", [0, 2]),
    ("deps", [0]),
    ("docs", [0, 1, 4]),
    ("CERTS", [3]),
  ]

  @Test("Reachable stages per target", arguments: table)
  func reachable(target: String?, built: [Int]) {
    let graph = MarkedSource(Self.dockerfile).graph(target: target)
    #expect(graph.stages.filter(\.isReachable).map(\.index) == built)
    #expect(graph.stages.filter(\.isTarget).map(\.index) == [built.last ?? -1])
    #expect(!graph.refusesBuild, "\(graph.diagnostics.map(\.message))")
  }

  @Test("Edges point from provider to consumer")
  func edgeDirections() {
    let graph = MarkedSource(Self.dockerfile).graph()
    let summary = graph.edges.map { edge -> String in
      let source: String
      switch edge.source {
      case .stage(let index): source = String(index)
      case .image(let reference): source = reference
      }
      return "\(source)-\(edge.kind.rawValue)->\(edge.target)"
    }
    #expect(
      summary == [
        "golang:1.22-base->0", "0-base->1", "0-base->2", "alpine-base->3", "node:20-base->4", "1-mount->4",
        "scratch-base->5", "3-copy->5", "1-copy->5", "5-base->6", "busybox:1.36-copy->6",
      ])
  }

  @Test("An unknown target builds nothing")
  func unknownTarget() {
    let graph = MarkedSource(Self.dockerfile).graph(target: "nope")
    #expect(graph.stages.filter(\.isReachable).isEmpty)
  }
}

import StageAnalysis
import Testing

@testable import ImageSources

@Suite struct HistoryAlignerTests {
  /// The history dockerd 20.10's BuildKit recorded for `ProbeDockerfile.text` (oldest first;
  /// sizes from `docker history --human=false --no-trunc`), on a busybox image from `docker import`.
  static let recorded: [ImageRecord.HistoryEntry] = [
    .init(createdBy: "", bytes: 1_985_613, isEmptyLayer: false),
    .init(createdBy: "ARG VERSION=1.2", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "ENV GREETING=hi", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "RUN |1 VERSION=1.2 /bin/sh -c echo \"$VERSION\" > /v.txt # buildkit", bytes: 4, isEmptyLayer: false),
    .init(createdBy: "WORKDIR /src", bytes: 0, isEmptyLayer: false),
    .init(createdBy: "WORKDIR /src", bytes: 0, isEmptyLayer: false),
    .init(createdBy: "COPY a.txt . # buildkit", bytes: 6, isEmptyLayer: false),
    .init(createdBy: "COPY d/ /data/ # buildkit", bytes: 5000, isEmptyLayer: false),
    .init(createdBy: "ADD a.txt /added.txt # buildkit", bytes: 6, isEmptyLayer: false),
    .init(createdBy: "LABEL org.example.k=v", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "USER nobody", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "EXPOSE map[8080/tcp:{}]", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "VOLUME [/vol]", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "STOPSIGNAL SIGTERM", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "SHELL [/bin/sh -c]", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "HEALTHCHECK &{[\"CMD-SHELL\" \"true\"] \"0s\" \"0s\" \"0s\" '\\x00'}", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "MAINTAINER someone", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "RUN |1 VERSION=1.2 /bin/sh -c true # buildkit", bytes: 0, isEmptyLayer: false),
    .init(createdBy: "RUN |1 VERSION=1.2 /bin/echo exec-form # buildkit", bytes: 0, isEmptyLayer: false),
    .init(createdBy: "CMD [\"sh\"]", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "ENTRYPOINT [\"/bin/sh\" \"-c\" \"echo hi\"]", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "RUN /bin/sh -c echo onbuild # buildkit", bytes: 0, isEmptyLayer: false),
    .init(createdBy: "ARG LATE=x", bytes: 0, isEmptyLayer: true),
    .init(createdBy: "RUN |1 LATE=x /bin/sh -c echo $LATE > /tmp/late.txt # buildkit", bytes: 2, isEmptyLayer: false),
    .init(createdBy: "COPY /v.txt /v2.txt # buildkit", bytes: 4, isEmptyLayer: false),
  ]

  @Test func alignsEveryInstructionOfAChainWithOnbuildTriggers() {
    let instructions = ProbeDockerfile.chain
    let alignment = HistoryAligner.align(history: Self.recorded, instructions: instructions)
    #expect(alignment.isExact, "\(alignment.mismatches)")
    #expect(alignment.baseEntryCount == 1)
    #expect(alignment.baseBytes == 1_985_613)
    let byText = Dictionary(
      zip(instructions.map(\.text), alignment.measures), uniquingKeysWith: { first, _ in first })
    #expect(byText["ARG BASE=busybox:latest"]?.bytes == nil)
    #expect(byText["FROM ${BASE} AS base"]?.historyIndices == [])
    #expect(byText["COPY d/ /data/"]?.bytes == 5000)
    #expect(byText["WORKDIR /src"]?.isEmptyLayer == false)
    #expect(byText["ONBUILD RUN echo onbuild"]?.historyIndices == [])
    #expect(byText["FROM base AS final"]?.historyIndices == [21])
    #expect(byText["COPY --from=base /v.txt /v2.txt"]?.bytes == 4)
    #expect(alignment.measures.compactMap(\.bytes).reduce(0, +) + alignment.baseBytes
      == Self.recorded.reduce(0) { $0 + $1.bytes })
  }

  @Test func theTargetStageAloneLeavesTheChainToTheBase() {
    let target = Array(ProbeDockerfile.chain.drop { $0.text != "FROM base AS final" })
    let alignment = HistoryAligner.align(history: Self.recorded, instructions: target)
    #expect(alignment.isExact)
    #expect(alignment.baseEntryCount == 22)
    #expect(alignment.measures.map(\.bytes) == [nil, 0, 2, 4])
  }

  @Test func reportsWhereTheHistoryDisagrees() {
    let instructions = [
      ChainInstruction(keyword: "FROM", text: "FROM busybox"),
      ChainInstruction(keyword: "COPY", text: "COPY a b"),
      ChainInstruction(keyword: "RUN", text: "RUN make"),
    ]
    let history: [ImageRecord.HistoryEntry] = [
      .init(createdBy: "", bytes: 10, isEmptyLayer: false),
      .init(createdBy: "RUN /bin/sh -c make # buildkit", bytes: 3, isEmptyLayer: false),
    ]
    let alignment = HistoryAligner.align(history: history, instructions: instructions)
    #expect(!alignment.isExact)
    #expect(alignment.mismatches == ["instruction 2 expects COPY but history entry 1 is an entry naming no instruction"])
    #expect(alignment.measures.map(\.bytes) == [nil, nil, 3])
    let short = HistoryAligner.align(history: Array(history.suffix(1)), instructions: instructions)
    #expect(short.mismatches == ["no history entry left for COPY (instruction 2)"])
    #expect(short.baseEntryCount == 0)
  }
}

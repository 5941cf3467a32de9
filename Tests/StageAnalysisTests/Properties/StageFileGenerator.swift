import StageAnalysis
import _StageTestSupport

/// Generates multi-stage Dockerfiles, and build contexts for them, from a seed.
///
/// Stages refer to each other the ways BuildKit allows and the ways it
/// refuses: `FROM` an earlier or later stage or itself, `COPY --from` by name,
/// by index, to an unknown name or an image, `RUN --mount=from=`, variable
/// bases fed by meta `ARG`s, `ONBUILD` triggers, and `--platform`.
struct StageFileGenerator {
  var random: SplitMix64

  init(seed: UInt64) {
    random = SplitMix64(state: seed)
  }

  static let images = [
    "alpine:3.19", "debian:bookworm-slim", "golang:1.22", "node:20-alpine", "python:3.12-slim", "scratch",
    "gcr.io/distroless/static-debian12", "ubuntu:24.04", "busybox", "nginx:1.25-alpine", "unknown/thing:v9",
  ]
  static let commands = [
    "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates",
    "RUN apk add --no-cache git make", "RUN go build -o /out/app ./...", "RUN npm ci && npm run build",
    "RUN pip install --no-cache-dir -r requirements.txt", "WORKDIR /app", "ENV PATH=/app/bin:$PATH",
    "COPY . .", "COPY src/ /src/", "ADD archive.tar.gz /opt/", "USER 65532:65532", "EXPOSE 8080",
    "CMD [\"/app\"]", "ENTRYPOINT /app --serve", "ARG VERSION", "RUN <<EOF\nset -e\nmake\nEOF",
    "COPY --chmod=0755 scripts/run.sh /usr/local/bin/", "RUN rm -rf /var/cache/apk/*", "ONBUILD COPY . /src",
    "HEALTHCHECK CMD wget -q localhost || exit 1", "COPY --exclude=*.md docs/ /docs/",
  ]

  /// A generated file and the number of `FROM` lines written.
  mutating func dockerfile() -> (text: String, stages: Int) {
    var lines: [String] = []
    if random.chance(40) { lines.append("ARG BASE=\(random.pick(Self.images))") }
    if random.chance(20) { lines.append("ARG VERSION=1.0") }
    let count = 1 + random.below(random.chance(10) ? 30 : 6)
    for index in 0..<count {
      lines.append(from(index: index, count: count))
      for _ in 0..<random.below(5) {
        lines.append(command(index: index, count: count))
      }
    }
    if random.chance(10) { lines.insert("RUN echo before any stage", at: 0) }
    return (lines.joined(separator: "\n") + (random.chance(90) ? "\n" : ""), count)
  }

  private mutating func from(index: Int, count: Int) -> String {
    var line = "FROM "
    if random.chance(15) { line += random.pick(["--platform=$BUILDPLATFORM ", "--platform=linux/arm64 "]) }
    switch random.below(10) {
    case 0: line += "${BASE}"
    case 1: line += "$BASE"
    case 2 where index > 0: line += "s\(random.below(index))"
    case 3: line += "s\(random.below(count))"
    case 4: line += "golang:${VERSION}"
    default: line += random.pick(Self.images)
    }
    if random.chance(85) { line += random.pick([" AS ", " as "]) + "s\(index)" }
    return line
  }

  private mutating func command(index: Int, count: Int) -> String {
    switch random.below(8) {
    case 0: return "COPY --from=s\(random.below(count + 1)) /out/app /usr/local/bin/app"
    case 1: return "COPY --from=\(random.below(count + 1)) /out /out"
    case 2: return "RUN --mount=type=bind,from=s\(random.below(count)),source=/,target=/mnt true"
    case 3: return "COPY --from=\(random.pick(Self.images)) /etc/ssl/certs /etc/ssl/certs"
    default: return random.pick(Self.commands)
    }
  }

  /// A small build context: a few source files, a `.dockerignore`, perhaps a symlink out.
  mutating func context() -> InMemoryBuildContext {
    var context = InMemoryBuildContext()
    context.addFile("Dockerfile", "FROM scratch\n")
    for index in 0..<random.below(8) {
      context.add("src/file\(index).go", .sizedFile(Int64(random.below(1 << 20))))
    }
    context.addFile("requirements.txt", "flask\nrequests\n")
    context.add("archive.tar.gz", .sizedFile(4096))
    context.addFile("scripts/run.sh", "#!/bin/sh\nexec /app\n")
    if random.chance(50) { context.addFile(".dockerignore", random.pick(["*.md\n", "**\n!src\n", "[\n", "src/*.go\n!src/file1.go\n"])) }
    if random.chance(30) { context.add("escape", .symlink(random.pick(["/etc", "../../outside", "escape", "src"]))) }
    if random.chance(20) {
      context.addFile("secret.key", "k")
      context.markUnreadable("secret.key")
    }
    return context
  }
}

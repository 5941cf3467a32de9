/// Writes synthetic multi-stage Dockerfiles, the same ones for the same seed on every machine.
///
/// The files use what real ones use: base images from the catalog's families, meta ARGs,
/// `ENV`/`LABEL` pairs, `RUN` chains over continuation lines with package installs, cache
/// mounts, heredocs, `COPY --from` between stages, comments and exec-form commands.
struct CorpusGenerator {
  private var random: SplitMix64

  /// A generator seeded with `seed`.
  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  static let bases = [
    "debian:bookworm-slim", "ubuntu:22.04", "alpine:3.19", "node:20-alpine", "node:20-bookworm-slim",
    "golang:1.22-bookworm", "python:3.12-slim", "eclipse-temurin:21-jre", "nginx:1.25-alpine",
    "gcr.io/distroless/static-debian12", "rust:1.77-slim", "ruby:3.3-slim",
  ]
  static let packages = [
    "curl", "ca-certificates", "git", "build-essential", "openssl", "tzdata", "gnupg", "unzip",
    "libpq-dev", "python3", "make", "gcc", "jq", "wget", "xz-utils", "libssl-dev",
  ]

  /// A corpus of `count` files, sized like public Dockerfiles (most short, a few long).
  static func corpus(count: Int, seed: UInt64 = 8) -> Corpus {
    var generator = CorpusGenerator(seed: seed)
    let files = (0..<count).map { index in
      let stages = 1 + generator.random.below(4) + (generator.random.below(10) == 0 ? 4 : 0)
      let lines = 12 + generator.random.below(60) + (generator.random.below(20) == 0 ? 300 : 0)
      let text = generator.dockerfile(stages: stages, lines: lines)
      return Corpus.File(name: "generated/\(index).Dockerfile", bytes: Array(text.utf8))
    }
    return Corpus(origin: "generated (\(count) files, seed \(seed))", files: files)
  }

  /// One large file of about `lines` lines over `stages` stages.
  static func large(lines: Int, stages: Int, seed: UInt64 = 10_000) -> Corpus.File {
    var generator = CorpusGenerator(seed: seed)
    let text = generator.dockerfile(stages: stages, lines: lines)
    return Corpus.File(
      name: "generated/large-\(lines)-lines-\(stages)-stages.Dockerfile", bytes: Array(text.utf8))
  }

  /// A Dockerfile of `stages` stages and about `lines` lines.
  mutating func dockerfile(stages: Int, lines: Int) -> String {
    var out = "# Generated benchmark input: \(stages) stages.\n"
    out += "ARG BASE_TAG=\(random.below(30))\nARG APP_VERSION=1.\(random.below(40)).\(random.below(9))\n\n"
    let perStage = max(4, (lines - 4) / max(1, stages))
    for stage in 0..<stages {
      out += stageText(stage, lines: perStage, last: stage == stages - 1)
    }
    return out
  }

  private mutating func stageText(_ stage: Int, lines: Int, last: Bool) -> String {
    let base: String
    if stage > 0 && random.below(4) == 0 {
      base = "stage\(random.below(stage))"
    } else {
      base = pick(Self.bases)
    }
    var out = "FROM \(base) AS stage\(stage)\n"
    var used = 1
    while used < lines - 1 {
      let (text, count) = instruction(stage)
      out += text
      used += count
    }
    out += last ? "CMD [\"/usr/local/bin/app\", \"--port\", \"8080\"]\n\n" : "\n"
    return out
  }

  private mutating func instruction(_ stage: Int) -> (String, Int) {
    switch random.below(14) {
    case 0:
      return ("# Step \(random.below(1000)): keep the layer small.\n", 1)
    case 1:
      return ("ENV APP_HOME=/srv/app\(stage) PATH=/srv/app\(stage)/bin:$PATH LANG=C.UTF-8\n", 1)
    case 2:
      return ("WORKDIR /srv/app\(stage)\n", 1)
    case 3, 4:
      let count = 2 + random.below(5)
      let names = (0..<count).map { _ in pick(Self.packages) }
      let lines =
        [
          "RUN apt-get update \\", "    && apt-get install -y --no-install-recommends \\",
        ] + names.map { "       \($0) \\" } + ["    && rm -rf /var/lib/apt/lists/*"]
      return (lines.joined(separator: "\n") + "\n", lines.count)
    case 5:
      return (
        "RUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app\(stage) ./cmd/app\n", 1
      )
    case 6 where stage > 0:
      return ("COPY --from=stage\(random.below(stage)) /out/ /usr/local/bin/\n", 1)
    case 7:
      return ("COPY package.json package-lock.json ./\n", 1)
    case 8:
      return ("COPY --chown=app:app src/ ./src/\n", 1)
    case 9:
      return (
        "LABEL org.opencontainers.image.title=\"app\(stage)\" org.opencontainers.image.version=\"${APP_VERSION}\"\n",
        1
      )
    case 10:
      let body =
        "RUN <<EOF\nset -eu\necho \"building stage \(stage)\" > /etc/motd\nmkdir -p /var/cache/app\(stage)\nEOF\n"
      return (body, 5)
    case 11:
      return ("ARG BUILD_MODE=release\nRUN echo \"mode=${BUILD_MODE:-debug}\" > /etc/build-mode\n", 2)
    case 12:
      return ("USER 10\(random.below(10))\nEXPOSE 80\(random.below(10))/tcp\n", 2)
    default:
      return ("RUN npm ci --omit=dev && npm cache clean --force\n", 1)
    }
  }

  private mutating func pick(_ values: [String]) -> String {
    values[random.below(values.count)]
  }
}

/// A small, fast pseudo-random generator with a fixed sequence per seed (SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number in `0..<bound` (bound > 0).
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}

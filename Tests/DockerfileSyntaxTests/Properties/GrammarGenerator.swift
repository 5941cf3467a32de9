import _StageTestSupport

/// Generates Dockerfiles from a small grammar, deterministically from a seed.
///
/// The output mixes what the parser must handle: instructions in both cases,
/// builder flags, shell and JSON forms, continuations (with comments and blank
/// lines inside), heredocs (terminated or not, `<<-`, quoted), parser
/// directives, CRLF, a BOM, and stray bytes (NUL, invalid UTF-8).
struct GrammarGenerator {
  var random: SplitMix64

  init(seed: UInt64) {
    random = SplitMix64(state: seed)
  }

  static let keywords = [
    "FROM", "RUN", "COPY", "ADD", "ENV", "ARG", "LABEL", "CMD", "ENTRYPOINT", "WORKDIR", "USER", "EXPOSE",
    "VOLUME", "SHELL", "HEALTHCHECK", "ONBUILD", "STOPSIGNAL", "MAINTAINER", "from", "Run", "FROBNICATE",
  ]
  static let flags = [
    "--from=build", "--from=0", "--chown=1000:1000", "--chmod=0755", "--link", "--platform=linux/arm64",
    "--mount=type=cache,target=/root/.cache", "--mount=type=bind,from=build,source=/out,target=/in",
    "--network=none", "--frm=typo", "--", "--interval=5s", "--checksum=sha256:00", "--exclude=*.md",
  ]
  static let words = [
    "alpine", "golang:1.22", "build", "AS", "as", "/app", ".", "a.txt", "b", "$HOME", "${VERSION:-1}", "'single'",
    "\"double quoted\"", "x=y", "KEY=\"v w\"", "&&", "echo", "apt-get install -y curl", "\u{00E9}t\u{00E9}", "🐳",
  ]
  static let strays: [[UInt8]] = [[0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x0B], [0x0C], [0x85], [0x09]]

  /// One generated file.
  mutating func dockerfile() -> [UInt8] {
    var out: [UInt8] = []
    if random.chance(5) { out += [0xEF, 0xBB, 0xBF] }
    if random.chance(20) { out += bytes(random.pick(["# syntax=docker/dockerfile:1\n", "# escape=`\n", "# check=skip=all\n"])) }
    let newline: [UInt8] = random.chance(15) ? [0x0D, 0x0A] : [0x0A]
    for _ in 0..<random.below(12) {
      out += line(newline: newline)
    }
    if random.chance(10) { out.removeLast(min(out.count, random.below(3))) }
    return out
  }

  private mutating func line(newline: [UInt8]) -> [UInt8] {
    switch random.below(20) {
    case 0: return bytes("# a comment ") + bytes(random.pick(Self.words)) + newline
    case 1: return newline
    case 2: return bytes(random.pick(["  ", "\t", " \t "])) + newline
    case 3: return heredocInstruction(newline: newline)
    case 4: return random.pick(Self.strays) + bytes(random.pick(Self.words)) + newline
    default: return instruction(newline: newline)
    }
  }

  private mutating func instruction(newline: [UInt8]) -> [UInt8] {
    var out = bytes(random.pick(Self.keywords))
    if random.chance(10) { out += bytes(" ONBUILD") }
    for _ in 0..<random.below(3) where random.chance(40) {
      out += bytes(" ") + bytes(random.pick(Self.flags))
    }
    if random.chance(20) {
      out += bytes(" [") + bytes(random.pick(["\"a\"", "\"a\", \"b\"", "\"sh\", \"-c\", \"echo $x\"", "", "\"open"]))
      out += bytes(random.chance(80) ? "]" : "")
    } else {
      for _ in 0..<random.below(5) {
        out += bytes(random.pick([" ", "  ", "\t"])) + bytes(random.pick(Self.words))
        if random.chance(15) { out += continuation(newline: newline) }
      }
    }
    return out + newline
  }

  private mutating func continuation(newline: [UInt8]) -> [UInt8] {
    var out = bytes(random.pick(["\\", "`"])) + bytes(random.chance(10) ? "  " : "") + newline
    if random.chance(20) { out += bytes("# inside") + newline }
    if random.chance(10) { out += newline }
    return out + bytes("  ")
  }

  private mutating func heredocInstruction(newline: [UInt8]) -> [UInt8] {
    let name = random.pick(["EOF", "END", "file.txt"])
    let opener = random.pick(["<<\(name)", "<<-\(name)", "<<'\(name)'", "<<\"\(name)\""])
    var out = bytes(random.pick(["RUN ", "COPY ", "RUN cat ", "ADD "])) + bytes(opener)
    out += bytes(random.pick(["", " /dest", " && echo done", " <<TWO"])) + newline
    for _ in 0..<random.below(4) {
      out += bytes(random.pick(["\t", "", "  "])) + bytes(random.pick(Self.words)) + newline
    }
    if random.chance(80) { out += bytes(random.pick(["", "\t"])) + bytes(name) + newline }
    return out
  }

  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}

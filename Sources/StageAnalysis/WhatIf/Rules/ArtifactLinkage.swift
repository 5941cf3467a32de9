import BaseImageCatalog
import DockerfileInstructions

/// How the programs a build stage compiles are linked, read from its `RUN` lines.
///
/// Go: `CGO_ENABLED=0` (inline or `ENV`), `-tags netgo`, or `-extldflags -static`
/// gives a static binary; `CGO_ENABLED=1` links the builder's libc. Left unset,
/// Go 1.20 and later turn cgo on only when a C compiler is present, so the
/// builder image decides: the Debian-based `golang` images ship gcc (cgo on,
/// a binary that uses `net` or `os/user` links glibc), the Alpine ones do not
/// (cgo off, static) unless the stage installs one. C and C++: `gcc`/`cc`/`g++`/
/// `clang` without `-static` link the builder's libc. Rust: a `*-musl` target is
/// static; the default host target links the builder's libc (glibc on Debian;
/// on Alpine the host target is musl, static by default).
enum ArtifactLinkage: Hashable, Sendable {
  /// Self-contained: runs on any base, `scratch` included.
  case staticBinary(line: Int, reason: String)
  /// Needs the given C library at run time.
  case dynamic(Libc, line: Int, reason: String)
  /// Something is compiled but the tool cannot tell how it links.
  case unknown(line: Int, reason: String)

  static let cCompilers: Set<String> = ["gcc", "cc", "g++", "c++", "clang", "clang++"]
  static let compilerPackages: Set<String> = [
    "gcc", "g++", "build-base", "clang", "build-essential", "musl-dev", "libc6-dev", "gcc-c++",
  ]

  /// The linkage of what the stages of `lineage` compile, the last compile step deciding; nil when nothing is compiled.
  static func of(_ lineage: StageLineage, graph: StageGraph, facts: BaseFacts) -> ArtifactLinkage? {
    var result: ArtifactLinkage?
    var installsCompiler = false
    let libc = facts.traits?.libc ?? .unknown
    for (_, command) in lineage.commands(in: graph) {
      guard case .run(let run) = command.instruction else { continue }
      let line = run.instruction.startLine
      for simple in RunScript(run).commandLine.commands {
        let words = simple.words
        guard let program = simple.program else { continue }
        if ["apk", "apt-get", "apt", "dnf", "yum", "microdnf"].contains(program),
          words.contains(where: compilerPackages.contains)
        {
          installsCompiler = true
        }
        if program == "go", words.count > 1, words[1] == "build" || words[1] == "install" {
          result = goLinkage(
            simple, environment: command.environment, line: line, facts: facts,
            installsCompiler: installsCompiler)
        } else if cCompilers.contains(program) {
          result =
            words.contains("-static")
            ? .staticBinary(line: line, reason: "\(program) -static at line \(line) links statically")
            : .dynamic(libc, line: line, reason: "\(program) without -static at line \(line) links the builder's libc")
        } else if program == "cargo", words.contains("build") || words.contains("install") {
          result = rustLinkage(words, line: line, libc: libc)
        }
      }
    }
    return result
  }

  private static func goLinkage(
    _ command: ShellCommandLine.Command, environment: StageEnvironment, line: Int, facts: BaseFacts,
    installsCompiler: Bool
  ) -> ArtifactLinkage {
    let libc = facts.traits?.libc ?? .unknown
    let cgo = command.assignments["CGO_ENABLED"] ?? environment.value(of: "CGO_ENABLED")
    let flags = command.words.joined(separator: " ")
    if cgo == "0" {
      return .staticBinary(line: line, reason: "Go built with CGO_ENABLED=0 at line \(line) is static")
    }
    if cgo == nil, flags.contains("-extldflags") && flags.contains("-static") {
      return .staticBinary(line: line, reason: "Go built with -extldflags -static at line \(line)")
    }
    if cgo == "1" {
      return .dynamic(libc, line: line, reason: "Go built with CGO_ENABLED=1 at line \(line) links the builder's libc")
    }
    guard let image = facts.image else {
      return .unknown(line: line, reason: "cannot tell: Go built at line \(line) with cgo at its default on \(facts.label), which the catalog does not know")
    }
    let hasCompiler = installsCompiler || image.variant == .full
    if hasCompiler {
      return .dynamic(
        libc, line: line,
        reason:
          "Go built at line \(line) without CGO_ENABLED=0 on \(facts.label), which has a C compiler: "
          + "cgo is on, so a binary using net or os/user links \(libc.rawValue) dynamically")
    }
    if let version = image.traits.runtime?.version, TagVersion(version) < TagVersion("1.20") {
      return .unknown(line: line, reason: "cannot tell: Go \(version) before 1.20 keeps cgo on without a C compiler")
    }
    return .staticBinary(
      line: line,
      reason: "Go built at line \(line) on \(facts.label), which has no C compiler: cgo is off, the binary is static")
  }

  private static func rustLinkage(_ words: [String], line: Int, libc: Libc) -> ArtifactLinkage {
    let target = words.firstIndex(of: "--target").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
      ?? words.first { $0.hasPrefix("--target=") }.map { String($0.dropFirst("--target=".count)) }
    if let target {
      return target.hasSuffix("-musl")
        ? .staticBinary(line: line, reason: "cargo target \(target) at line \(line) links musl statically")
        : .dynamic(.glibc, line: line, reason: "cargo target \(target) at line \(line) links glibc")
    }
    if libc == .musl {
      return .staticBinary(line: line, reason: "cargo on a musl builder at line \(line) links statically by default")
    }
    return .dynamic(libc, line: line, reason: "cargo's default target at line \(line) links the builder's libc")
  }
}

/// A dotted version compared number by number.
struct TagVersion: Comparable {
  var parts: [Int]

  init(_ text: String) {
    parts = text.split(separator: ".").map { Int($0) ?? 0 }
  }

  static func < (lhs: TagVersion, rhs: TagVersion) -> Bool {
    lhs.parts.lexicographicallyPrecedes(rhs.parts)
  }
}

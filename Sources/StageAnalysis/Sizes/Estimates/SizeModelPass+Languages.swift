import DockerfileInstructions
import Foundation

extension SizeModelPass {
  /// Per-package unpacked size band for npm packages: a stated heuristic, not a measurement.
  static let npmPackageBand = (low: Int64(20_000), point: Int64(250_000), high: Int64(2_000_000))
  /// Per-module band for the Go module cache (zip plus extracted tree).
  static let goModuleBand = (low: Int64(50_000), point: Int64(1_500_000), high: Int64(15_000_000))
  /// Per-package band for pip installs.
  static let pipPackageBand = (low: Int64(50_000), point: Int64(3_000_000), high: Int64(60_000_000))

  /// The bytes of a file the stage copied from the build context, read back from the context.
  func contextFile(at path: String, in state: StageState) -> [UInt8]? {
    guard let contextPath = state.files.entries[path]?.contextPath, let context = preparedContext?.context else {
      return nil
    }
    return try? context.readFile(at: contextPath, limit: 64 * 1024 * 1024)
  }

  /// `npm ci` / `npm install`: packages counted from the lock file the stage copied in.
  mutating func npmReading(_ arguments: [String], facts: RunFacts, in state: inout StageState) -> CommandReading {
    guard let verb = arguments.first(where: { !$0.hasPrefix("-") }) else { return .unread }
    if verb == "cache" && arguments.contains("clean") {
      return .figure(zero("npm cache clean removes the cache"), wrote: [], isPlainFileWrite: false)
    }
    guard verb == "ci" || verb == "install" || verb == "i",
      arguments.filter({ !$0.hasPrefix("-") }).count == 1
    else { return .unread }
    let lockPath = ImagePath.join(state.workdir, "package-lock.json")
    guard let bytes = contextFile(at: lockPath, in: state),
      let lock = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let packages = lock["packages"] as? [String: Any]
    else {
      return .figure(
        .unknown(kind: kind, basis: "unknown: npm \(verb) without a package-lock.json the model can read at \(lockPath)"),
        wrote: [], isPlainFileWrite: false)
    }
    let productionOnly = arguments.contains { ["--only=production", "--production", "--omit=dev", "--only=prod"].contains($0) }
    let counted = packages.filter { key, value in
      guard !key.isEmpty else { return false }
      guard productionOnly, let fields = value as? [String: Any] else { return true }
      return (fields["dev"] as? Bool) != true
    }.count
    let band = Self.npmPackageBand
    let cacheKept = !facts.script.contains("npm cache clean") && !facts.cacheMounted("/root/.npm")
    let cacheFactor: Int64 = cacheKept ? 2 : 1
    let low = Int64(counted) * band.low
    let point = Int64(counted) * band.point * (cacheKept ? 3 : 2) / 2
    let high = Int64(counted) * band.high * cacheFactor + 262_144
    let modules = ImagePath.join(state.workdir, "node_modules")
    let moduleFigure = ByteFigure.estimate(
      low: Int64(counted) * band.low, point: Int64(counted) * band.point, high: Int64(counted) * band.high + 65_536,
      kind: kind,
      basis: "estimate: node_modules of \(counted) package\(counted == 1 ? "" : "s") from package-lock.json "
        + "at \(band.low)–\(band.high) bytes each (point \(band.point))")
    state.files.write(modules, StageFiles.Entry(figure: moduleFigure, isDirectory: false))
    let basis = "estimate: npm \(verb)\(productionOnly ? " (production only)" : ""): \(counted) package\(counted == 1 ? "" : "s") "
      + "in package-lock.json, \(band.low)–\(band.high) bytes each (point \(band.point), a heuristic band)"
      + (cacheKept ? "; the npm cache (~/.npm, about half again) stays in the layer" : "; npm cache removed")
      + "; lifecycle scripts and npm's logs (up to 256 kB) are not read"
    return .figure(.estimate(low: low, point: point, high: high, kind: kind, basis: basis), wrote: [modules], isPlainFileWrite: false)
  }

  /// `go mod download` (modules from go.sum) and `go build` (a binary-size model with a range).
  mutating func goReading(_ arguments: [String], facts: RunFacts, in state: inout StageState) -> CommandReading {
    guard let verb = arguments.first else { return .unread }
    switch verb {
    case "mod" where arguments.dropFirst().first == "download":
      let sumPath = ImagePath.join(state.workdir, "go.sum")
      guard let bytes = contextFile(at: sumPath, in: state) else {
        return .figure(
          .unknown(kind: kind, basis: "unknown: go mod download without a go.sum the model can read at \(sumPath)"),
          wrote: [], isPlainFileWrite: false)
      }
      let modules = Set(
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line -> String? in
          let fields = line.split(separator: " ")
          guard fields.count >= 2, !fields[1].hasSuffix("/go.mod") else { return nil }
          return "\(fields[0])@\(fields[1])"
        }
      ).count
      let band = Self.goModuleBand
      return .figure(
        .estimate(
          low: Int64(modules) * band.low, point: Int64(modules) * band.point,
          high: Int64(modules) * band.high + 65_536, kind: kind,
          basis: "estimate: go mod download of \(modules) module\(modules == 1 ? "" : "s") listed in go.sum, "
            + "\(band.low)–\(band.high) bytes each (point \(band.point)); the download cache's own files "
            + "(up to 64 kB) are not read"),
        wrote: [], isPlainFileWrite: false)
    case "build":
      return goBuild(Array(arguments.dropFirst()), facts: facts, in: &state)
    default:
      return .unread
    }
  }

  /// `go build`: the binary from a model of the linked runtime, and the build cache unless a cache mount holds it.
  private mutating func goBuild(_ arguments: [String], facts: RunFacts, in state: inout StageState) -> CommandReading {
    var output: String?
    var stripped = false
    for (offset, argument) in arguments.enumerated() {
      if argument == "-o", offset + 1 < arguments.count { output = arguments[offset + 1] }
      if argument.hasPrefix("-o=") { output = String(argument.dropFirst(3)) }
      if ByteSearch.contains("-s", in: argument) && ByteSearch.contains("-w", in: argument) { stripped = true }
    }
    var sources: [String] = []
    var sourceBytes: Int64 = 0
    for (path, entry) in state.files.entries
    where entry.contextPath != nil && path.hasSuffix(".go") && !path.hasSuffix("_test.go") {
      sources.append(path)
      sourceBytes += entry.figure.bytes
    }
    let usesHTTP = sources.contains { path in
      guard let text = contextFile(at: path, in: state) else { return false }
      return ByteSearch.contains("\"net/http\"", in: text)
    }
    var point: Int64 = 2_100_000 + (usesHTTP ? 4_900_000 : 0) + sourceBytes * 20
    if stripped { point = point * 7 / 10 }
    let binary = ByteFigure.estimate(
      low: point / 2, point: point, high: point * 2, kind: kind,
      basis: "estimate: Go binary: runtime and fmt about 2.1 MB"
        + (usesHTTP ? ", net/http and its TLS stack about 4.9 MB more" : "")
        + ", 20 bytes per byte of the \(sources.count) non-test .go source file\(sources.count == 1 ? "" : "s") "
        + "(\(sourceBytes) bytes)" + (stripped ? ", -s -w strips about 30 %" : "") + "; range half to double")
    let path = ImagePath.resolve(output ?? ImagePath.baseName(state.workdir), in: state.workdir)
    state.files.write(path, StageFiles.Entry(figure: binary, isDirectory: false))
    if facts.cacheMounted("/root/.cache/go-build") {
      return .figure(binary, wrote: [path], isPlainFileWrite: false)
    }
    let rebuildsAll = arguments.contains("-a")
    let cache = ByteFigure.estimate(
      low: 0, point: point * (rebuildsAll ? 4 : 2), high: point * (rebuildsAll ? 12 : 6), kind: kind,
      basis: "estimate: the build cache in /root/.cache/go-build, \(rebuildsAll ? "4" : "2")× the binary "
        + "(0–\(rebuildsAll ? "12" : "6")×)" + (rebuildsAll ? "; -a recompiles the standard library into it" : ""))
    return .figure(
      .sum([binary, cache], kind: kind, basis: binary.basis + " + " + cache.basis), wrote: [path],
      isPlainFileWrite: false)
  }

  /// `pip install`: packages named or listed in a requirements file, with a wide per-package band.
  func pipReading(_ arguments: [String], facts: RunFacts, in state: StageState) -> CommandReading {
    guard arguments.first == "install" else { return .unread }
    var count = 0
    var skipNext = false
    var sourcesRead = true
    for (offset, argument) in arguments.enumerated().dropFirst() {
      if skipNext {
        skipNext = false
        continue
      }
      if argument == "-r" || argument == "--requirement", offset + 1 < arguments.count {
        skipNext = true
        let path = ImagePath.resolve(arguments[offset + 1], in: state.workdir)
        if let bytes = contextFile(at: path, in: state) {
          count += String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && !trimmed.hasPrefix("-")
          }.count
        } else {
          sourcesRead = false
        }
      } else if !argument.hasPrefix("-") && argument != "." {
        count += 1
      } else if argument == "." {
        sourcesRead = false
      }
    }
    guard sourcesRead else {
      return .figure(
        .unknown(kind: kind, basis: "unknown: pip install of a project or requirements file the model cannot read"),
        wrote: [], isPlainFileWrite: false)
    }
    let band = Self.pipPackageBand
    let cacheKept = !arguments.contains("--no-cache-dir")
    let factor: Int64 = cacheKept ? 2 : 1
    return .figure(
      .estimate(
        low: Int64(count) * band.low, point: Int64(count) * band.point * factor,
        high: Int64(count) * band.high * factor, kind: kind,
        basis: "estimate: pip install of \(count) named package\(count == 1 ? "" : "s") (dependencies not resolved), "
          + "\(band.low)–\(band.high) bytes each (point \(band.point), a heuristic band)"
          + (cacheKept ? "; pip's cache doubles it (no --no-cache-dir)" : "")),
      wrote: [], isPlainFileWrite: false)
  }
}

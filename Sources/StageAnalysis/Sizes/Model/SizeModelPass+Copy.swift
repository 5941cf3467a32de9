import DockerfileInstructions

extension SizeModelPass {
  /// `COPY`/`ADD` from the build context (or heredocs): measured from the context.
  ///
  /// Docker's content size counts each regular file's bytes and each symbolic link's own
  /// size (the length of its target); directories count 0.
  mutating func copyFromContext(
    _ sources: [CopySource], destination: String, excludes: [String], parents: Bool, isAdd: Bool,
    command: StageCommand, in state: inout StageState
  ) -> ByteFigure {
    let keyword = isAdd ? "ADD" : "COPY"
    let destinationPath = expanded(destination, command) ?? destination
    let target = ImagePath.resolve(destinationPath, in: state.workdir)
    let intoDirectory = destinationPath.hasSuffix("/") || sources.count > 1
    var parts: [ByteFigure] = []
    var paths: [String] = []
    var written: [String] = []
    for source in sources {
      switch source {
      case .heredoc(let file):
        let bytes = Int64(file.content.utf8.count)
        let path = intoDirectory || destinationPath.hasSuffix("/") ? ImagePath.join(target, file.name) : target
        let figure: ByteFigure
        if file.expand && file.content.contains("$") {
          figure = .estimate(
            low: 0, point: bytes, high: bytes * 4 + 4096, kind: kind,
            basis: "estimate: heredoc \(file.name) is \(bytes) bytes before its variables are expanded")
        } else {
          figure = .exact(bytes, kind: kind, provenance: .measured, basis: "heredoc \(file.name): \(bytes) bytes")
        }
        state.files.write(path, StageFiles.Entry(figure: figure, isDirectory: false))
        written.append(path)
        parts.append(figure)
      case .path(let written, _):
        let path = expanded(written, command) ?? written
        if Self.isRemote(path) {
          state.files.writeOpaque(.remote(keyword: keyword, source: path))
          return .unknown(kind: kind, basis: "unknown: \(keyword) of a URL (\(path)) is fetched at build time")
        }
        if isAdd && Self.isArchive(path) {
          state.files.writeOpaque(.archive(path))
          return .unknown(
            kind: kind, basis: "unknown: ADD unpacks the local archive \(path); its unpacked size is not read")
        }
        paths.append(path)
      }
    }
    guard !paths.isEmpty else {
      state.wholeLayerWrites = written
      return .sum(parts, kind: kind, basis: "heredoc sources")
    }
    guard let measurer = measurer() else {
      state.files.writeOpaque(.unmeasuredCopy(keyword: keyword, sources: paths))
      return .unknown(kind: kind, basis: "unknown: no build context to measure \(paths.joined(separator: " ")) in")
    }
    let measurement = measurer.measure(
      sources: paths, options: CopySourceOptions(excludePatterns: excludes, keepParents: parents))
    if measurement.hasErrors {
      let problems = measurement.issues.filter { $0.severity == .error }.map(\.description)
      state.files.writeOpaque(.unmeasuredCopy(keyword: keyword, sources: paths))
      return .unknown(kind: kind, basis: "unknown: BuildKit would fail: " + problems.joined(separator: "; "))
    }
    var bytes: Int64 = 0
    state.files.reserve(measurement.entries.count)
    for entry in measurement.entries {
      let size = Self.contentBytes(entry.kind)
      bytes += size
      let singleFile = !intoDirectory && measurement.entries.count == 1 && !entry.kind.isDirectory
      let path = singleFile ? target : ImagePath.join(target, entry.destinationPath)
      state.files.write(
        path,
        StageFiles.Entry(
          measured: size, kind: kind, isDirectory: entry.kind.isDirectory, contextPath: entry.contextPath))
    }
    let links = measurement.symlinkCount
    var basis = "context: \(measurement.fileCount) file\(measurement.fileCount == 1 ? "" : "s")"
    if links > 0 { basis += " and \(links) symbolic link\(links == 1 ? "" : "s") (their target lengths)" }
    basis += " from \(paths.joined(separator: " "))"
    basis += measurer.ignore == nil ? " (no .dockerignore)" : " after .dockerignore"
    if !excludes.isEmpty { basis += " and --exclude" }
    basis += "; hard links counted once per link (inodes are not visible)"
    if measurement.isTruncated {
      return .estimate(
        low: bytes, point: bytes, high: bytes * 2, kind: kind,
        basis: "estimate: the context walk stopped at its entry limit; " + basis)
    }
    parts.append(.exact(bytes, kind: kind, provenance: .measured, basis: basis))
    return parts.count == 1 ? parts[0] : .sum(parts, kind: kind, basis: basis + " and heredocs")
  }

  /// The content bytes an entry adds: a file's size, a link's target length, 0 otherwise.
  static func contentBytes(_ kind: ContextEntryKind) -> Int64 {
    switch kind {
    case .regularFile(let size): return size
    case .symlink(let target): return Int64(target.utf8.count)
    case .directory, .special: return 0
    }
  }

  static func isRemote(_ path: String) -> Bool {
    let lowered = path.lowercased()
    return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("git@")
      || lowered.hasPrefix("git://") || lowered.hasSuffix(".git")
  }

  static func isArchive(_ path: String) -> Bool {
    let lowered = path.lowercased()
    return [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst"].contains {
      lowered.hasSuffix($0)
    }
  }
}

import DockerfileInstructions

extension SizeModelPass {
  /// `COPY --from=<stage>`: follows what the source stage holds at each path.
  mutating func copyFromStage(
    _ copy: CopyInstruction, from written: String, command: StageCommand, in state: inout StageState
  ) -> ByteFigure {
    let from = expanded(written, command) ?? written
    guard let sourceIndex = sourceStage(from, before: state.stageIndex) else {
      state.files.writeOpaque(.copyFrom(from: from, path: nil))
      return .unknown(
        kind: kind, basis: "unknown: COPY --from=\(from) reads an image's files, which the model does not list")
    }
    let source = files[sourceIndex]
    let sourceName = stages[sourceIndex].displayName
    let destinationPath = expanded(copy.destination, command) ?? copy.destination
    let target = ImagePath.resolve(destinationPath, in: state.workdir)
    let intoDirectory = destinationPath.hasSuffix("/") || copy.sources.count > 1
    var parts: [ByteFigure] = []
    for item in copy.sources {
      guard case .path(let writtenPath, _) = item else { continue }
      let path = ImagePath.resolve(expanded(writtenPath, command) ?? writtenPath, in: "/")
      let found = matching(path, in: source)
      if found.isEmpty {
        parts.append(unlisted(path, in: source, stageName: sourceName))
        state.files.writeOpaque(.copyFrom(from: from, path: path))
        continue
      }
      for (sourcePath, relative, entry) in found {
        let isSingleFile = relative.isEmpty && !entry.isDirectory
        let destination: String
        if isSingleFile {
          destination = intoDirectory ? ImagePath.join(target, ImagePath.baseName(sourcePath)) : target
        } else {
          destination = ImagePath.join(target, relative)
        }
        state.files.write(destination, entry)
        if !entry.isDirectory {
          let figure = entry.figure
          parts.append(figure.withBasis("\(sourceName):\(ImagePath.join(sourcePath, relative)) — \(figure.basis)"))
        }
      }
    }
    guard !parts.isEmpty else {
      return .estimate(low: 0, point: 0, high: 0, kind: kind, basis: "only directories of stage \(sourceName)")
    }
    if parts.count == 1 { return parts[0].withBasis("from stage " + parts[0].basis) }
    let described = "\(parts.count) paths of stage \(sourceName)"
    return .sum(parts, kind: kind, basis: "from " + described + ": " + parts.map(\.basis).joined(separator: " + "))
  }

  /// The stage a `--from` names: a name, or an index of an earlier stage.
  private func sourceStage(_ from: String, before index: Int) -> Int? {
    if let number = Int(from), number >= 0, number < index { return number }
    let lowered = from.lowercased()
    // Find the position first: the stages are large values, and only the match's index is needed.
    return graph.stages.prefix(index).lastIndex { $0.name == lowered }.map { graph.stages[$0].index }
  }

  /// The known entries a source path (possibly a glob) selects: (source path, relative, entry).
  private func matching(_ path: String, in files: StageFiles) -> [(String, String, StageFiles.Entry)] {
    guard FilepathMatch.containsWildcards(path) else {
      return files.entries(at: path).map { (path, $0.relative, $0.entry) }
    }
    let selected = files.entries.keys.filter { key in
      (try? FilepathMatch.matches(path, key)) ?? false
    }.sorted()
    return selected.flatMap { key in files.entries(at: key).map { (key, $0.relative, $0.entry) } }
  }

  /// A path no instruction the model read wrote: a well-known file of the base, or unknown.
  private func unlisted(_ path: String, in files: StageFiles, stageName: String) -> ByteFigure {
    if let known = WellKnownFile.table[path], files.opaqueWriters.contains(where: \.isBaseImage) {
      return .estimate(
        low: known.low, point: known.bytes, high: known.high, kind: kind,
        basis: "estimate: \(path) of stage \(stageName)'s base image: \(known.source)")
    }
    // One buffer for the whole basis, the writers described straight into it.
    var basis = "unknown: no instruction of stage "
    basis.reserveCapacity(128 + path.utf8.count + 32 * files.opaqueWriters.count)
    basis += stageName
    basis += " the model could read wrote "
    basis += path
    basis += " (possible writers: "
    if files.opaqueWriters.isEmpty {
      basis += "nothing the model read"
    } else {
      files.describeOpaqueWriters(into: &basis)
    }
    basis += ")"
    return .unknown(kind: kind, basis: basis)
  }
}

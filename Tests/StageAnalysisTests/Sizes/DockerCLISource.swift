import Foundation
@testable import StageAnalysis

/// An `ImageSizeSource` for the real-engine tests that asks Debian's `docker` client
/// (`docker image inspect`, `docker history --no-trunc --human=false`): an oracle independent
/// of the ImageSources module.
struct DockerCLISource: ImageSizeSource {
  /// `unix:///…/docker.sock`.
  var host: String
  var client = "/usr/bin/docker"

  var name: String { "docker-cli" }

  func lookUp(_ reference: String) async -> ImageLookup {
    guard let sizeText = run(["image", "inspect", "--format", "{{.Size}}", reference]) else {
      return .notFound(reason: "docker image inspect \(reference) failed")
    }
    guard let total = Int64(sizeText.trimmingCharacters(in: .whitespacesAndNewlines)),
      let historyText = run(["history", "--no-trunc", "--human=false", "--format", "{{.Size}}\t{{.CreatedBy}}", reference])
    else {
      return .unavailable(reason: "unreadable answer for \(reference)")
    }
    let history = historyText.split(separator: "\n", omittingEmptySubsequences: true).reversed().map { line in
      let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      let bytes = Int64(parts[0]) ?? 0
      let command = parts.count > 1 ? String(parts[1]) : ""
      let metadata = CreatedByCommand(parsing: command).keyword.map(CreatedByCommand.metadataKeywords.contains) ?? false
      return ImageRecord.HistoryEntry(createdBy: command, bytes: bytes, isEmptyLayer: metadata && bytes == 0)
    }
    return .found(
      ImageRecord(reference: reference, totalBytes: total, sizeKind: .content, history: history, origin: "docker CLI at \(host)"))
  }

  /// Runs the client; the standard output, or nil when it fails.
  func run(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: client)
    process.arguments = ["--host", host] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    do {
      try process.run()
    } catch {
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}

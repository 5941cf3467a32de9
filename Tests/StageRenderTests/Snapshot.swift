import Foundation
import Testing

/// Golden-file comparison: `RECORD_SNAPSHOTS=1` rewrites the file, otherwise the text must match it.
///
/// Snapshots live in `Snapshots/` beside this file with the extension `.snapshot.swift`-free name
/// `<name>.txt`.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static func expect(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no snapshot \(url.path); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    #expect(text == stored, "\(name) differs from \(url.path)", sourceLocation: sourceLocation)
  }
}

import Foundation
import Testing

/// Golden files of whole screens beside the tests; `RECORD_SNAPSHOTS=1` rewrites them on purpose.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  /// Compares `lines` with the golden file `name.txt` (trailing spaces trimmed), or records it.
  static func assert(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    let url = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? Data(text.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("no golden file \(url.path); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
      Issue.record(
        "screen differs from \(name).txt at line \(first + 1):\n got: \(first < got.count ? got[first] : "")\nwant: \(first < want.count ? want[first] : "")",
        sourceLocation: sourceLocation)
    }
  }
}

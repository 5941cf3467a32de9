import Foundation

/// Rows of a tab-separated table whose first non-comment line is the header.
struct TSVRows: Sendable {
  /// Comment lines (`# key: value`), without the `# `.
  var comments: [String] = []
  /// Data rows as column name to cell.
  var rows: [[String: Substring]] = []

  init(_ text: String) {
    var header: [Substring]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("#") {
        comments.append(String(line.dropFirst().drop { $0 == " " }))
        continue
      }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard let names = header else {
        header = cells
        continue
      }
      var row: [String: Substring] = [:]
      for (index, name) in names.enumerated() {
        row[String(name)] = index < cells.count ? cells[index] : ""
      }
      rows.append(row)
    }
  }

  /// The value of a `# key: value` comment.
  func comment(_ key: String) -> String? {
    comments.first { $0.hasPrefix(key + ":") }.map {
      String($0.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
    }
  }
}

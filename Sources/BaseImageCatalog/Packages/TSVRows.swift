/// Rows of a tab-separated table whose first non-comment line is the header.
///
/// Read from the text's UTF-8 bytes (tables are compiled-in data read once, on first use).
struct TSVRows: Sendable {
  /// Comment lines (`# key: value`), without the `# `.
  var comments: [String] = []
  /// Data rows as column name to cell.
  var rows: [[String: Substring]] = []

  init(_ text: String) {
    var header: [String]?
    let utf8 = text.utf8
    for lineBytes in utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      let line = Substring(lineBytes)
      if lineBytes.first == UInt8(ascii: "#") {
        comments.append(String(line.dropFirst().drop { $0 == " " }))
        continue
      }
      let cells = lineBytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Substring.init)
      guard let names = header else {
        header = cells.map(String.init)
        continue
      }
      var row: [String: Substring] = [:]
      row.reserveCapacity(names.count)
      for (index, name) in names.enumerated() {
        row[name] = index < cells.count ? cells[index] : ""
      }
      rows.append(row)
    }
  }

  /// The value of a `# key: value` comment.
  func comment(_ key: String) -> String? {
    comments.first { $0.hasPrefix(key + ":") }.map {
      String($0.dropFirst(key.count + 1).trimmingBlanks())
    }
  }
}

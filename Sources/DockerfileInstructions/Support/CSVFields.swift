/// One CSV record as `tonistiigi/go-csvvalue` splits it (BuildKit reads `--mount` values with it).
enum CSVFields {
  /// The fields of `line`, or the `encoding/csv`-style error BuildKit reports.
  static func split(_ line: String) -> Result<[String], Reason> {
    var bytes = Array(line.utf8)
    if bytes.last == UInt8(ascii: "\n") {
      bytes.removeLast()
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    }
    if bytes.isEmpty { return .failure(Reason("EOF")) }
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
    // Unquoted fields become strings at once; a quoted one collects its bytes first.
    var fields: [String] = []
    var quoted: [UInt8] = []
    var position = 0
    parsing: while true {
      if position >= bytes.count || bytes[position] != quote {
        let end = bytes[position...].firstIndex(of: comma) ?? bytes.count
        if let bare = bytes[position..<end].firstIndex(of: quote) {
          return .failure(Reason(parseError(column: bare + 1, reason: "bare \" in non-quoted-field")))
        }
        fields.append(String(decoding: bytes[position..<end], as: UTF8.self))
        if end < bytes.count {
          position = end + 1
          continue
        }
        break
      }
      position += 1
      quoted.removeAll(keepingCapacity: true)
      while true {
        guard let closing = bytes[position...].firstIndex(of: quote) else {
          return .failure(Reason(parseError(column: position + 1, reason: "extraneous or missing \" in quoted-field")))
        }
        quoted.append(contentsOf: bytes[position..<closing])
        position = closing + 1
        if position < bytes.count && bytes[position] == quote {
          quoted.append(quote)
          position += 1
        } else if position < bytes.count && bytes[position] == comma {
          fields.append(String(decoding: quoted, as: UTF8.self))
          position += 1
          continue parsing
        } else if position >= bytes.count {
          fields.append(String(decoding: quoted, as: UTF8.self))
          break parsing
        } else {
          return .failure(Reason(parseError(column: position, reason: "extraneous or missing \" in quoted-field")))
        }
      }
    }
    return .success(fields)
  }

  private static func parseError(column: Int, reason: String) -> String {
    "parse error on line 1, column \(column): \(reason)"
  }
}

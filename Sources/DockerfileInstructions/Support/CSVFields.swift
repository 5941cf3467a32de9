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
    var fields: [[UInt8]] = []
    var position = 0
    parsing: while true {
      if position >= bytes.count || bytes[position] != quote {
        let end = bytes[position...].firstIndex(of: comma) ?? bytes.count
        if let bare = bytes[position..<end].firstIndex(of: quote) {
          return .failure(Reason(parseError(column: bare + 1, reason: "bare \" in non-quoted-field")))
        }
        fields.append(Array(bytes[position..<end]))
        if end < bytes.count {
          position = end + 1
          continue
        }
        break
      }
      position += 1
      var halfOpen = false
      while true {
        guard let closing = bytes[position...].firstIndex(of: quote) else {
          return .failure(Reason(parseError(column: position + 1, reason: "extraneous or missing \" in quoted-field")))
        }
        if halfOpen {
          fields[fields.count - 1].append(contentsOf: bytes[position..<closing])
        } else {
          fields.append(Array(bytes[position..<closing]))
        }
        halfOpen = false
        position = closing + 1
        if position < bytes.count && bytes[position] == quote {
          fields[fields.count - 1].append(quote)
          position += 1
          halfOpen = true
        } else if position < bytes.count && bytes[position] == comma {
          position += 1
          continue parsing
        } else if position >= bytes.count {
          break parsing
        } else {
          return .failure(Reason(parseError(column: position, reason: "extraneous or missing \" in quoted-field")))
        }
      }
    }
    return .success(fields.map { String(decoding: $0, as: UTF8.self) })
  }

  private static func parseError(column: Int, reason: String) -> String {
    "parse error on line 1, column \(column): \(reason)"
  }
}

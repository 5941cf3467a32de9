/// Parses pax extended-header records (`"%d %s=%s\n"`, the length counting the whole record).
enum PaxRecords {
  /// The key/value pairs of `data`.
  static func parse(_ data: [UInt8]) throws -> [String: String] {
    var result: [String: String] = [:]
    var index = 0
    while index < data.count {
      guard let space = data[index...].firstIndex(of: UInt8(ascii: " ")),
        let length = Int(String(decoding: data[index..<space], as: UTF8.self)),
        length > space - index, index + length <= data.count,
        data[index + length - 1] == UInt8(ascii: "\n")
      else {
        throw ArchiveError.malformedHeader(reason: "malformed pax record")
      }
      let record = data[(space + 1)..<(index + length - 1)]
      guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else {
        throw ArchiveError.malformedHeader(reason: "pax record without '='")
      }
      let key = String(decoding: record[record.startIndex..<equals], as: UTF8.self)
      let value = String(decoding: record[(equals + 1)...], as: UTF8.self)
      result[key] = value
      index += length
    }
    return result
  }
}

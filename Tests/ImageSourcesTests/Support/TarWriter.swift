/// Writes small tar archives for tests: ustar headers, and on request GNU long-name or
/// pax records for long paths.
struct TarWriter {
  /// How a path longer than 100 bytes is written.
  enum LongNames {
    case gnu
    case pax
  }

  private(set) var bytes: [UInt8] = []
  var longNames: LongNames = .pax

  /// Adds a regular file.
  mutating func addFile(_ path: String, _ content: [UInt8], mode: Int = 0o644) {
    addNamed(path, type: UInt8(ascii: "0"), content: content, link: "", mode: mode)
  }

  /// Adds a regular file with UTF-8 text.
  mutating func addFile(_ path: String, text: String) {
    addFile(path, Array(text.utf8))
  }

  /// Adds a directory.
  mutating func addDirectory(_ path: String, mode: Int = 0o755) {
    addNamed(path.hasSuffix("/") ? path : path + "/", type: UInt8(ascii: "5"), content: [], link: "", mode: mode)
  }

  /// Adds a symbolic link.
  mutating func addSymlink(_ path: String, target: String) {
    addNamed(path, type: UInt8(ascii: "2"), content: [], link: target, mode: 0o777)
  }

  /// The archive with its two closing zero blocks.
  var finished: [UInt8] {
    bytes + [UInt8](repeating: 0, count: 1024)
  }

  private mutating func addNamed(_ path: String, type: UInt8, content: [UInt8], link: String, mode: Int) {
    if path.utf8.count > 100 {
      switch longNames {
      case .gnu:
        let name = Array(path.utf8) + [0]
        append(header(name: "././@LongLink", size: name.count, type: UInt8(ascii: "L"), link: "", mode: 0o644), data: name)
      case .pax:
        let record = Self.paxRecord("path", path)
        append(header(name: "PaxHeaders/x", size: record.count, type: UInt8(ascii: "x"), link: "", mode: 0o644), data: record)
      }
    }
    let shortName = String(decoding: Array(path.utf8).prefix(100), as: UTF8.self)
    append(header(name: shortName, size: content.count, type: type, link: link, mode: mode), data: content)
  }

  private mutating func append(_ header: [UInt8], data: [UInt8]) {
    bytes += header
    bytes += data
    bytes += [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
  }

  static func paxRecord(_ key: String, _ value: String) -> [UInt8] {
    let body = " \(key)=\(value)\n"
    var length = body.utf8.count + 1
    while String(length).utf8.count + body.utf8.count != length {
      length = String(length).utf8.count + body.utf8.count
    }
    return Array((String(length) + body).utf8)
  }

  private func header(name: String, size: Int, type: UInt8, link: String, mode: Int) -> [UInt8] {
    var block = [UInt8](repeating: 0, count: 512)
    func put(_ text: String, at offset: Int, width: Int) {
      for (index, byte) in Array(text.utf8).prefix(width).enumerated() {
        block[offset + index] = byte
      }
    }
    func octal(_ value: Int, at offset: Int, width: Int) {
      let digits = String(value, radix: 8)
      put(String(repeating: "0", count: width - 1 - digits.count) + digits, at: offset, width: width - 1)
    }
    put(name, at: 0, width: 100)
    octal(mode, at: 100, width: 8)
    octal(0, at: 108, width: 8)
    octal(0, at: 116, width: 8)
    octal(size, at: 124, width: 12)
    octal(0, at: 136, width: 12)
    block[156] = type
    put(link, at: 157, width: 100)
    put("ustar\0", at: 257, width: 6)
    put("00", at: 263, width: 2)
    for index in 148..<156 { block[index] = 32 }
    let sum = block.reduce(0) { $0 + Int($1) }
    let digits = String(sum, radix: 8)
    put(String(repeating: "0", count: 6 - digits.count) + digits, at: 148, width: 6)
    block[154] = 0
    block[155] = 32
    return block
  }
}

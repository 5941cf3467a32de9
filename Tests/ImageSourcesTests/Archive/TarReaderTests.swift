import Testing

@testable import ImageSources

@Suite struct TarReaderTests {
  private func entries(_ bytes: [UInt8]) throws -> [TarEntry] {
    var reader = TarReader(source: MemoryByteSource(bytes))
    var result: [TarEntry] = []
    while let entry = try reader.next() {
      result.append(entry)
    }
    return result
  }

  @Test func readsUstarMembersAndSkipsTheirData() throws {
    var writer = TarWriter()
    writer.addDirectory("./etc")
    writer.addFile("./etc/passwd", text: "root:x:0:0\n")
    writer.addFile("big", [UInt8](repeating: 1, count: 1025))
    writer.addSymlink("link", target: "etc/passwd")
    let found = try entries(writer.finished)
    #expect(found.map(\.path) == ["etc/", "etc/passwd", "big", "link"])
    #expect(found.map(\.size) == [0, 11, 1025, 0])
    #expect(found[0].kind == .directory)
    #expect(found[3].kind == .symlink && found[3].linkTarget == "etc/passwd")
  }

  @Test(arguments: [TarWriter.LongNames.gnu, .pax])
  func readsLongNames(style: TarWriter.LongNames) throws {
    let long = String(repeating: "d/", count: 80) + "file.txt"
    var writer = TarWriter()
    writer.longNames = style
    writer.addFile(long, text: "x")
    writer.addFile("after", text: "yz")
    let found = try entries(writer.finished)
    #expect(found.map(\.path) == [long, "after"])
    #expect(found.map(\.size) == [1, 2])
  }

  @Test func paxSizeOverridesTheHeader() throws {
    var writer = TarWriter()
    let record = TarWriter.paxRecord("size", "3")
    writer.addFile("PaxHeaders/p", record)
    var bytes = writer.bytes
    bytes[156] = UInt8(ascii: "x")
    Self.fixChecksum(&bytes, at: 0)
    var member = TarWriter()
    member.addFile("sized", [1, 2, 3])
    bytes += member.finished
    let found = try entries(bytes)
    #expect(found.map(\.path) == ["sized"])
    #expect(found.map(\.size) == [3])
  }

  @Test func readsBase256Sizes() throws {
    var writer = TarWriter()
    writer.addFile("f", [7, 7])
    var bytes = writer.finished
    for index in 124..<136 { bytes[index] = 0 }
    bytes[124] = 0x80
    bytes[135] = 2
    Self.fixChecksum(&bytes, at: 0)
    #expect(try entries(bytes).map(\.size) == [2])
  }

  @Test func readsThePrefixOfAMember() throws {
    var writer = TarWriter()
    writer.addFile("a", [1, 2, 3, 4, 5])
    writer.addFile("b", [9])
    var reader = TarReader(source: MemoryByteSource(writer.finished))
    _ = try reader.next()
    #expect(try reader.readData(upTo: 2) == [1, 2])
    #expect(try reader.next()?.path == "b")
    #expect(try reader.readData(upTo: 10) == [9])
    #expect(try reader.next() == nil)
  }

  @Test func rejectsABadChecksum() throws {
    var writer = TarWriter()
    writer.addFile("f", [1])
    var bytes = writer.finished
    bytes[0] = UInt8(ascii: "g")
    #expect(throws: ArchiveError.malformedHeader(reason: "header checksum mismatch")) { try entries(bytes) }
  }

  @Test func rejectsATruncatedMember() throws {
    var writer = TarWriter()
    writer.addFile("f", [UInt8](repeating: 1, count: 2000))
    writer.addFile("g", [1])
    let bytes = Array(writer.bytes.prefix(1024))
    #expect(throws: ArchiveError.self) { try entries(bytes) }
  }

  @Test func endsWithoutTheClosingBlocks() throws {
    var writer = TarWriter()
    writer.addFile("f", [1])
    #expect(try entries(writer.bytes).map(\.path) == ["f"])
  }

  @Test func parsesPaxRecords() throws {
    let data = TarWriter.paxRecord("path", "a=b/ü") + TarWriter.paxRecord("mtime", "1.5")
    #expect(try PaxRecords.parse(data) == ["path": "a=b/ü", "mtime": "1.5"])
    #expect(throws: ArchiveError.self) { try PaxRecords.parse(Array("99 path=x\n".utf8)) }
  }

  static func fixChecksum(_ bytes: inout [UInt8], at offset: Int) {
    for index in (offset + 148)..<(offset + 156) { bytes[index] = 32 }
    let sum = bytes[offset..<(offset + 512)].reduce(0) { $0 + Int($1) }
    let digits = Array(String(sum, radix: 8).utf8)
    let padded = [UInt8](repeating: UInt8(ascii: "0"), count: 6 - digits.count) + digits
    for (index, byte) in padded.enumerated() { bytes[offset + 148 + index] = byte }
    bytes[offset + 154] = 0
  }
}

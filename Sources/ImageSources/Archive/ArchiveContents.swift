/// The files of an image archive or layout that the reader needs, by path inside it.
protocol ArchiveContents {
  /// The whole content of a small file (JSON documents), or nil when absent.
  func document(at path: String) throws -> [UInt8]?
  /// The byte size of a file (following links), or nil when absent.
  func size(at path: String) -> Int64?
  /// How a blob is encoded, sniffed from its first bytes, or nil when absent.
  func compression(at path: String) -> LayerCompression?
}

/// What the first bytes of a layer blob say about its encoding.
enum LayerCompression: Equatable {
  case uncompressed
  case gzip
  case zstd

  /// Sniffs `prefix` (the first bytes of a blob).
  init(prefix: [UInt8]) {
    if prefix.starts(with: [0x1F, 0x8B]) {
      self = .gzip
    } else if prefix.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) {
      self = .zstd
    } else {
      self = .uncompressed
    }
  }
}

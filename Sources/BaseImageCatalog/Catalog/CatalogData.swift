/// Namespace for the compiled-in data that `Scripts/catalog/generate_catalog.py` writes.
enum CatalogData {}

/// One generator input and the FNV-1a 64 digest of its bytes at generation time.
struct GeneratedInput: Sendable {
  /// File name under `Scripts/catalog/`.
  var file: String
  /// FNV-1a 64 of the file's bytes.
  var fnv1a64: UInt64
}

extension CatalogData {
  /// FNV-1a 64 over `bytes`, as the generator computes it.
  static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    return value
  }

  /// The generator's input digests by file name, for staleness checks.
  static var inputDigestsByFile: [String: UInt64] {
    Dictionary(uniqueKeysWithValues: inputDigests.map { ($0.file, $0.fnv1a64) })
  }
}

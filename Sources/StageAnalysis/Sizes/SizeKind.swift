/// Which of the three image sizes a number is; they are never mixed.
///
/// Content bytes are what `docker image inspect .Size`, `docker history` and
/// dive show (regular-file bytes of the unpacked layers). Tar bytes are the
/// uncompressed layer archives (`docker save`). Compressed bytes are what a
/// registry stores and transfers (manifest `layers[].size`).
public enum SizeKind: String, Hashable, Sendable, CaseIterable, Codable {
  case content
  case tar
  case compressed
}

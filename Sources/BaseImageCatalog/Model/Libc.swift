/// The C library an image's programs link against.
public enum Libc: String, Sendable, Hashable, CaseIterable {
  case glibc
  case musl
  case uclibc
  /// No C library at all (scratch, distroless static, Chainguard static).
  case none
  case unknown
}

/// Sizes of files base images commonly hold, for `COPY --from` of a path no instruction wrote.
///
/// Each figure was measured on a named system and is used as an estimate with a range for
/// other images, whose copy of the file may be a different version.
struct WellKnownFile: Sendable {
  var bytes: Int64
  var low: Int64
  var high: Int64
  var source: String

  static let table: [String: WellKnownFile] = [
    "/etc/ssl/certs/ca-certificates.crt": WellKnownFile(
      bytes: 213_848, low: 190_000, high: 240_000,
      source: "Mozilla CA bundle, 213848 bytes measured on Debian 12 (ca-certificates 20230311+deb12u1, "
        + "2026-11-26); other distributions' bundles differ by a few percent"),
  ]
}

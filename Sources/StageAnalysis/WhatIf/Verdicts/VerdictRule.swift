/// The rule that produced a verdict; its raw value is the stable name JSON reports.
public enum VerdictRule: String, Hashable, Sendable, CaseIterable, Codable {
  /// Shell-form `RUN`/`CMD`/`ENTRYPOINT`/`HEALTHCHECK`, `SHELL`, or any `RUN`, on an image without `/bin/sh`.
  case shell = "no-shell"
  /// A package manager the new base does not have (`apt-get` on Alpine, anything on distroless).
  case packageManager = "package-manager"
  /// A binary linked against a C library the new base lacks (glibc onto musl or onto nothing).
  case libc = "libc"
  /// A language runtime the command needs but the new base does not provide, or provides as its entrypoint.
  case runtime = "runtime"
  /// No CA certificate bundle for TLS clients.
  case caCertificates = "ca-certificates"
  /// `USER name` without an `/etc/passwd` entry, or user tools of another flavour.
  case user = "user"
  /// Time-zone data that `TZ` or a command needs.
  case tzdata = "tzdata"
  /// A `COPY --from` path that only the old base had.
  case copyPath = "copy-path"
  /// The swap target is not in the catalog, so its contents are unknown.
  case unknownImage = "unknown-image"
  /// The summary of a stage on which no rule found a problem.
  case summary = "summary"
}

import ArgumentParser

/// The exit statuses stagetui uses, one meaning each (README's exit-status table, `stagetui --help`).
///
/// Usage errors (unknown options, bad option values) keep the argument parser's own status, 64.
extension ExitCode {
  /// The Dockerfile has errors BuildKit would reject, or `swap --fail-on` met its verdict level.
  static let rejected = ExitCode(1)
  /// An input cannot be used: missing, a directory, unreadable, not a regular file, too large,
  /// a directory without Dockerfiles, a swap that names nothing, a malformed theme or config file.
  static let unusableInput = ExitCode(2)
  /// The output could not be written: an export target, or standard output itself.
  static let writeFailed = ExitCode(3)
  /// `--engine require` was given and the Docker engine does not answer.
  static let engineUnavailable = ExitCode(4)
}

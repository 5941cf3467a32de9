import StageAnalysis

/// Work `update` asks for, as data; the executable's effect runner does it and answers with messages.
public enum Effect: Sendable {
  /// Size file versions with the size model (reads the build context); answers `.sized`.
  case measureSizes(SizeJob)
  /// Ask the container engine about base images, in the background; answers `.imageLookedUp` per reference.
  case lookUpImages([String])
  /// Write `bytes` to `path` atomically; answers `.fileWritten` or `.writeFailed`.
  case writeFile(path: String, bytes: [UInt8], overwrite: Bool)
  /// Leave the program with this exit status.
  case quit(exitCode: Int32)
}

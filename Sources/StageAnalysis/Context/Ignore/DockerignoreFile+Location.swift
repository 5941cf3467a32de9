extension DockerignoreFile {
  /// Where the ignore file in force was found.
  public enum Origin: Sendable, Equatable {
    /// `<Dockerfile>.dockerignore` beside the Dockerfile (context-relative path).
    case dockerfileSpecific(String)
    /// `.dockerignore` at the context root.
    case contextRoot
    /// No ignore file: everything is sent.
    case none
  }

  /// The largest ignore file read.
  static let readLimit = 16 * 1024 * 1024

  /// The paths BuildKit tries for the ignore file, in order.
  ///
  /// First `<Dockerfile path>.dockerignore` (the Dockerfile's own path plus
  /// the suffix), then `.dockerignore` at the context root. The first that
  /// exists wins; they are never merged.
  public static func candidatePaths(dockerfilePath: String?) -> [String] {
    var paths: [String] = []
    if let dockerfilePath, !dockerfilePath.isEmpty {
      paths.append(ContextPath.contextRelative(dockerfilePath) + ".dockerignore")
    }
    paths.append(".dockerignore")
    return paths
  }

  /// Loads the ignore file in force for a Dockerfile at `dockerfilePath`
  /// (context-relative; nil when the Dockerfile is not in the context).
  public static func load(from context: any BuildContext, dockerfilePath: String?) -> (
    file: DockerignoreFile, origin: Origin
  ) {
    let (bytes, origin) = read(from: context, dockerfilePath: dockerfilePath)
    return (DockerignoreFile(bytes: bytes), origin)
  }

  /// The raw bytes of the ignore file in force and where it was found (no bytes without one).
  static func read(from context: any BuildContext, dockerfilePath: String?) -> (
    bytes: [UInt8], origin: Origin
  ) {
    for path in candidatePaths(dockerfilePath: dockerfilePath) {
      guard let entry = try? context.entry(at: path), case .regularFile = entry.kind,
        let bytes = try? context.readFile(at: path, limit: readLimit)
      else { continue }
      let origin: Origin = path == ".dockerignore" ? .contextRoot : .dockerfileSpecific(path)
      return (bytes, origin)
    }
    return ([], .none)
  }
}

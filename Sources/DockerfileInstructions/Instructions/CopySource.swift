import DockerfileSyntax

/// One source of a `COPY` or `ADD`: a path (or URL) as written, or an inline heredoc file.
public enum CopySource: Hashable, Sendable {
  /// A path, glob or URL, with the bytes it was read from when contiguous.
  case path(String, range: Range<Int>?)
  /// `<<EOF`: a file named after the delimiter with the heredoc's body.
  case heredoc(HeredocFile)

  /// The path, or the heredoc's file name.
  public var name: String {
    switch self {
    case .path(let path, _): return path
    case .heredoc(let file): return file.name
    }
  }
}

/// A heredoc used as a file (`COPY <<EOF /etc/conf`), or as RUN's inline script.
public struct HeredocFile: Hashable, Sendable {
  /// The delimiter, which is also the file name.
  public var name: String
  /// The body, with leading tabs removed for `<<-` (BuildKit's `ChompHeredocContent`).
  public var content: String
  /// Whether variables in the body are expanded (the delimiter was not quoted).
  public var expand: Bool
  /// The heredoc node, with the byte range of its body.
  public var heredoc: Heredoc?
}

/// Why an image archive or layout could not be read.
enum ArchiveError: Error, Equatable {
  case unreadable(path: String, reason: String)
  case truncated(reason: String)
  case malformedHeader(reason: String)
  case malformedJSON(file: String, reason: String)
  case missingFile(String)
  case unsupported(String)

  /// A sentence for people.
  var reason: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    case .truncated(let reason): "truncated archive: \(reason)"
    case .malformedHeader(let reason): "not a valid tar archive: \(reason)"
    case .malformedJSON(let file, let reason): "invalid JSON in \(file): \(reason)"
    case .missingFile(let name): "the archive has no \(name)"
    case .unsupported(let what): what
    }
  }
}

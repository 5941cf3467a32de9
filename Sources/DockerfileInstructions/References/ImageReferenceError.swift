/// Why an image reference is invalid, in the words of `distribution/reference`.
public enum ImageReferenceError: Error, Hashable, Sendable {
  /// Text that does not follow the grammar.
  case invalidFormat
  /// A repository path with uppercase letters.
  case uppercaseRepository(String)
  /// A name longer than 255 characters.
  case nameTooLong
  /// A 64-character hexadecimal string, which would be read as an image id.
  case looksLikeImageID(String)
  /// A digest whose algorithm is not sha256, sha384 or sha512.
  case unsupportedDigestAlgorithm
  /// A digest whose hex part has the wrong length.
  case invalidDigestLength
  /// A digest whose hex part is not lowercase hexadecimal.
  case invalidDigestFormat

  /// The message as the Go library words it.
  public var message: String {
    switch self {
    case .invalidFormat: return "invalid reference format"
    case .uppercaseRepository(let name):
      return "invalid reference format: repository name (\(name)) must be lowercase"
    case .nameTooLong: return "repository name must not be more than 255 characters"
    case .looksLikeImageID(let text):
      return "invalid repository name (\(text)), cannot specify 64-byte hexadecimal strings"
    case .unsupportedDigestAlgorithm: return "unsupported digest algorithm"
    case .invalidDigestLength: return "invalid checksum digest length"
    case .invalidDigestFormat: return "invalid checksum digest format"
    }
  }
}

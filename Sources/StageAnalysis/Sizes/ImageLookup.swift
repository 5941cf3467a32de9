/// The answer of an `ImageSizeSource` for one reference.
public enum ImageLookup: Hashable, Sendable {
  /// The source has the image.
  case found(ImageRecord)
  /// The source answered and does not have the image.
  case notFound(reason: String)
  /// The source could not answer (refused, timed out, answered garbage); the reason is for people.
  case unavailable(reason: String)
}

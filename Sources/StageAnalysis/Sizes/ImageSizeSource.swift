/// Something that can tell the real sizes of images: a Docker engine, an image
/// archive, a registry. The size model consumes it without knowing which.
public protocol ImageSizeSource: Sendable {
  /// A short name for people and provenance notes (`engine`, `archive`, `registry`).
  var name: String { get }
  /// Looks up an image by reference (`golang:1.22-alpine`, `myapp:latest`, an image ID).
  func lookUp(_ reference: String) async -> ImageLookup
}

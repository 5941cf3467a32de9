import DockerfileInstructions
import Foundation

/// One what-if edit: stage `stage` gets `image` as its base.
public struct BaseImageSwap: Hashable, Sendable {
  /// The stage whose base changes (0-based index).
  public var stage: Int
  /// The new base, parsed.
  public var image: ImageReference

  /// The new base as the user wrote it.
  public var imageText: String { image.written }

  /// Creates a swap from an already parsed reference.
  public init(stage: Int, image: ImageReference) {
    self.stage = stage
    self.image = image
  }

  /// Parses `text` as the new base of `stage`.
  public init(stage: Int, imageText text: String) throws(SwapError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { throw SwapError.invalidImage(text, reason: "it is empty") }
    switch ImageReference.parse(trimmed) {
    case .success(let reference):
      self.init(stage: stage, image: reference)
    case .failure(let error):
      throw SwapError.invalidImage(text, reason: error.message)
    }
  }
}

import DockerfileInstructions

/// What a stage's `FROM` names, as written and as BuildKit resolves it.
public struct StageBase: Hashable, Sendable {
  /// What the base turned out to be.
  public enum Kind: Hashable, Sendable {
    /// An image from a registry.
    case image(ImageReference)
    /// An earlier stage, by index.
    case stage(Int)
    /// `scratch`, the empty image.
    case scratch
    /// The expression could not be resolved (expansion failed, blank, or an invalid reference).
    case unresolved(reason: String)
  }

  /// The expression as written (`golang:${GO_VERSION}`).
  public var written: String
  /// The expression after meta `ARG` expansion; nil when expansion failed.
  public var expanded: String?
  /// What the base is.
  public var kind: Kind
  /// The bytes of the expression in the file.
  public var range: Range<Int>?

  /// The stage index when the base is a stage.
  public var stageIndex: Int? {
    if case .stage(let index) = kind { return index }
    return nil
  }

  /// The image when the base is an external image.
  public var image: ImageReference? {
    if case .image(let reference) = kind { return reference }
    return nil
  }
}

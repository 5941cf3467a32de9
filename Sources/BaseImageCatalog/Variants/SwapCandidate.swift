/// An image a stage's base could be swapped to, with what changes.
public struct SwapCandidate: Sendable, Hashable {
  /// How a candidate relates to the current base.
  public enum Relation: String, Sendable, Hashable, CaseIterable {
    /// Same family and runtime version line (`-slim`, `-alpine`, another Debian release).
    case sameFamily = "same family"
    /// A distroless runtime image for the same language.
    case distroless
    /// A Chainguard / Wolfi image for the same language.
    case chainguard
    /// A minimal base that suits a self-contained binary.
    ///
    /// Distroless static/base/cc, Chainguard static, wolfi-base.
    case staticBase = "static base"
    /// A small distribution or toolbox (`alpine`, `busybox`, `debian:*-slim`).
    case minimalBase = "minimal base"
    /// The empty image.
    case scratch
  }

  /// The candidate entry, with its traits.
  public var image: BaseImage
  /// How it relates to the current base.
  public var relation: Relation
  /// Candidate content bytes minus current content bytes; nil when either is unknown.
  public var contentDelta: Int64?
  /// Traits that differ.
  public var changes: [TraitChange]
  /// A caveat in words (no runtime, version tracks newest, ...), if any.
  public var note: String?

  /// Creates a candidate.
  public init(
    image: BaseImage, relation: Relation, contentDelta: Int64?, changes: [TraitChange], note: String?
  ) {
    self.image = image
    self.relation = relation
    self.contentDelta = contentDelta
    self.changes = changes
    self.note = note
  }
}

/// A catalog entry found for a reference, with how well it matches.
public struct CatalogMatch: Sendable, Hashable {
  /// The reference that was looked up, normalised.
  public var reference: CatalogReference
  /// The entry that answers it.
  public var image: BaseImage
  /// How closely it answers.
  public var quality: MatchQuality
  /// Normalisation notes and platform substitutions, in words.
  public var notes: [String]

  /// Creates a match.
  public init(reference: CatalogReference, image: BaseImage, quality: MatchQuality, notes: [String]) {
    self.reference = reference
    self.image = image
    self.quality = quality
    self.notes = notes
  }
}

/// The outcome of a catalog lookup.
public enum CatalogLookup: Sendable, Hashable {
  /// An entry answers the reference.
  case found(CatalogMatch)
  /// Nothing answers it; the reason says why (unknown repository, no tag of that kind, ...).
  case unknown(reference: String, reason: String)

  /// The match, if any.
  public var match: CatalogMatch? {
    if case .found(let match) = self { return match }
    return nil
  }
}

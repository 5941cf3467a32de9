/// A tag that names the same image as a catalog tag (`debian:12-slim` is `debian:bookworm-slim`).
public struct TagAlias: Sendable, Hashable {
  /// The repository both tags belong to.
  public var repository: String
  /// The tag people write.
  public var alias: String
  /// The catalog tag it stands for.
  public var target: String
  /// Why the two are the same.
  public var source: String

  /// Creates an alias.
  public init(repository: String, alias: String, target: String, source: String) {
    self.repository = repository
    self.alias = alias
    self.target = target
    self.source = source
  }
}

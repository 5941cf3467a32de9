/// An image as a real source describes it: its configuration and per-layer history.
public struct ImageRecord: Hashable, Sendable {
  /// One history entry, oldest first, as `docker history` lists them (reversed).
  public struct HistoryEntry: Hashable, Sendable {
    /// The command that made the entry (`RUN /bin/sh -c make # buildkit`, `COPY /a /b # buildkit`).
    public var createdBy: String
    /// Bytes the entry added, of the record's `sizeKind`; 0 for an empty layer.
    public var bytes: Int64
    /// True when the entry made no filesystem layer (`ENV`, `CMD`, `USER`, …).
    public var isEmptyLayer: Bool
    /// The layer digest when the source knows it (`sha256:…`).
    public var layerDigest: String?

    /// Makes an entry.
    public init(createdBy: String, bytes: Int64, isEmptyLayer: Bool, layerDigest: String? = nil) {
      self.createdBy = createdBy
      self.bytes = bytes
      self.isEmptyLayer = isEmptyLayer
      self.layerDigest = layerDigest
    }
  }

  /// The reference that was looked up, as the user wrote it.
  public var reference: String
  /// The image ID (`sha256:…`) when known.
  public var id: String?
  /// `os/architecture[/variant]`, e.g. `linux/amd64`.
  public var platform: String?
  /// Total bytes of the image, of `sizeKind`.
  public var totalBytes: Int64
  /// Which size the byte counts are.
  public var sizeKind: SizeKind
  /// History, oldest first.
  public var history: [HistoryEntry]
  /// Labels from the image configuration.
  public var labels: [String: String]
  /// `User` from the image configuration (empty when root by default).
  public var user: String
  /// `Env` from the image configuration, `NAME=value`.
  public var environment: [String]
  /// Where the record came from, for people: `engine unix:///var/run/docker.sock`,
  /// `archive build/app.tar`, `registry 127.0.0.1:5000`.
  public var origin: String

  /// Makes a record.
  public init(
    reference: String, id: String? = nil, platform: String? = nil, totalBytes: Int64,
    sizeKind: SizeKind, history: [HistoryEntry], labels: [String: String] = [:], user: String = "",
    environment: [String] = [], origin: String
  ) {
    self.reference = reference
    self.id = id
    self.platform = platform
    self.totalBytes = totalBytes
    self.sizeKind = sizeKind
    self.history = history
    self.labels = labels
    self.user = user
    self.environment = environment
    self.origin = origin
  }
}

/// Whether an image is known to contain something, known not to, or not known.
public enum Presence: String, Sendable, Hashable, CaseIterable {
  case present
  case absent
  case unknown
}

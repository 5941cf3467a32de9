/// What a `RUN` layer does with apt's package lists.
public enum AptListsState: Sendable, Hashable {
  /// No `apt-get update` in this layer: no list bytes.
  case notUpdated
  /// `apt-get update` ran and the lists stay in this layer (no `rm -rf /var/lib/apt/lists/*` in the same `RUN`).
  case keptInLayer
  /// `apt-get update` ran and the same `RUN` removed the lists: no list bytes (a later `RUN` cannot take them back out).
  case removedInSameRun
}

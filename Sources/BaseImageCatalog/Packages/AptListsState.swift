/// What a `RUN` layer does with apt's package lists.
public enum AptListsState: Sendable, Hashable {
  /// No `apt-get update` in this layer: no list bytes.
  case notUpdated
  /// `apt-get update` ran and the lists stay in this layer.
  ///
  /// No `rm -rf /var/lib/apt/lists/*` ran in the same `RUN`.
  case keptInLayer
  /// `apt-get update` ran and the same `RUN` removed the lists: no list bytes.
  ///
  /// Removing them in a later `RUN` does not take them out of this layer.
  case removedInSameRun
}

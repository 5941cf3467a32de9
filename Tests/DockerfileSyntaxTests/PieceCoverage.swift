import DockerfileSyntax

/// Checks the tree's pieces tile the source: contiguous, in order, complete.
enum PieceCoverage {
  static func isExact(_ dockerfile: Dockerfile) -> Bool {
    var offset = 0
    for piece in dockerfile.pieces {
      guard piece.range.lowerBound == offset, !piece.range.isEmpty else { return false }
      offset = piece.range.upperBound
    }
    return offset == dockerfile.source.bytes.count
  }
}

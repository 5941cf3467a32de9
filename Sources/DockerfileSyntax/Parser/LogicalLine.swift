/// An instruction's text with its continuation lines joined, as BuildKit
/// builds it, and the map back to the source bytes it came from.
///
/// A line of at most one segment (the common one-line instruction) is read
/// in place: its logical offsets are source offsets. A joined line is a copy
/// whose offsets start at 0.
struct LogicalLine {
  /// One run of source bytes in the logical line.
  struct Segment {
    var logicalStart: Int
    var sourceStart: Int
    var count: Int
  }

  /// The joined bytes, once there is more than one segment.
  private var joined: [UInt8] = []
  /// The runs of source bytes, in order.
  private(set) var segments: [Segment] = []
  /// Where an empty logical line sits in the source.
  private(set) var anchor = 0
  /// The number of bytes in the line.
  private(set) var count = 0

  /// Empties the line, keeping its storage, for an instruction at `anchor`.
  mutating func reset(anchor: Int) {
    if !joined.isEmpty {
      joined.removeAll(keepingCapacity: true)
    }
    while !segments.isEmpty {
      segments.removeLast()
    }
    count = 0
    self.anchor = anchor
  }

  /// Whether the line is read in place in the source (one segment or none).
  var isInPlace: Bool { segments.count <= 1 }

  /// The logical offsets of the line's bytes.
  var span: Range<Int> {
    guard isInPlace else { return 0..<count }
    let start = segments.first?.sourceStart ?? anchor
    return start..<(start + count)
  }

  /// Appends the source bytes in `range`.
  mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    if segments.capacity == 0 {
      // The buffers serve every instruction of the file: room for a few continuation lines at once.
      segments.reserveCapacity(8)
    }
    if segments.count == 1 {
      let first = segments[0].sourceStart..<(segments[0].sourceStart + segments[0].count)
      if joined.capacity == 0 {
        joined.reserveCapacity(512)
      }
      joined.append(contentsOf: UnsafeBufferPointer(rebasing: source[first]))
    }
    segments.append(Segment(logicalStart: count, sourceStart: range.lowerBound, count: range.count))
    if segments.count > 1 {
      joined.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }
    count += range.count
  }

  /// Calls `body` with the bytes that `span` indexes: the source itself for
  /// a line read in place, else the joined copy.
  func withBytes<Result, Failure: Error>(
    in source: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    guard isInPlace else { return try joined.withUnsafeBufferPointer(body) }
    return try body(source)
  }

  private func segmentIndex(containing logical: Int) -> Int {
    var low = 0
    var high = segments.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if segments[middle].logicalStart <= logical {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return low
  }

  /// The source offset of the logical byte at `logical` (or just past the
  /// end when `logical` is the logical line's end).
  func sourceOffset(_ logical: Int) -> Int {
    guard !isInPlace else { return logical }
    if logical >= count {
      let last = segments[segments.count - 1]
      return last.sourceStart + last.count
    }
    let segment = segments[segmentIndex(containing: logical)]
    return segment.sourceStart + logical - segment.logicalStart
  }

  /// The source bytes from the first to the last byte of a logical range.
  func sourceSpan(_ logical: Range<Int>) -> Range<Int> {
    guard !isInPlace else { return logical }
    let start = sourceOffset(logical.lowerBound)
    guard !logical.isEmpty else { return start..<start }
    let end = sourceOffset(logical.upperBound - 1) + 1
    return start..<max(start, end)
  }

  /// The source range of a logical range when it is one contiguous span of
  /// the source, nil when it crosses a continuation.
  func contiguousSourceRange(_ logical: Range<Int>) -> Range<Int>? {
    guard !segments.isEmpty else { return nil }
    guard !isInPlace else { return logical }
    guard !logical.isEmpty else {
      let start = sourceOffset(logical.lowerBound)
      return start..<start
    }
    let first = segmentIndex(containing: logical.lowerBound)
    let last = segmentIndex(containing: logical.upperBound - 1)
    guard first == last else { return nil }
    return sourceSpan(logical)
  }
}

/// A unified diff of two versions of one file, as `diff -u` writes it.
///
/// The headers carry the names exactly as given, so a diff made with the
/// path the user typed applies with `patch -p0` (and `git apply -p0`) from the
/// directory the command ran in. A last line without a line ending gets
/// `\ No newline at end of file`, as `patch` expects.
public struct UnifiedDiff: Sendable {
  /// The name on the `---` line.
  public var oldName: String
  /// The name on the `+++` line.
  public var newName: String
  /// Unchanged lines shown around each change.
  public var context: Int

  /// Creates a diff writer.
  public init(oldName: String, newName: String, context: Int = 3) {
    self.oldName = oldName
    self.newName = newName
    self.context = max(0, context)
  }

  /// The diff of `old` against `new`; empty when they are the same.
  public func render(old: [UInt8], new: [UInt8]) -> [UInt8] {
    let oldLines = LineDiff.lines(old)
    let newLines = LineDiff.lines(new)
    let operations = LineDiff(old: oldLines, new: newLines).operations
    let changed = operations.indices.filter {
      if case .keep = operations[$0] { return false }
      return true
    }
    guard !changed.isEmpty else { return [] }
    let positions = Self.positions(operations)
    var output = Array("--- \(oldName)\n+++ \(newName)\n".utf8)
    for hunk in hunkRanges(changed: changed, count: operations.count) {
      output += header(operations[hunk], before: positions[hunk.lowerBound])
      for operation in operations[hunk] {
        switch operation {
        case .keep(let index, _): append(" ", oldLines[index], to: &output)
        case .delete(let index): append("-", oldLines[index], to: &output)
        case .insert(let index): append("+", newLines[index], to: &output)
        }
      }
    }
    return output
  }

  /// Operation ranges of the hunks: each change with `context` lines around it, close ones merged.
  private func hunkRanges(changed: [Int], count: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for index in changed {
      let lower = max(0, index - context)
      let upper = min(count, index + context + 1)
      if let last = ranges.last, lower <= last.upperBound {
        ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
      } else {
        ranges.append(lower..<upper)
      }
    }
    return ranges
  }

  /// `@@ -a,b +c,d @@`; an empty side starts at the line before it, as `diff -u` writes it.
  private func header(_ operations: ArraySlice<LineDiff.Operation>, before: (old: Int, new: Int)) -> [UInt8] {
    var oldCount = 0
    var newCount = 0
    for operation in operations {
      switch operation {
      case .keep:
        oldCount += 1
        newCount += 1
      case .delete: oldCount += 1
      case .insert: newCount += 1
      }
    }
    let oldField = Self.field(start: oldCount == 0 ? before.old : before.old + 1, count: oldCount)
    let newField = Self.field(start: newCount == 0 ? before.new : before.new + 1, count: newCount)
    return Array("@@ -\(oldField) +\(newField) @@\n".utf8)
  }

  /// Old and new lines consumed before each operation.
  private static func positions(_ operations: [LineDiff.Operation]) -> [(old: Int, new: Int)] {
    var result: [(old: Int, new: Int)] = []
    result.reserveCapacity(operations.count)
    var old = 0
    var new = 0
    for operation in operations {
      result.append((old, new))
      switch operation {
      case .keep:
        old += 1
        new += 1
      case .delete: old += 1
      case .insert: new += 1
      }
    }
    return result
  }

  private static func field(start: Int, count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }

  private func append(_ marker: String, _ line: [UInt8], to output: inout [UInt8]) {
    output += Array(marker.utf8)
    output += line
    if line.last != UInt8(ascii: "\n") {
      output += Array("\n\\ No newline at end of file\n".utf8)
    }
  }
}

import DockerfileSyntax

/// A flag's value together with the flag it was written in.
public struct FlagValue<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The interpreted value.
  public var value: Value
  /// The flag as written, with its byte range.
  public var flag: InstructionFlag

  /// Creates a flag value.
  public init(value: Value, flag: InstructionFlag) {
    self.value = value
    self.flag = flag
  }

  /// The bytes of the value after `=`, when the flag is written plainly (no quotes or escapes).
  public var valueRange: Range<Int>? {
    guard flag.text.utf8.count == flag.range.count,
      let equals = flag.text.utf8.firstIndex(of: UInt8(ascii: "="))
    else { return nil }
    let offset = flag.text.utf8.distance(from: flag.text.utf8.startIndex, to: equals) + 1
    return (flag.range.lowerBound + offset)..<flag.range.upperBound
  }
}

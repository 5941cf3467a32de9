/// One value of BuildKit's node list for an instruction (`node.Next` chain).
public struct InstructionArgument: Hashable, Sendable {
  /// The value as BuildKit reports it.
  public var value: String
  /// The bytes the value was read from, when it is one contiguous span of
  /// the source; nil otherwise (values joined across continuation lines,
  /// decoded JSON strings, ENV separators of the legacy form).
  public var range: Range<Int>?

  /// Creates an argument.
  public init(value: String, range: Range<Int>?) {
    self.value = value
    self.range = range
  }
}

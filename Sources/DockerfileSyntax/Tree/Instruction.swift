/// One Dockerfile instruction, as BuildKit's parser sees it, with the byte
/// ranges it was read from.
///
/// The parts most instructions lack (flags, heredocs, comments above it, an
/// `ONBUILD` trigger) share one box that is absent when they are all empty,
/// so copying or destroying an instruction touches few references.
public struct Instruction: Sendable {
  /// The keyword as written (`from`, `Copy`).
  public var keyword: String
  /// The keyword lowercased, BuildKit's `node.Value` (`from`, `copy`).
  public var command: String
  /// The bytes of the keyword.
  public var keywordRange: Range<Int>
  /// Every byte of the instruction: continuation lines, comments inside it,
  /// heredoc bodies and terminators, and its final line ending.
  public var range: Range<Int>
  /// The first line, as BuildKit reports it (1-based).
  public var startLine: Int
  /// The last line, heredoc terminators included, as BuildKit reports it.
  public var endLine: Int
  /// BuildKit's node value list: words, JSON array items, or
  /// name/value/separator triples for `ENV` and `LABEL`.
  public var arguments: [InstructionArgument]
  /// The argument text as written after the flags, when there is any.
  public var argumentsRange: Range<Int>?
  /// Whether the arguments were written as a JSON array.
  public var isJSONForm: Bool
  /// BuildKit's `original`: the logical line, continuations joined.
  public var original: String
  private var extras: ExtrasBox?

  /// Creates an instruction.
  public init(
    keyword: String,
    command: String,
    keywordRange: Range<Int>,
    range: Range<Int>,
    startLine: Int,
    endLine: Int,
    flags: [InstructionFlag] = [],
    arguments: [InstructionArgument] = [],
    argumentsRange: Range<Int>? = nil,
    isJSONForm: Bool = false,
    original: String,
    heredocs: [Heredoc] = [],
    onbuildTrigger: Instruction? = nil,
    precedingComments: [String] = []
  ) {
    self.init(
      keyword: keyword, command: command, keywordRange: keywordRange, range: range, startLine: startLine,
      endLine: endLine, arguments: arguments, argumentsRange: argumentsRange, isJSONForm: isJSONForm,
      original: original)
    extras = ExtrasBox.boxing(
      Extras(flags: flags, heredocs: heredocs, precedingComments: precedingComments, onbuildTrigger: onbuildTrigger))
  }

  /// An instruction without flags, heredocs, comments or trigger, as the
  /// parser first builds it.
  init(
    keyword: String, command: String, keywordRange: Range<Int>, range: Range<Int>, startLine: Int,
    endLine: Int, arguments: [InstructionArgument], argumentsRange: Range<Int>?, isJSONForm: Bool,
    original: String
  ) {
    self.keyword = keyword
    self.command = command
    self.keywordRange = keywordRange
    self.range = range
    self.startLine = startLine
    self.endLine = endLine
    self.arguments = arguments
    self.argumentsRange = argumentsRange
    self.isJSONForm = isJSONForm
    self.original = original
    extras = nil
  }

  /// The builder flags (`--from=build`) before the arguments.
  public var flags: [InstructionFlag] {
    get { extras?.extras.flags ?? [] }
    set { updateExtras { $0.flags = newValue } }
  }

  /// The heredocs, in the order their bodies follow the instruction.
  public var heredocs: [Heredoc] {
    get { extras?.extras.heredocs ?? [] }
    set { updateExtras { $0.heredocs = newValue } }
  }

  /// The comment lines directly above the instruction, without `#`.
  public var precedingComments: [String] {
    get { extras?.extras.precedingComments ?? [] }
    set { updateExtras { $0.precedingComments = newValue } }
  }

  /// The instruction an `ONBUILD` registers (`RUN make` in `ONBUILD RUN make`).
  public var onbuildTrigger: Instruction? {
    get { extras?.extras.onbuildTrigger }
    set { updateExtras { $0.onbuildTrigger = newValue } }
  }

  /// The argument values as plain strings.
  public var values: [String] { arguments.map(\.value) }

  /// Replaces the boxed parts at once (the parser sets them together).
  mutating func setExtras(_ newValue: consuming Extras) {
    extras = ExtrasBox.boxing(newValue)
  }

  private mutating func updateExtras(_ change: (inout Extras) -> Void) {
    var parts = extras?.extras ?? Extras()
    change(&parts)
    setExtras(parts)
  }
}

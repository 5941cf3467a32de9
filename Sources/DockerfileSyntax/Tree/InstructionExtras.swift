extension Instruction {
  /// The parts of an instruction that most instructions lack.
  struct Extras: Sendable {
    var flags: [InstructionFlag] = []
    var heredocs: [Heredoc] = []
    var precedingComments: [String] = []
    /// The `ONBUILD` trigger, if any, kept out of line so that `Extras`
    /// stays four references wide instead of holding a whole instruction.
    private var triggers: [Instruction] = []

    init(
      flags: [InstructionFlag] = [], heredocs: [Heredoc] = [], precedingComments: [String] = [],
      onbuildTrigger: Instruction? = nil
    ) {
      self.flags = flags
      self.heredocs = heredocs
      self.precedingComments = precedingComments
      self.onbuildTrigger = onbuildTrigger
    }

    /// The instruction an `ONBUILD` registers.
    var onbuildTrigger: Instruction? {
      get { triggers.first }
      set { triggers = newValue.map { [$0] } ?? [] }
    }

    /// Whether every part is empty (the instruction then needs no box).
    var isEmpty: Bool {
      flags.isEmpty && heredocs.isEmpty && precedingComments.isEmpty && triggers.isEmpty
    }
  }

  /// The shared, immutable box of an instruction's `Extras`; absent when they are empty.
  final class ExtrasBox: Sendable {
    let extras: Extras

    /// Boxes `extras`, or returns nil when there is nothing to keep (checked
    /// before allocating: a failable class initialiser allocates first).
    static func boxing(_ extras: consuming Extras) -> ExtrasBox? {
      extras.isEmpty ? nil : ExtrasBox(extras)
    }

    private init(_ extras: consuming Extras) {
      self.extras = extras
    }
  }
}

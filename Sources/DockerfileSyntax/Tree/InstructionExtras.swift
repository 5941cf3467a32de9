extension Instruction {
  /// The parts of an instruction that most instructions lack.
  struct Extras: Sendable {
    var flags: [InstructionFlag] = []
    var heredocs: [Heredoc] = []
    var precedingComments: [String] = []
    var onbuildTrigger: Instruction?

    /// Whether every part is empty (the instruction then needs no box).
    var isEmpty: Bool {
      flags.isEmpty && heredocs.isEmpty && precedingComments.isEmpty && onbuildTrigger == nil
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

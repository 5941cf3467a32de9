/// One simple command of a `ShellScript`: ranges over the script's words.
struct ShellCommand: Hashable, Sendable {
  /// `NAME=value` assignments before the command name (indices into `fields`).
  var assignments: Range<Int>
  /// The command name and its arguments (indices into `fields`).
  var words: Range<Int>
  /// Files written by `>` or `>>` (indices into `targets`).
  var redirectTargets: Range<Int>
}

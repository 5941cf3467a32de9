/// Why a swap cannot be made, with what to do about it.
public enum SwapError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `STAGE=IMAGE` was written without `=` or with an empty side.
  case malformedAssignment(String)
  /// No stage has this name.
  case unknownStage(String, known: [String])
  /// The index is past the last stage.
  case stageIndexOutOfRange(Int, count: Int)
  /// The image text is not a valid reference.
  case invalidImage(String, reason: String)
  /// The image text names a stage of the file; a swap puts an image in its place.
  case imageNamesStage(String, stage: Int)
  /// The stage's `FROM` uses variables in a way an edit cannot follow.
  case variableBase(stage: Int, line: Int, written: String, reason: String)
  /// A `--build-arg` sets the variable whose default the swap would edit, so the edit would change nothing.
  case buildArgumentOverrides(name: String, stage: Int, line: Int)
  /// The base expression is not one contiguous span of the file (split by a line continuation).
  case baseNotContiguous(stage: Int, line: Int)

  public var description: String {
    switch self {
    case .malformedAssignment(let text):
      return "'\(text)' is not STAGE=IMAGE; write e.g. builder=golang:1.22 or 0=alpine:3.20"
    case .unknownStage(let name, let known):
      let list = known.isEmpty ? "the file has no named stages" : "stages: " + known.joined(separator: ", ")
      return "no stage is named '\(name)' (\(list)); name a stage or give its index"
    case .stageIndexOutOfRange(let index, let count):
      return "stage index \(index) is out of range: the file has \(count) stage\(count == 1 ? "" : "s") (0–\(count - 1))"
    case .invalidImage(let text, let reason):
      return "'\(text)' is not a valid image reference: \(reason)"
    case .imageNamesStage(let text, let stage):
      return "'\(text)' names stage \(stage) of this file; a swap replaces a base with an image"
    case .variableBase(let stage, let line, let written, let reason):
      return "stage \(stage) (line \(line)): cannot swap FROM \(written): \(reason)"
    case .buildArgumentOverrides(let name, let stage, let line):
      return
        "stage \(stage) (line \(line)): --build-arg \(name) overrides the ARG default the swap edits; "
        + "drop the --build-arg or change it instead"
    case .baseNotContiguous(let stage, let line):
      return "stage \(stage) (line \(line)): the FROM image is split across a line continuation; join it first"
    }
  }
}

import DockerfileInstructions
import DockerfileSyntax

/// The byte edits that put a `SwapSet` into a Dockerfile, touching nothing else.
///
/// A literal `FROM` base is replaced over exactly its own bytes, so `--platform`,
/// `AS name`, keyword casing, comments, continuations and heredocs stay as they
/// were. A base written as one whole variable (`FROM $BASE`, `FROM ${BASE}`) is
/// swapped by editing the default of the meta `ARG` that feeds it, so the file
/// keeps its parameter. Anything else with variables is refused with the reason:
/// a partial expression (`golang:${GO_VERSION}`) has no single span to edit
/// without dropping the parameter; a variable other `FROM` lines also read
/// would change their bases too (unless every one of them gets the same image);
/// a variable with no default, or one set by `--build-arg`, has no default to edit
/// that would take effect.
public struct SwapEditPlan: Sendable {
  /// The edits, one per swapped span, in file order.
  public let edits: [TextEdit]
  /// What each edit does, in words, in file order (`line 3: FROM golang:1.22 -> golang:1.22-alpine`).
  public let notes: [String]

  /// Plans the edits of `swaps` in the file `graph` was built from.
  public init(swaps: SwapSet, dockerfile: Dockerfile, graph: StageGraph) throws(SwapError) {
    var planned: [(TextEdit, String)] = []
    var editedArguments: [String: String] = [:]
    for swap in swaps.swaps {
      guard graph.stages.indices.contains(swap.stage) else {
        throw SwapError.stageIndexOutOfRange(swap.stage, count: graph.stages.count)
      }
      let stage = graph.stages[swap.stage]
      if let named = graph.stage(named: swap.imageText) {
        throw SwapError.imageNamesStage(swap.imageText, stage: named.index)
      }
      if !stage.from.baseNameHasVariables {
        guard let range = stage.from.baseNameRange else {
          throw SwapError.baseNotContiguous(stage: swap.stage, line: stage.line)
        }
        planned.append(
          (
            TextEdit(range: range, replacement: swap.imageText),
            "line \(stage.line): FROM \(stage.from.baseName) -> \(swap.imageText)"
          ))
        continue
      }
      let (name, declaration) = try Self.argumentFeeding(stage, swaps: swaps, graph: graph)
      if let earlier = editedArguments[name] {
        guard earlier == swap.imageText else {
          throw SwapError.variableBase(
            stage: swap.stage, line: stage.line, written: stage.from.baseName,
            reason: "ARG \(name) also feeds a stage swapped to \(earlier); give both the same image")
        }
        continue
      }
      editedArguments[name] = swap.imageText
      let line = dockerfile.source.line(of: declaration.lowerBound)
      planned.append(
        (
          TextEdit(range: declaration, replacement: "\(name)=\(swap.imageText)"),
          "line \(line): ARG \(name) default -> \(swap.imageText) (feeds FROM \(stage.from.baseName) at line \(stage.line))"
        ))
    }
    planned.sort { $0.0.range.lowerBound < $1.0.range.lowerBound }
    edits = planned.map(\.0)
    notes = planned.map(\.1)
  }

  /// The meta `ARG` declaration whose default decides a variable `FROM`, or why there is none to edit.
  private static func argumentFeeding(
    _ stage: GraphStage, swaps: SwapSet, graph: StageGraph
  ) throws(SwapError) -> (String, Range<Int>) {
    let written = stage.from.baseName
    func refuse(_ reason: String) -> SwapError {
      SwapError.variableBase(stage: stage.index, line: stage.line, written: written, reason: reason)
    }
    guard let name = wholeVariableName(written) else {
      throw refuse(
        "the image mixes text and variables; an edit would have to drop the variable. "
          + "Write the image in the FROM line, or pass --build-arg")
    }
    guard let binding = graph.globalArguments.bindings[name] else {
      throw refuse("ARG \(name) has no default before the first FROM; its value comes from --build-arg only")
    }
    switch binding.origin {
    case .buildArgument:
      throw SwapError.buildArgumentOverrides(name: name, stage: stage.index, line: stage.line)
    case .metaArgument:
      break
    default:
      throw refuse("\(name) is set by BuildKit (\(binding.origin.rawValue)), not by an ARG default")
    }
    guard let declaration = binding.declaration else {
      throw refuse("the ARG \(name) declaration is split across lines")
    }
    let expander = ShellWordExpander()
    let sharing = graph.stages.filter { other in
      other.index != stage.index
        && ((try? expander.expand(other.from.baseName, in: graph.globalArguments.environment).get())?
          .referenced.contains(name) ?? false)
    }
    let unswapped = sharing.filter { swaps[$0.index] == nil }
    if !unswapped.isEmpty {
      let names = unswapped.map { "\($0.displayName) (line \($0.line))" }.joined(separator: ", ")
      throw refuse("ARG \(name) also feeds \(names); editing its default would swap those too")
    }
    return (name, declaration)
  }

  /// `NAME` when `text` is exactly `$NAME` or `${NAME}`.
  static func wholeVariableName(_ text: String) -> String? {
    var body = Substring(text)
    guard body.hasPrefix("$") else { return nil }
    body = body.dropFirst()
    if body.hasPrefix("{") {
      guard body.hasSuffix("}") else { return nil }
      body = body.dropFirst().dropLast()
    }
    let isName = body.utf8.enumerated().allSatisfy { offset, byte in
      byte == UInt8(ascii: "_") || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (offset > 0 && byte >= 0x30 && byte <= 0x39)
    }
    return !body.isEmpty && isName ? String(body) : nil
  }
}

import DockerfileSyntax

/// Builds typed instructions from parsed ones, reporting what BuildKit's instruction pass reports.
public enum InstructionTyper {
  /// Types one instruction.
  public static func type(_ instruction: Instruction) -> TypingResult {
    type(InstructionSource([instruction], 0))
  }

  /// Types the instruction at `source`; the payload keeps `source` rather than a copy of the node.
  static func type(_ source: InstructionSource) -> TypingResult {
    var context = TypingContext(source: source)
    let typed = type(&context)
    return TypingResult(typed: typed, diagnostics: context.diagnostics)
  }

  /// The cases are tried in order, so the most common instructions come first.
  private static func type(_ context: inout TypingContext) -> TypedInstruction {
    switch context.instruction.command {
    case "run": return .run(typeRun(&context))
    case "from": return .from(typeFrom(&context))
    case "copy": return .copy(typeCopy(&context))
    case "env": return .env(EnvInstruction(source: context.source, pairs: keyValuePairs(&context, "ENV")))
    case "arg": return .arg(typeArg(&context))
    case "add": return .add(typeAdd(&context))
    case "label":
      return .label(LabelInstruction(source: context.source, pairs: keyValuePairs(&context, "LABEL")))
    case "workdir":
      context.requireExactlyOne("WORKDIR")
      context.rejectFlags()
      return .workdir(
        WorkdirInstruction(
          source: context.source, path: (context.arguments.first?.value ?? ""),
          pathRange: context.arguments.first?.range))
    case "user":
      context.requireExactlyOne("USER")
      context.rejectFlags()
      return .user(
        UserInstruction(
          source: context.source, user: (context.arguments.first?.value ?? ""),
          userRange: context.arguments.first?.range))
    case "cmd":
      context.rejectFlags()
      return .cmd(CmdInstruction(source: context.source, command: commandForm(context)))
    case "entrypoint":
      context.rejectFlags()
      return .entrypoint(EntrypointInstruction(source: context.source, command: commandForm(context)))
    case "healthcheck": return .healthcheck(typeHealthcheck(&context))
    case "expose":
      context.requireAtLeastOne("EXPOSE")
      context.rejectFlags()
      return .expose(ExposeInstruction(source: context.source, ports: context.arguments))
    case "volume": return .volume(typeVolume(&context))
    case "stopsignal":
      context.requireExactlyOne("STOPSIGNAL")
      return .stopSignal(
        StopSignalInstruction(source: context.source, signal: (context.arguments.first?.value ?? "")))
    case "shell": return .shell(typeShell(&context))
    case "onbuild": return .onbuild(typeOnbuild(&context))
    case "maintainer":
      context.requireExactlyOne("MAINTAINER")
      context.rejectFlags()
      return .maintainer(
        MaintainerInstruction(source: context.source, maintainer: (context.arguments.first?.value ?? "")))
    default:
      let keyword = context.instruction.keyword
      let suggestion = Suggestion.closest(to: keyword, in: Suggestion.instructionNames)
      let message = InstructionMessages.unknownInstruction(keyword)
      context.fail(
        .unknownInstruction, suggestion.map { message + " (did you mean \($0)?)" } ?? message,
        at: context.instruction.keywordRange)
      return .unknown(UnknownInstruction(source: context.source, suggestion: suggestion))
    }
  }

  static func commandForm(_ context: TypingContext) -> CommandForm {
    CommandForm(arguments: context.arguments, isJSON: context.instruction.isJSONForm)
  }

  // MARK: - FROM

  private static func typeFrom(_ context: inout TypingContext) -> FromInstruction {
    let arguments = context.arguments
    var stageName: String?
    if arguments.count == 3 && isAsKeyword(arguments[1].value) {
      let name = arguments[2].value.lowercased()
      stageName = name
      if !isValidStageName(name) {
        context.fail(
          .invalidStageName, InstructionMessages.invalidStageName(arguments[2].value), at: context.range(ofArgument: 2))
      }
    } else if arguments.count != 1 {
      context.fail(.invalidArguments, InstructionMessages.fromArguments)
    }
    let flags = context.parseFlags(InstructionFlagTable.from)
    let baseName = arguments.first?.value ?? ""
    return FromInstruction(
      source: context.source, baseName: baseName, baseNameRange: context.arguments.first?.range,
      image: baseName.utf8.contains(UInt8(ascii: "$")) || baseName.isEmpty ? nil : ImageReference.parse(baseName),
      stageName: stageName, stageNameRange: stageName == nil ? nil : context.arguments[2].range,
      platform: flags.string("platform"))
  }

  /// Whether `word` lowercases to `as`; no character outside ASCII lowercases to `a` or `s`,
  /// so two bytes are compared without building the lowercased string.
  static func isAsKeyword(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard utf8.count == 2, let first = utf8.first, let last = utf8.last else { return false }
    return (first == UInt8(ascii: "a") || first == UInt8(ascii: "A"))
      && (last == UInt8(ascii: "s") || last == UInt8(ascii: "S"))
  }

  /// `^[a-z][a-z0-9-_.]*$`, BuildKit's rule for stage names (after lowercasing).
  static func isValidStageName(_ name: String) -> Bool {
    var bytes = name.utf8.makeIterator()
    guard let first = bytes.next(), first >= 0x61 && first <= 0x7A else { return false }
    while let byte = bytes.next() {
      let allowed =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      if !allowed { return false }
    }
    return true
  }

  // MARK: - ARG, ENV, LABEL

  private static func typeArg(_ context: inout TypingContext) -> ArgInstruction {
    context.requireAtLeastOne("ARG")
    context.rejectFlags()
    var declarations: [ArgInstruction.Declaration] = []
    declarations.reserveCapacity(context.arguments.count)
    for argument in context.arguments {
      let text = argument.value
      if let equals = Self.firstEquals(in: text) {
        let name = String(text[..<equals])
        if name.isEmpty { context.fail(.invalidArguments, InstructionMessages.blankNames("ARG"), at: argument.range) }
        declarations.append(
          .init(name: name, defaultValue: String(text[text.index(after: equals)...]), range: argument.range))
      } else {
        declarations.append(.init(name: text, defaultValue: nil, range: argument.range))
      }
    }
    return ArgInstruction(source: context.source, declarations: declarations)
  }

  /// The first `=` of `text` as a `Character`; ASCII text is searched byte by byte.
  private static func firstEquals(in text: String) -> String.Index? {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.firstIndex(of: "=") }
    return utf8.firstIndex(of: UInt8(ascii: "="))
  }

  private static func keyValuePairs(_ context: inout TypingContext, _ command: String) -> [KeyValuePair] {
    context.rejectFlags()
    let arguments = context.arguments
    if arguments.isEmpty { context.fail(.invalidArguments, InstructionMessages.atLeastOneArgument(command)) }
    if arguments.count % 3 != 0 { context.fail(.invalidArguments, InstructionMessages.tooManyArguments(command)) }
    var pairs: [KeyValuePair] = []
    pairs.reserveCapacity(arguments.count / 3)
    var index = 0
    while index + 2 < arguments.count {
      let key = arguments[index], value = arguments[index + 1], separator = arguments[index + 2]
      if key.value.isEmpty {
        context.fail(.invalidArguments, InstructionMessages.blankNames(command), at: key.range ?? context.wholeRange)
      }
      pairs.append(
        KeyValuePair(
          key: key.value, value: value.value, separator: separator.value, keyRange: key.range, valueRange: value.range))
      index += 3
    }
    return pairs
  }

  // MARK: - VOLUME, SHELL, ONBUILD

  private static func typeVolume(_ context: inout TypingContext) -> VolumeInstruction {
    context.requireAtLeastOne("VOLUME")
    context.rejectFlags()
    var paths: [String] = []
    for argument in context.arguments {
      let path = GoStrings.trimSpace(argument.value)
      if path.isEmpty { context.fail(.invalidArguments, InstructionMessages.emptyVolume, at: argument.range) }
      paths.append(path)
    }
    return VolumeInstruction(source: context.source, paths: paths)
  }

  private static func typeShell(_ context: inout TypingContext) -> ShellInstruction {
    context.rejectFlags()
    let shell = context.values
    if shell.isEmpty {
      context.fail(.invalidArguments, InstructionMessages.atLeastOneArgument("SHELL"))
    } else if !context.instruction.isJSONForm {
      context.fail(.shellNotJSON, InstructionMessages.notJSON("SHELL"))
    }
    return ShellInstruction(source: context.source, shell: shell)
  }

  private static func typeOnbuild(_ context: inout TypingContext) -> OnbuildInstruction {
    context.requireAtLeastOne("ONBUILD")
    context.rejectFlags()
    if let first = context.values.first {
      let trigger = GoStrings.trimSpace(first).uppercased()
      switch trigger {
      case "ONBUILD": context.fail(.invalidTrigger, InstructionMessages.onbuildChaining, at: context.range(ofArgument: 0))
      case "MAINTAINER", "FROM":
        context.fail(.invalidTrigger, InstructionMessages.onbuildTrigger(trigger), at: context.range(ofArgument: 0))
      default: break
      }
    }
    var expression = context.instruction.original
    let skipped = expression.drop(while: \.isWhitespace)
    if skipped.prefix(7).uppercased() == "ONBUILD" {
      expression = String(skipped.dropFirst(7).drop(while: \.isWhitespace))
    }
    for heredoc in context.instruction.heredocs {
      expression += "\n" + heredoc.content + heredoc.name
    }
    let trigger = context.instruction.onbuildTrigger.map { TypedInstructionBox(type($0).typed) }
    return OnbuildInstruction(source: context.source, trigger: trigger, expression: expression)
  }
}

import DockerfileSyntax

extension InstructionTyper {
  /// What `COPY` and `ADD` share: sources, destination and the heredoc check.
  private struct SourcesAndDestination {
    var sources: [CopySource] = []
    var destination = ""
    var destinationRange: Range<Int>?
  }

  private static func sourcesAndDestination(
    _ context: inout TypingContext, _ command: String
  ) -> SourcesAndDestination {
    var result = SourcesAndDestination()
    guard let last = context.arguments.last else { return result }
    result.destination = last.value
    result.destinationRange = last.range
    if HeredocWord(last.value) != nil {
      context.fail(.invalidHeredoc, InstructionMessages.badHeredoc(command, "a destination"), at: last.range)
    }
    let heredocs = context.instruction.heredocs
    result.sources.reserveCapacity(context.arguments.count - 1)
    for argument in context.arguments.dropLast() {
      if let word = HeredocWord(argument.value) {
        let heredoc = heredocs.last { $0.name == word.name }
        let content = heredoc?.content ?? ""
        result.sources.append(
          .heredoc(
            HeredocFile(
              name: word.name, content: word.chomp ? HeredocWord.chomp(content) : content, expand: word.expand,
              heredoc: heredoc)))
      } else {
        result.sources.append(.path(argument.value, range: argument.range))
      }
    }
    return result
  }

  static func typeCopy(_ context: inout TypingContext) -> CopyInstruction {
    if context.arguments.count < 2 {
      context.fail(.invalidArguments, InstructionMessages.noDestination("COPY"))
    }
    let flags = context.parseFlags(InstructionFlagTable.copy)
    let files = sourcesAndDestination(&context, "COPY")
    let from = flags.string("from")
    if let from, from.value.utf8.contains(UInt8(ascii: "$")) {
      context.note(.copyFromVariable, InstructionMessages.copyFromVariable, severity: .error, at: from.flag.range)
    }
    return CopyInstruction(
      source: context.source, sources: files.sources, destination: files.destination,
      destinationRange: files.destinationRange, from: from, chown: flags.string("chown"),
      chmod: flags.string("chmod"), link: flags.bool("link"), parents: flags.bool("parents"),
      excludes: flags.strings("exclude"))
  }

  static func typeAdd(_ context: inout TypingContext) -> AddInstruction {
    if context.arguments.count < 2 {
      context.fail(.invalidArguments, InstructionMessages.noDestination("ADD"))
    }
    let flags = context.parseFlags(InstructionFlagTable.add)
    let files = sourcesAndDestination(&context, "ADD")
    return AddInstruction(
      source: context.source, sources: files.sources, destination: files.destination,
      destinationRange: files.destinationRange, chown: flags.string("chown"), chmod: flags.string("chmod"),
      link: flags.bool("link"), keepGitDirectory: flags.bool("keep-git-dir"), checksum: flags.string("checksum"),
      unpack: flags.bool("unpack"), excludes: flags.strings("exclude"))
  }
}

import DockerfileSyntax

extension InstructionTyper {
  private static let networkModes: Set<String> = ["default", "none", "host"]
  private static let securityModes: Set<String> = ["insecure", "sandbox"]

  static func typeRun(_ context: inout TypingContext) -> RunInstruction {
    let flags = context.parseFlags(InstructionFlagTable.run)
    let devices = flags.strings("device")
    for device in devices {
      if case .failure(let error) = DeviceParser.parse(device.value) {
        context.fail(.invalidDevice, error.message, at: device.flag.range)
      }
    }
    var mounts: [MountFlag] = []
    for value in flags.strings("mount") {
      let (firstPass, literal) = MountParser.parseBoth(value.value)
      if case .failure(let error) = firstPass {
        context.fail(.invalidMount, error.message, at: value.flag.range)
      }
      mounts.append(MountFlag(flag: value.flag, mount: literal))
      if case .success = firstPass, case .failure(let error) = literal {
        if value.value.utf8.contains(UInt8(ascii: "$")) {
          context.note(.mountUnresolved, error.message, severity: .warning, at: value.flag.range)
        } else {
          context.note(.mountValue, error.message, severity: .error, at: value.flag.range)
        }
      }
    }
    let network = flags.string("network")
    if let network, !networkModes.contains(network.value) {
      context.fail(.invalidRunOption, InstructionMessages.invalidNetwork(network.value), at: network.flag.range)
    }
    let security = flags.string("security")
    if let security, !securityModes.contains(security.value) {
      context.fail(.invalidRunOption, InstructionMessages.invalidSecurity(security.value), at: security.flag.range)
    }
    let heredocs = context.instruction.heredocs.map { heredoc in
      HeredocFile(
        name: heredoc.name, content: heredoc.chomp ? HeredocWord.chomp(heredoc.content) : heredoc.content,
        expand: heredoc.expand, heredoc: heredoc)
    }
    return RunInstruction(
      source: context.source, command: commandForm(context), heredocs: heredocs, mounts: mounts,
      network: network, security: security, devices: devices)
  }

  static func typeHealthcheck(_ context: inout TypingContext) -> HealthcheckInstruction {
    context.requireAtLeastOne("HEALTHCHECK")
    guard let first = context.values.first else {
      return HealthcheckInstruction(source: context.source, check: .none)
    }
    let type = first.uppercased()
    let rest = Array(context.values.dropFirst())
    if type == "NONE" {
      if !rest.isEmpty { context.fail(.invalidHealthcheck, InstructionMessages.healthcheckNoneArguments) }
      return HealthcheckInstruction(source: context.source, check: .none)
    }
    let flags = context.parseFlags(InstructionFlagTable.healthcheck)
    var check = HealthcheckInstruction.Check.none
    if type == "CMD" {
      if rest.isEmpty { context.fail(.invalidHealthcheck, InstructionMessages.healthcheckMissingCommand) }
      check = .command(CommandForm(arguments: rest, isJSON: context.instruction.isJSONForm))
    } else {
      context.fail(.invalidHealthcheck, InstructionMessages.healthcheckType(type), at: context.range(ofArgument: 0))
    }
    let interval = duration(flags.string("interval"), &context)
    let timeout = duration(flags.string("timeout"), &context)
    let startPeriod = duration(flags.string("start-period"), &context)
    let startInterval = duration(flags.string("start-interval"), &context)
    var retries: FlagValue<Int32>?
    if let written = flags.string("retries"), !written.value.isEmpty {
      switch GoParsing.parseInt32(written.value) {
      case .failure(let reason):
        context.fail(.invalidHealthcheck, reason.text, at: written.flag.range)
      case .success(let count):
        if count < 0 {
          let message = InstructionMessages.negativeRetries(count)
          context.fail(.invalidHealthcheck, message, at: written.flag.range)
        }
        retries = FlagValue(value: count, flag: written.flag)
      }
    }
    return HealthcheckInstruction(
      source: context.source, check: check, interval: interval, timeout: timeout, startPeriod: startPeriod,
      startInterval: startInterval, retries: retries)
  }

  /// BuildKit's `parseOptInterval`: empty or zero means unset; otherwise at least 1ms.
  private static func duration(_ value: FlagValue<String>?, _ context: inout TypingContext) -> FlagValue<Int64>? {
    guard let value, !value.value.isEmpty else { return nil }
    switch GoDuration.parse(value.value) {
    case .failure(let reason):
      context.fail(.invalidHealthcheck, reason.text, at: value.flag.range)
      return nil
    case .success(let nanoseconds):
      if nanoseconds != 0 && nanoseconds < 1_000_000 {
        context.fail(.invalidHealthcheck, InstructionMessages.intervalTooShort(value.flag.name), at: value.flag.range)
      }
      return FlagValue(value: nanoseconds, flag: value.flag)
    }
  }
}

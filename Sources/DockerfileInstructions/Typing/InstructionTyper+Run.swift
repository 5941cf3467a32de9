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
      let firstPass = MountParser.parse(value.value, expand: nil)
      if case .failure(let error) = firstPass {
        context.fail(.invalidMount, error.message, at: value.flag.range)
      }
      let literal = MountParser.parse(value.value, expand: { .success($0) })
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
      instruction: context.instruction, command: commandForm(context), heredocs: heredocs, mounts: mounts,
      network: network, security: security, devices: devices)
  }

  static func typeHealthcheck(_ context: inout TypingContext) -> HealthcheckInstruction {
    var healthcheck = HealthcheckInstruction(instruction: context.instruction, check: .none)
    context.requireAtLeastOne("HEALTHCHECK")
    guard let first = context.values.first else { return healthcheck }
    let type = first.uppercased()
    let rest = Array(context.values.dropFirst())
    if type == "NONE" {
      if !rest.isEmpty { context.fail(.invalidHealthcheck, InstructionMessages.healthcheckNoneArguments) }
      return healthcheck
    }
    let flags = context.parseFlags(InstructionFlagTable.healthcheck)
    if type == "CMD" {
      if rest.isEmpty { context.fail(.invalidHealthcheck, InstructionMessages.healthcheckMissingCommand) }
      healthcheck.check = .command(CommandForm(arguments: rest, isJSON: context.instruction.isJSONForm))
    } else {
      context.fail(.invalidHealthcheck, InstructionMessages.healthcheckType(type), at: context.range(ofArgument: 0))
    }
    healthcheck.interval = duration(flags.string("interval"), &context)
    healthcheck.timeout = duration(flags.string("timeout"), &context)
    healthcheck.startPeriod = duration(flags.string("start-period"), &context)
    healthcheck.startInterval = duration(flags.string("start-interval"), &context)
    if let retries = flags.string("retries"), !retries.value.isEmpty {
      switch GoParsing.parseInt32(retries.value) {
      case .failure(let reason):
        context.fail(.invalidHealthcheck, reason.text, at: retries.flag.range)
      case .success(let count):
        if count < 0 {
          context.fail(.invalidHealthcheck, InstructionMessages.negativeRetries(count), at: retries.flag.range)
        }
        healthcheck.retries = FlagValue(value: count, flag: retries.flag)
      }
    }
    return healthcheck
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

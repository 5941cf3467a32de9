import BaseImageCatalog
import DockerfileInstructions

extension SwapCompatibility {
  /// Users known to exist in an image family's `/etc/passwd` (from the images' READMEs and Dockerfiles).
  static func knownUsers(_ image: BaseImage) -> Set<String> {
    switch image.variant {
    case .distroless, .distrolessStatic, .distrolessBase, .distrolessCC: return ["root", "nonroot", "nobody"]
    case .chainguard, .chainguardStatic, .chainguardDev, .wolfi: return ["root", "nonroot"]
    default: break
    }
    var users: Set<String> = ["root", "nobody"]
    if image.family == "node" { users.insert("node") }
    return users
  }

  /// `RUN adduser/useradd` flavours and `USER name` against the new base's `/etc/passwd`.
  func userVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let image = newFacts[stage].image else { return [] }
    let traits = image.traits
    let label = newFacts[stage].label
    var verdicts: [SwapVerdict] = []
    var created: [String: Int] = [:]
    let installsShadow = installs(["shadow"], in: stage) != nil
    for (owner, command) in lineages[stage].commands(in: after) {
      let line = command.instruction.instruction.startLine
      switch command.instruction {
      case .run(let run):
        for simple in RunScript(run).commandLine.commands {
          guard let program = simple.program, ["adduser", "addgroup", "useradd", "groupadd"].contains(program) else {
            continue
          }
          if let name = Self.accountName(simple.words) { created[name] = line }
          guard owner == stage, traits.shell == .present else { continue }
          let busyboxFlags = simple.words.dropFirst().contains { $0.hasPrefix("-") && !$0.hasPrefix("--") }
          let debianLike = ["debian", "ubuntu"].contains(traits.osFamily)
          let busyboxLike = ["alpine", "busybox"].contains(traits.osFamily)
          if debianLike, program.hasPrefix("add"), busyboxFlags {
            verdicts.append(
              verdict(
                stage, line: line, .breaks,
                "\(program) with BusyBox flags (-S, -G, -D) fails on \(label): Debian's \(program) takes --system, "
                  + "--ingroup; use useradd/groupadd", .user))
          } else if busyboxLike, program == "useradd" || program == "groupadd", !installsShadow {
            verdicts.append(
              verdict(
                stage, line: line, .breaks,
                "\(program) is not in \(label) (\(traits.osFamily)); use adduser -S / addgroup -S or apk add shadow", .user))
          }
        }
      case .user(let user) where owner == stage:
        verdicts += userLine(user, line: line, stage: stage, created: created, image: image, label: label)
      default:
        break
      }
    }
    return verdicts
  }

  /// Options of adduser/useradd/addgroup/groupadd (BusyBox, shadow and Debian spellings) that take a value.
  static let optionsWithValues: Set<String> = [
    "-h", "-g", "-s", "-G", "-u", "-k", "-d", "-c", "-e", "-f", "-p", "-K", "--home", "--shell", "--uid", "--gid",
    "--ingroup", "--gecos", "--comment", "--groups", "--home-dir",
  ]

  /// The account an adduser-like command creates: its first operand.
  static func accountName(_ words: [String]) -> String? {
    var index = 1
    while index < words.count {
      let word = words[index]
      if optionsWithValues.contains(word) {
        index += 2
      } else if word.hasPrefix("-") {
        index += 1
      } else {
        return word
      }
    }
    return nil
  }

  private func userLine(
    _ user: UserInstruction, line: Int, stage: Int, created: [String: Int], image: BaseImage, label: String
  ) -> [SwapVerdict] {
    let name = String(user.userName)
    guard !name.isEmpty, !name.allSatisfy(\.isNumber), !name.contains("$") else { return [] }
    if let creator = created[name] {
      if image.traits.shell != .present {
        return [
          verdict(
            stage, line: line, .breaks,
            "USER \(name) is created by RUN at line \(creator), which cannot run on \(label) (no shell)", .user)
        ]
      }
      return []
    }
    if copiesPath(into: stage, where: { $0 == "/etc/passwd" }) != nil { return [] }
    switch image.traits.passwd {
    case .absent:
      return [
        verdict(
          stage, line: line, .breaks,
          "USER \(name) needs /etc/passwd to resolve the name; \(label) has none (use a numeric UID or copy /etc/passwd)",
          .user)
      ]
    case .unknown:
      return [verdict(stage, line: line, .warning, "cannot tell: catalog has no /etc/passwd fact for \(label)", .user)]
    case .present:
      if Self.knownUsers(image).contains(name) { return [] }
      let level: VerdictLevel = image.variant.isDistroless ? .breaks : .warning
      return [
        verdict(
          stage, line: line, level,
          level == .breaks
            ? "USER \(name) is not in \(label)'s /etc/passwd (\(Self.knownUsers(image).sorted().joined(separator: ", ")))"
            : "cannot tell whether \(label) has a user \(name); nothing in the file creates it", .user)
      ]
    }
  }
}

import Foundation
import Testing

/// The error table for the user's own files: a malformed theme, config or key
/// binding file fails loudly (exit 2) with its path, the position or dotted
/// key, and what is allowed. Standard output is not a terminal here, so the
/// command would otherwise print the text report: the files are still checked
/// first, because a broken config must never be ignored silently.
@Suite("Error table: theme, config and key files", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct ConfigFileErrorTests {
  private func runOpen(_ extra: [String], config: String? = nil) throws -> (ChildProcess.Outcome, Scratch) {
    let scratch = try Scratch("config")
    let dockerfile = try scratch.write("Dockerfile", "FROM alpine\n")
    var environment = ["XDG_CONFIG_HOME": scratch.path("xdg")]
    if let config {
      try scratch.write("xdg/stagetui/config.toml", config)
      environment["XDG_CONFIG_HOME"] = scratch.path("xdg")
    }
    let result = try stagetui(["open", "--engine", "off"] + extra + [dockerfile], timeLimit: 30, environment: environment)
    return (result, scratch)
  }

  @Test("a theme file that is not TOML: exit 2, path:line:column")
  func malformedTheme() throws {
    let scratch = try Scratch("theme")
    defer { scratch.remove() }
    let theme = try scratch.write("broken.toml", "name = \"x\"\n[roles\n")
    let (result, other) = try runOpen(["--theme", theme])
    defer { other.remove() }
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: \(theme):2:"), "\(result)")
    #expect(result.stderr.contains("invalid TOML"), "\(result)")
  }

  @Test("a theme with an unknown colour: exit 2, names the role's key")
  func themeBadColour() throws {
    let scratch = try Scratch("theme-colour")
    defer { scratch.remove() }
    let theme = try scratch.write("odd.toml", "[roles]\n\"border.active\" = { fg = \"ultraviolet\" }\n")
    let (result, other) = try runOpen(["--theme", theme])
    defer { other.remove() }
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: \(theme): "), "\(result)")
    #expect(result.stderr.contains("border.active"), "\(result)")
  }

  @Test("a missing theme name: exit 2, lists the built-in themes")
  func unknownTheme() throws {
    let (result, scratch) = try runOpen(["--theme", "no-such-theme"])
    defer { scratch.remove() }
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: no-such-theme: cannot read theme: no such file — give a theme file or one of the "
        + "built-in themes: default-dark, high-contrast, light, monochrome\n", "\(result)")
  }

  @Test("a theme named in the config file that does not exist: exit 2, lists the built-in themes")
  func unknownThemeInConfig() throws {
    let (result, scratch) = try runOpen([], config: "theme = \"solarised\"\n")
    defer { scratch.remove() }
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: solarised: cannot read theme: no such file — "), "\(result)")
    #expect(result.stderr.hasSuffix("built-in themes: default-dark, high-contrast, light, monochrome\n"), "\(result)")
  }

  @Test("a config file that is not TOML: exit 2, path:line:column")
  func malformedConfig() throws {
    let (result, scratch) = try runOpen([], config: "theme = \n")
    defer { scratch.remove() }
    let path = scratch.path("xdg/stagetui/config.toml")
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: \(path):1:"), "\(result)")
    #expect(result.stderr.contains("invalid TOML"), "\(result)")
  }

  @Test("a config with an unknown top-level key: exit 2, says what a config holds")
  func unknownConfigKey() throws {
    let (result, scratch) = try runOpen([], config: "colour = \"blue\"\n")
    defer { scratch.remove() }
    let path = scratch.path("xdg/stagetui/config.toml")
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(path): colour: unknown key; a config file has theme and [keys.<context>] tables\n")
  }

  @Test("a key binding that is not a key: exit 2, names keys.<context>.<action> and the key syntax")
  func malformedKeyBinding() throws {
    let (result, scratch) = try runOpen([], config: "[keys.global]\nquit = \"ctrl+\"\n")
    defer { scratch.remove() }
    let path = scratch.path("xdg/stagetui/config.toml")
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: \(path): keys.global.quit: 'ctrl+' is not a key"), "\(result)")
  }

  @Test("a binding to an unknown action: exit 2, lists the actions")
  func unknownAction() throws {
    let (result, scratch) = try runOpen([], config: "[keys.global]\nfly = \"f\"\n")
    defer { scratch.remove() }
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.contains("keys.global.fly: no such action in global; use "), "\(result)")
  }

  @Test("a config path that is a FIFO is refused, not waited on (under 10 s)")
  func configFIFOUnder10s() throws {
    let scratch = try Scratch("config-fifo")
    defer { scratch.remove() }
    let fifo = scratch.path("config.toml")
    try #require(mkfifo(fifo, 0o644) == 0)
    let dockerfile = try scratch.write("Dockerfile", "FROM alpine\n")
    let result = try stagetui(["open", "--engine", "off", "--config", fifo, dockerfile], timeLimit: 10)
    #expect(!result.timedOut, "stagetui waited on a FIFO config file")
    #expect(result.status == 2, "\(result)")
  }
}

import Foundation
import StageRender
import Testing

@Suite struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

  @Test func parsesRolesColoursAndAttributes() throws {
    let theme = try ThemeLoader.parse(
      """
      name = "sample"
      [roles]
      "border.active" = { fg = "cyan", bg = 236, attributes = ["bold", "underline"] }
      edge.copy = { fg = "#5fafff" }
      [roles.size]
      bar = { fg = "bright-blue" }
      """, path: "sample.toml", defaultName: "x")
    #expect(theme.name == "sample")
    #expect(
      theme.style(.borderActive)
        == Style(foreground: .ansi(.cyan), background: .indexed(236), attributes: [.bold, .underline]))
    #expect(theme.style(.edgeCopy) == Style(foreground: .rgb(0x5F, 0xAF, 0xFF)))
    #expect(theme.style(.sizeBar) == Style(foreground: .ansi(.brightBlue)))
  }

  @Test func rolesFallBackToParentThenText() throws {
    let theme = try ThemeLoader.parse(
      """
      [roles]
      text = { fg = "white" }
      edge = { fg = "blue" }
      """, path: "t.toml", defaultName: "t")
    #expect(theme.name == "t")
    #expect(theme.style(.edgeMount) == Style(foreground: .ansi(.blue)))
    #expect(theme.style(.verdictOK) == Style(foreground: .ansi(.white)))
  }

  @Test(arguments: [
    ("[roles]\ntitle = { fg = \"purple\" }", "roles.title.fg", "not a colour"),
    ("[roles]\ntitle = { fg = 300 }", "roles.title.fg", "not a colour"),
    ("[roles]\ntitle = { bg = \"#12\" }", "roles.title.bg", "not a colour"),
    ("[roles]\ntitle = { attributes = [\"blink\"] }", "roles.title.attributes[0]", "unknown attribute"),
    ("[roles]\ntitle = { attributes = \"bold\" }", "roles.title.attributes", "expected a list"),
    ("[roles]\ntitle = { fg = \"red\", colour = \"blue\" }", "roles.title.colour", "unknown key"),
    ("[roles]\ntitle = \"red\"", "roles.title", "expected a style table"),
    ("roles = 3", "roles", "expected a table"),
    ("name = 3", "name", "expected a string"),
    ("colours = {}", "colours", "unknown key"),
  ])
  func badValuesNameTheKey(text: String, key: String, reason: String) {
    #expect {
      _ = try ThemeLoader.parse(text, path: "/tmp/my-theme.toml", defaultName: "x")
    } throws: { error in
      guard let error = error as? ThemeError else { return false }
      return error.path == "/tmp/my-theme.toml" && error.key == key && error.reason.hasPrefix(reason)
    }
  }

  @Test func invalidTOMLNamesTheLine() {
    #expect {
      _ = try ThemeLoader.parse("[roles]\ntitle = { fg = \n", path: "broken.toml", defaultName: "x")
    } throws: { error in
      guard case .invalidTOML(let path, let line, _, let reason) = error as? ThemeError else { return false }
      return path == "broken.toml" && line == 2 && !reason.isEmpty
    }
  }

  @Test func missingFileNamesThePath() {
    #expect(throws: ThemeError.unreadable(path: "/nonexistent/theme.toml", reason: "no such file")) {
      try ThemeLoader.load(path: "/nonexistent/theme.toml")
    }
  }

  @Test func loadsAFileUsingItsNameAsFallback() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-theme-\(getpid()).toml")
    try "[roles]\ntitle = { attributes = [\"bold\"] }\n".write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let theme = try ThemeLoader.load(path: url.path)
    #expect(theme.name == url.deletingPathExtension().lastPathComponent)
    #expect(theme.style(.title) == Style(attributes: .bold))
  }

  @Test func builtinThemesMatchTheThemesDirectory() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: ThemeTests.themesDirectory.path)
      .filter { $0.hasSuffix(".toml") }.sorted()
    #expect(BuiltinThemes.names == files.map { String($0.dropLast(5)) })
    for file in files {
      let text = try String(
        contentsOf: ThemeTests.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      #expect(
        BuiltinThemes.source(named: String(file.dropLast(5))) == text,
        "\(file) changed; run Scripts/render/embed-themes.py")
    }
  }

  @Test(arguments: ["default-dark", "light", "high-contrast", "monochrome"])
  func builtinThemesDefineEveryStandardRole(name: String) throws {
    let theme = try BuiltinThemes.theme(named: name)
    #expect(theme.name == name)
    let missing = ThemeRole.standard.filter { theme.styles[$0] == nil }
    #expect(missing.isEmpty, "\(name) lacks \(missing)")
  }

  @Test func monochromeUsesAttributesOnly() throws {
    let theme = Theme.monochrome
    for (role, style) in theme.styles {
      #expect(style.foreground == .default && style.background == .default, "\(role)")
    }
    #expect(theme.style(.selection).attributes.contains(.reverse))
  }

  @Test func resolvesBuiltinNamesAndOverridingFiles() throws {
    #expect(try ThemeLoader.resolve("light").name == "light")
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stagetui-override-\(getpid()).toml")
    try "name = \"mine\"\n[roles]\nselection = { bg = \"red\" }\n".write(
      to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let theme = try ThemeLoader.resolve(url.path)
    #expect(theme.name == "mine")
    #expect(theme.style(.selection) == Style(background: .ansi(.red)))
    #expect(theme.style(.borderActive) == Theme.defaultTheme.style(.borderActive))
    #expect(throws: ThemeError.unreadable(path: "nosuch", reason: "no such file")) {
      try ThemeLoader.resolve("nosuch")
    }
  }

  @Test func unknownBuiltinTheme() {
    #expect(throws: ThemeError.unknownTheme(name: "solarized")) {
      try BuiltinThemes.theme(named: "solarized")
    }
  }

  @Test func noColorSelectsMonochrome() {
    let theme = Theme.defaultTheme
    #expect(theme.name == "default-dark")
    #expect(theme.effective(environment: ["NO_COLOR": "1"], capability: .truecolor) == .monochrome)
    #expect(theme.effective(environment: [:], capability: .monochrome) == .monochrome)
    #expect(theme.effective(environment: ["NO_COLOR": ""], capability: .truecolor) == theme)
    let sixteen = theme.effective(environment: [:], capability: .ansi16)
    #expect(sixteen.style(.edgeCopy).foreground == .ansi(.brightBlue))
    #expect(
      sixteen.styles.values.allSatisfy { style in
        [style.foreground, style.background].allSatisfy { colour in
          if case .ansi = colour { return true }
          return colour == .default
        }
      })
  }
}

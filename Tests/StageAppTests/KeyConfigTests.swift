import StageApp
import StageRender
import Testing

@Suite("Key bindings as data, and the config file that overrides them")
struct KeyConfigTests {
  @Test("no key is bound twice in one context")
  func defaultsAreUnambiguous() {
    for context in KeyContext.allCases {
      var seen: [KeyEvent: KeyAction] = [:]
      for binding in KeyTable.defaults.bindings(in: context) {
        #expect(!binding.keys.isEmpty, "\(binding.action) in \(context) has no key")
        for key in binding.keys {
          #expect(seen[key] == nil, "\(key) in \(context) is bound to \(seen[key].map(\.rawValue) ?? "") and \(binding.action)")
          seen[key] = binding.action
        }
      }
    }
  }

  @Test("the keys users know: hjkl and arrows, tab, /, s, u, ctrl+r, e, ?, q and ctrl+c")
  func familiarKeys() throws {
    let table = KeyTable.defaults
    func action(_ name: String, _ context: KeyContext) throws -> KeyAction? {
      table.action(for: try KeyEvent(parsing: name), in: [context, .global])
    }
    #expect(try action("j", .graph) == .down)
    #expect(try action("down", .graph) == .down)
    #expect(try action("h", .graph) == .left)
    #expect(try action("tab", .graph) == .nextPane)
    #expect(try action("shift+tab", .layers) == .previousPane)
    #expect(try action("/", .graph) == .filter)
    #expect(try action("s", .layers) == .swap)
    #expect(try action("u", .graph) == .undo)
    #expect(try action("ctrl+r", .graph) == .redo)
    #expect(try action("e", .graph) == .export)
    #expect(try action("?", .detail) == .help)
    #expect(try action("q", .graph) == .quit)
    #expect(try action("ctrl+c", .graph) == .quit)
    #expect(try action("t", .graph) == .chooseTarget)
  }

  @Test("a config file rebinds actions; swapping two keys in one context is allowed")
  func rebind() throws {
    let config = try AppConfig.parse(
      """
      theme = "light"
      [keys.global]
      swap = ["S", "ctrl+s"]
      [keys.graph]
      down = "k"
      up = "j"
      """, path: "/home/u/.config/stagetui/config.toml")
    #expect(config.theme == "light")
    #expect(config.keys.action(for: KeyEvent(.character("S")), in: .global) == .swap)
    #expect(config.keys.action(for: KeyEvent(.character("s"), modifiers: .ctrl), in: .global) == .swap)
    #expect(config.keys.action(for: KeyEvent(.character("s")), in: .global) == nil)
    #expect(config.keys.action(for: KeyEvent(.character("k")), in: .graph) == .down)
  }

  @Test(
    "a bad binding fails with the path, the key and the reason",
    arguments: [
      ("[keys.graph]\ndown = \"ctrl+\"\n", "keys.graph.down", "is not a key"),
      ("[keys.graph]\ndown = [\"j\", 3]\n", "keys.graph.down[1]", "expected a key name"),
      ("[keys.graph]\nfly = \"f\"\n", "keys.graph.fly", "no such action in graph"),
      ("[keys.sidebar]\ndown = \"j\"\n", "keys.sidebar", "unknown context"),
      ("[keys.graph]\ndown = \"k\"\n", "keys.graph.down", "already bound to up"),
      ("[keys.graph]\ndown = []\n", "keys.graph.down", "at least one key"),
      ("colour = 1\n", "colour", "unknown key"),
    ])
  func badBinding(text: String, key: String, reason: String) {
    let path = "/tmp/stagetui/config.toml"
    #expect {
      _ = try AppConfig.parse(text, path: path)
    } throws: { error in
      let message = String(describing: error)
      return message.hasPrefix(path + ": " + key + ": ") && message.contains(reason)
    }
  }

  @Test("invalid TOML names the file, line and column")
  func invalidTOML() {
    #expect {
      _ = try AppConfig.parse("[keys\n", path: "c.toml")
    } throws: { error in
      String(describing: error).hasPrefix("c.toml:1:")
    }
  }

  @Test("the config file is looked for under XDG_CONFIG_HOME, else under HOME")
  func defaultPath() {
    #expect(AppConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/stagetui/config.toml")
    #expect(AppConfig.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/stagetui/config.toml")
    #expect(AppConfig.defaultPath(environment: [:]) == nil)
  }

  @Test("the app follows rebound keys, and the help shows them")
  func appUsesRebinding() throws {
    let config = try AppConfig.parse("[keys.global]\nswap = \"w\"\n", path: "c.toml")
    var driver = AppDriver(Fixtures.goService, keys: config.keys)
    driver.start()
    driver.send(.key(KeyEvent(.character("s"))))
    guard case .none = driver.state.overlay else {
      Issue.record("the old key still opens the picker")
      return
    }
    driver.press(.swap, in: .global)
    guard case .swapPicker = driver.state.overlay else {
      Issue.record("the new key does not open the picker")
      return
    }
  }
}

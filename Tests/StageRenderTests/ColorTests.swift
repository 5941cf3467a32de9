import StageRender
import Testing

@Suite struct ColorTests {
  static let names: [(String, Color)] = [
    ("default", Color.default), ("red", Color.ansi(.red)), ("bright-blue", Color.ansi(.brightBlue)),
    ("BrightBlue", Color.ansi(.brightBlue)), ("grey", Color.ansi(.brightBlack)), ("0", Color.indexed(0)),
    ("255", Color.indexed(255)), ("#5fafff", Color.rgb(0x5F, 0xAF, 0xFF)), ("#FF0000", Color.rgb(255, 0, 0)),
  ]

  @Test(arguments: names)
  func parsesColourNames(text: String, expected: Color) {
    #expect(Color(parsing: text) == expected)
  }

  @Test(arguments: ["256", "-1", "#12345", "#gggggg", "purple", ""])
  func rejectsBadColours(text: String) {
    #expect(Color(parsing: text) == nil)
  }

  @Test func namesRoundTrip() {
    let colours: [Color] = [.default, .ansi(.brightMagenta), .indexed(17), .rgb(1, 2, 255)]
    for colour in colours {
      #expect(Color(parsing: colour.name) == colour)
    }
  }

  @Test func truecolourKeepsEverything() {
    #expect(Color.rgb(12, 34, 56).degraded(to: .truecolor) == .rgb(12, 34, 56))
  }

  @Test func rgbToCubeAndGreyRamp() {
    // Exact cube entries map to themselves: 16 + 36*r + 6*g + b.
    let cubeIndex: UInt8 = 16 + 36 * 1 + 6 * 3 + 5
    #expect(Color.rgb(0x5F, 0xAF, 0xFF).degraded(to: .indexed256) == .indexed(cubeIndex))
    #expect(Color.rgb(255, 0, 0).degraded(to: .indexed256) == .indexed(196))
    // A mid grey is nearer the grey ramp (238 = 8 + 10*6 = 68) than any cube colour.
    #expect(Color.rgb(70, 70, 70).degraded(to: .indexed256) == .indexed(238))
    #expect(Color.indexed(100).degraded(to: .indexed256) == .indexed(100))
  }

  @Test func toSixteenColours() {
    #expect(Color.rgb(250, 10, 10).degraded(to: .ansi16) == .ansi(.brightRed))
    #expect(Color.rgb(190, 0, 0).degraded(to: .ansi16) == .ansi(.red))
    #expect(Color.rgb(10, 10, 10).degraded(to: .ansi16) == .ansi(.black))
    #expect(Color.indexed(4).degraded(to: .ansi16) == .ansi(.blue))
    // 51 is the cube's pure cyan (0, 255, 255).
    #expect(Color.indexed(51).degraded(to: .ansi16) == .ansi(.brightCyan))
    #expect(Color.ansi(.brightGreen).degraded(to: .ansi16) == .ansi(.brightGreen))
  }

  @Test func toEightColours() {
    #expect(Color.ansi(.brightGreen).degraded(to: .ansi8) == .ansi(.green))
    #expect(Color.rgb(250, 250, 250).degraded(to: .ansi8) == .ansi(.white))
  }

  @Test func monochromeDropsColour() {
    #expect(Color.rgb(1, 2, 3).degraded(to: .monochrome) == .default)
    #expect(Color.ansi(.red).degraded(to: .monochrome) == .default)
  }

  @Test(arguments: [
    (0, ColorCapability.monochrome), (8, .ansi8), (16, .ansi16), (88, .ansi16), (256, .indexed256),
    (16_777_216, .truecolor),
  ])
  func capabilityFromColourCount(count: Int, expected: ColorCapability) {
    #expect(ColorCapability(colorCount: count) == expected)
  }

  @Test func stylePatchAndDegrade() {
    let base = Style(foreground: .ansi(.red), background: .rgb(0, 0, 0), attributes: .bold)
    let top = Style(background: .indexed(4), attributes: .underline)
    #expect(
      base.patched(with: top)
        == Style(foreground: .ansi(.red), background: .indexed(4), attributes: [.bold, .underline]))
    #expect(
      base.degraded(to: .ansi16)
        == Style(foreground: .ansi(.red), background: .ansi(.black), attributes: .bold))
  }
}

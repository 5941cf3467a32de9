/// The xterm 256-colour palette and nearest-colour matching over it.
enum XtermPalette {
  /// xterm's default values for the 16 ANSI colours.
  static let ansi: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six channel levels of the 6×6×6 colour cube (indices 16–231).
  static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  /// The RGB value of palette entry `index`.
  static func rgb(ofIndex index: UInt8) -> (red: UInt8, green: UInt8, blue: UInt8) {
    switch index {
    case 0..<16:
      let entry = ansi[Int(index)]
      return (entry.0, entry.1, entry.2)
    case 16..<232:
      let cube = Int(index) - 16
      return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    default:
      let level = UInt8(8 + 10 * (Int(index) - 232))
      return (level, level, level)
    }
  }

  /// Squared distance weighted by the "redmean" approximation of perceived difference.
  static func distance(
    _ first: (red: UInt8, green: UInt8, blue: UInt8), _ second: (red: UInt8, green: UInt8, blue: UInt8)
  ) -> Int {
    let meanRed = (Int(first.red) + Int(second.red)) / 2
    let deltaRed = Int(first.red) - Int(second.red)
    let deltaGreen = Int(first.green) - Int(second.green)
    let deltaBlue = Int(first.blue) - Int(second.blue)
    let redTerm = ((512 + meanRed) * deltaRed * deltaRed) >> 8
    let blueTerm = ((767 - meanRed) * deltaBlue * deltaBlue) >> 8
    return redTerm + 4 * deltaGreen * deltaGreen + blueTerm
  }

  /// The palette index in `range` nearest to the colour; ties go to the lower index.
  static func nearestIndex(red: UInt8, green: UInt8, blue: UInt8, among range: ClosedRange<UInt8>) -> UInt8 {
    var best = range.lowerBound
    var bestDistance = Int.max
    for index in range {
      let candidate = distance((red, green, blue), rgb(ofIndex: index))
      if candidate < bestDistance {
        best = index
        bestDistance = candidate
      }
    }
    return best
  }

  /// The nearest entry among the cube and grey ramp (16–255), the part of the palette every terminal agrees
  /// on.
  static func nearestIndex256(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    nearestIndex(red: red, green: green, blue: blue, among: 16...255)
  }
}

/// Text with position markers, in the style of swift-format's tests: write
/// `"COPY --frm=x 1️⃣/a /b"` and ask where `1️⃣` was.
///
/// A marker is a keycap emoji (`0️⃣` … `9️⃣`, or `🔟`). The markers are
/// removed from the text; each maps to the UTF-8 byte offset where it stood.
public struct MarkedText: Sendable {
  /// The text with every marker removed.
  public let textWithoutMarkers: String
  /// Each marker's byte offset in `textWithoutMarkers`.
  public let markers: [String: Int]

  /// Reads the markers out of `textWithMarkers`.
  public init(textWithMarkers: String) {
    var output = String.UnicodeScalarView()
    var offsets: [String: Int] = [:]
    var byteCount = 0
    let scalars = Array(textWithMarkers.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1F51F}" {
        offsets[String(scalar)] = byteCount
        index += 1
        continue
      }
      if ("0"..."9").contains(scalar), index + 2 < scalars.count, scalars[index + 1] == "\u{FE0F}",
        scalars[index + 2] == "\u{20E3}"
      {
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[index...(index + 2)])
        offsets[String(name)] = byteCount
        index += 3
        continue
      }
      output.append(scalar)
      byteCount += String(scalar).utf8.count
      index += 1
    }
    textWithoutMarkers = String(output)
    markers = offsets
  }

  /// The UTF-8 bytes of the text without markers.
  public var bytes: [UInt8] { Array(textWithoutMarkers.utf8) }

  /// The byte offset of `marker`; traps when the marker is missing, so a
  /// mistyped test fails loudly.
  public subscript(_ marker: String) -> Int {
    guard let offset = markers[marker] else {
      preconditionFailure("marker \(marker) not found in the marked text")
    }
    return offset
  }

  /// The byte range between two markers.
  public func range(_ start: String, _ end: String) -> Range<Int> {
    self[start]..<self[end]
  }
}

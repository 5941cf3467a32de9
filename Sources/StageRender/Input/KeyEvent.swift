/// A key press with its modifiers, parsed from and printed as names like `"ctrl+c"`, `"shift+tab"`, `"?"`.
///
/// Events are normalised so that equal presses compare equal however they were written:
/// `shift+tab` is `backtab`, `shift+j` is `J`, and `ctrl` letters are lower case.
public struct KeyEvent: Hashable, Sendable, CustomStringConvertible {
  public let key: Key
  public let modifiers: KeyModifiers

  /// A key event, normalised.
  public init(_ key: Key, modifiers: KeyModifiers = []) {
    var key = key
    var modifiers = modifiers
    switch key {
    case .tab where modifiers.contains(.shift):
      key = .backTab
      modifiers.remove(.shift)
    case .character(let character) where modifiers.contains(.shift) && character.isLetter:
      key = .character(Character(character.uppercased()))
      modifiers.remove(.shift)
    case .character(let character) where modifiers.contains(.ctrl) && character.isUppercase:
      key = .character(Character(character.lowercased()))
    default:
      break
    }
    self.key = key
    self.modifiers = modifiers
  }

  /// Why a key name could not be read.
  public enum ParseError: Error, Hashable, Sendable {
    /// The text was empty.
    case empty
    /// A part before the key is not `ctrl`, `alt` or `shift`.
    case unknownModifier(String)
    /// The key part is not a single character nor a known key name.
    case unknownKey(String)
  }

  /// Parses `"j"`, `"?"`, `"ctrl+c"`, `"shift+tab"`, `"alt+enter"`, `"f5"`, `"space"`, `"ctrl++"`.
  public init(parsing text: String) throws(ParseError) {
    guard !text.isEmpty else { throw .empty }
    var parts = text.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
    if text == "+" || text.hasSuffix("++") {
      parts.removeLast(2)
      parts.append("+")
    }
    let keyName = parts.removeLast()
    var modifiers: KeyModifiers = []
    for part in parts {
      guard let modifier = KeyModifiers.named.first(where: { $0.name == part.lowercased() }) else {
        throw .unknownModifier(part)
      }
      modifiers.insert(modifier.modifier)
    }
    self.init(try KeyEvent.key(named: keyName), modifiers: modifiers)
  }

  private static func key(named name: String) throws(ParseError) -> Key {
    if name.count == 1, let character = name.first { return .character(character) }
    let lowered = name.lowercased()
    if let special = Key.specialNames.first(where: { $0.name == lowered }) { return special.key }
    if let alias = Key.aliases[lowered] { return alias }
    if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number) {
      return .function(number)
    }
    throw .unknownKey(name)
  }

  /// The canonical name, which `init(parsing:)` reads back to an equal event.
  public var description: String {
    var parts = KeyModifiers.named.filter { modifiers.contains($0.modifier) }.map(\.name)
    parts.append(keyName)
    return parts.joined(separator: "+")
  }

  private var keyName: String {
    switch key {
    case .backTab where modifiers.isEmpty:
      return "shift+tab"
    case .function(let number):
      return "f\(number)"
    case .character(" "):
      return "space"
    case .character(let character):
      return String(character)
    default:
      return Key.specialNames.first { $0.key == key }?.name ?? ""
    }
  }
}

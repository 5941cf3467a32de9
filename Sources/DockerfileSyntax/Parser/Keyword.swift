/// The instruction keywords BuildKit's parser dispatches on, recognised from
/// bytes without building a lowercased string.
enum Keyword: UInt8, CaseIterable {
  case add, arg, cmd, copy, entrypoint, env, expose, from, healthcheck, label, maintainer, onbuild, run, shell,
    stopsignal, user, volume, workdir

  /// The lowercased keyword (BuildKit's `node.Value`).
  var command: String { Self.lowercaseSpellings[Int(rawValue)] }

  /// The keyword in uppercase, as most Dockerfiles write it.
  private var uppercased: String { Self.uppercaseSpellings[Int(rawValue)] }

  /// Both written forms, indexed by raw value, made once from ``spelling`` (every keyword is
  /// short enough to be a small string, so reading one allocates nothing).
  private static let lowercaseSpellings = allCases.map { $0.spelling.description }
  private static let uppercaseSpellings = lowercaseSpellings.map { $0.uppercased() }

  /// The keyword spelled by the ASCII bytes in `range` in any letter case,
  /// with its text as written when that is all lowercase or all uppercase (a
  /// compiled-in string, so nothing is allocated); nil for mixed case.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Keyword, written: String?)? {
    guard range.count >= 3 else { return nil }
    let first = bytes[range.lowerBound] | 0x20
    let second = bytes[range.lowerBound + 1] | 0x20
    guard let candidate = candidate(first: first, second: second, count: range.count) else { return nil }
    // Every spelling is lowercase letters, so `byte | 0x20` equals one only for that letter in either case.
    let letters = candidate.spelling.utf8Start
    let caseBit = bytes[range.lowerBound] & 0x20
    var sameCase = true
    for offset in 0..<range.count {
      let byte = bytes[range.lowerBound + offset]
      guard byte | 0x20 == letters[offset] else { return nil }
      sameCase = sameCase && byte & 0x20 == caseBit
    }
    guard sameCase else { return (candidate, nil) }
    return (candidate, caseBit == 0 ? candidate.uppercased : candidate.command)
  }

  /// The only keyword that can have this first letter, second letter and length.
  private static func candidate(first: UInt8, second: UInt8, count: Int) -> Keyword? {
    switch (first, count) {
    case (UInt8(ascii: "a"), 3): second == UInt8(ascii: "d") ? .add : .arg
    case (UInt8(ascii: "c"), 3): .cmd
    case (UInt8(ascii: "c"), 4): .copy
    case (UInt8(ascii: "e"), 3): .env
    case (UInt8(ascii: "e"), 6): .expose
    case (UInt8(ascii: "e"), 10): .entrypoint
    case (UInt8(ascii: "f"), 4): .from
    case (UInt8(ascii: "h"), 11): .healthcheck
    case (UInt8(ascii: "l"), 5): .label
    case (UInt8(ascii: "m"), 10): .maintainer
    case (UInt8(ascii: "o"), 7): .onbuild
    case (UInt8(ascii: "r"), 3): .run
    case (UInt8(ascii: "s"), 5): .shell
    case (UInt8(ascii: "s"), 10): .stopsignal
    case (UInt8(ascii: "u"), 4): .user
    case (UInt8(ascii: "v"), 6): .volume
    case (UInt8(ascii: "w"), 7): .workdir
    default: nil
    }
  }

  /// The keyword that equals an already lowercased command.
  init?(command: String) {
    guard let found = Self.allCases.first(where: { $0.command == command }) else { return nil }
    self = found
  }

  /// The keyword in lowercase: the one table of spellings.
  private var spelling: StaticString {
    switch self {
    case .add: "add"
    case .arg: "arg"
    case .cmd: "cmd"
    case .copy: "copy"
    case .entrypoint: "entrypoint"
    case .env: "env"
    case .expose: "expose"
    case .from: "from"
    case .healthcheck: "healthcheck"
    case .label: "label"
    case .maintainer: "maintainer"
    case .onbuild: "onbuild"
    case .run: "run"
    case .shell: "shell"
    case .stopsignal: "stopsignal"
    case .user: "user"
    case .volume: "volume"
    case .workdir: "workdir"
    }
  }
}

/// The instruction keywords BuildKit's parser dispatches on, recognised from
/// bytes without building a lowercased string.
enum Keyword: UInt8, CaseIterable {
  case add, arg, cmd, copy, entrypoint, env, expose, from, healthcheck, label, maintainer, onbuild, run, shell,
    stopsignal, user, volume, workdir

  /// The lowercased keyword (BuildKit's `node.Value`).
  var command: String { Self.lowercaseSpellings[Int(rawValue)] }

  /// The keyword spelled by the ASCII bytes in `range`, in any letter case.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard range.count >= 3 else { return nil }
    let first = bytes[range.lowerBound] | 0x20
    guard let candidate = Self.candidate(first: first, second: bytes[range.lowerBound + 1] | 0x20, count: range.count),
      candidate.matches(bytes, range)
    else { return nil }
    self = candidate
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

  /// The keyword as written in `range` when it is spelled all in lowercase or
  /// all in uppercase (a compiled-in string); nil for mixed case.
  func written(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    let first = bytes[range.lowerBound]
    let caseBit = first & 0x20
    for byte in bytes[range] where byte & 0x20 != caseBit {
      return nil
    }
    return caseBit == 0 ? uppercased : command
  }

  private var uppercased: String { Self.uppercaseSpellings[Int(rawValue)] }

  /// Both written forms, indexed by raw value, made once from ``spelling`` (every keyword is
  /// short enough to be a small string, so reading one allocates nothing).
  private static let lowercaseSpellings = allCases.map { $0.spelling.description }
  private static let uppercaseSpellings = lowercaseSpellings.map { $0.uppercased() }

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

  private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let letters = spelling.utf8Start
    for offset in 0..<range.count where bytes[range.lowerBound + offset] | 0x20 != letters[offset] {
      return false
    }
    return true
  }
}

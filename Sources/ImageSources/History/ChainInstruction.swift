/// One instruction of a stage chain, as plain data: its keyword and original text.
public struct ChainInstruction: Hashable, Sendable {
  /// The keyword in any case (`RUN`, `copy`).
  public var keyword: String
  /// The instruction as written (`RUN apt-get update`, `ONBUILD COPY . /app`).
  public var text: String

  /// Makes an instruction.
  public init(keyword: String, text: String) {
    self.keyword = keyword
    self.text = text
  }

  /// The upper-case keyword.
  var normalizedKeyword: String { keyword.uppercased() }

  /// For `ONBUILD <instruction>`, the keyword of the trigger (`RUN`), upper case.
  var triggerKeyword: String? {
    guard normalizedKeyword == "ONBUILD" else { return nil }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\\" })
    guard words.count >= 2 else { return nil }
    return words[1].uppercased()
  }
}

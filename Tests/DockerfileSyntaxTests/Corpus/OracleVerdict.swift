import DockerfileSyntax
import Foundation

/// How our parse of a corpus file compares with BuildKit's oracle.
enum OracleVerdict: Equatable {
  case agrees
  /// The instruction lists differ; the text names the first difference.
  case differs(String)

  /// Compares a parse with the oracle JSON at `oracle`.
  static func compare(_ dockerfile: Dockerfile, oracle: URL) -> OracleVerdict {
    guard let data = try? Data(contentsOf: oracle),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return .differs("unreadable oracle") }
    if object["ok"] as? Bool == false {
      let message = object["error"] as? String ?? ""
      let errors = dockerfile.diagnostics.filter(\.isError)
      guard let first = errors.first else { return .differs("BuildKit rejects it (\(message)); we accept it") }
      if let line = errorLine(message), dockerfile.source.position(of: first.range.lowerBound).line != line {
        return .differs("error on another line than BuildKit's \(line)")
      }
      return first.message == message ? .agrees : .differs("error \(first.message.debugDescription) vs \(message.debugDescription)")
    }
    if let error = dockerfile.diagnostics.first(where: \.isError) {
      return .differs("we reject it: \(error.message)")
    }
    let theirs = (object["children"] as? [[String: Any]] ?? []).compactMap { NodeSummary(oracle: $0) }
    let ours = dockerfile.instructions.map(NodeSummary.init)
    if ours == theirs { return .agrees }
    for (mine, oracle) in zip(ours, theirs) where mine != oracle {
      return .differs("ours: \(mine)\ntheirs: \(oracle)")
    }
    return .differs("\(ours.count) instructions vs \(theirs.count)")
  }

  /// The line number in a BuildKit error message (`… line 3 …`), if any.
  private static func errorLine(_ message: String) -> Int? {
    let words = message.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    for (index, word) in words.enumerated() where word == "line" && index + 1 < words.count {
      if let line = Int(words[index + 1]) { return line }
    }
    return nil
  }
}

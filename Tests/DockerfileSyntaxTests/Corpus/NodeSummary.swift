import DockerfileSyntax
import Foundation

/// The fields of one instruction that BuildKit's oracle and our parser
/// must agree on, read from either side.
struct NodeSummary: Equatable, CustomStringConvertible {
  struct HeredocSummary: Equatable {
    var name: String
    var content: String
    var fileDescriptor: Int
    var expand: Bool
    var chomp: Bool
  }

  var cmd: String
  var subCommand: [NodeSummary]
  var json: Bool
  var original: String
  var startLine: Int
  var endLine: Int
  var flags: [String]
  var value: [String]
  var heredocs: [HeredocSummary]
  var previousComments: [String]

  var description: String {
    "\(cmd) \(startLine)-\(endLine) json=\(json) flags=\(flags) value=\(value) original=\(original.debugDescription)"
      + " heredocs=\(heredocs.map(\.name)) comments=\(previousComments) sub=\(subCommand)"
  }

  /// Our parser's view of an instruction.
  init(_ instruction: Instruction) {
    cmd = instruction.keyword
    subCommand = instruction.onbuildTrigger.map { [NodeSummary($0)] } ?? []
    json = instruction.isJSONForm
    original = instruction.original
    startLine = instruction.startLine
    endLine = instruction.endLine
    flags = instruction.flags.map(\.text)
    value = instruction.arguments.map(\.value)
    heredocs = instruction.heredocs.map {
      HeredocSummary(
        name: $0.name, content: $0.content, fileDescriptor: $0.fileDescriptor ?? 0, expand: $0.expand, chomp: $0.chomp)
    }
    previousComments = instruction.precedingComments
  }

  /// The oracle's view of a node (a `children` element of the oracle JSON).
  init?(oracle node: [String: Any]) {
    guard let cmd = node["cmd"] as? String, let original = node["original"] as? String else { return nil }
    self.cmd = cmd
    self.original = original
    subCommand = (node["sub_cmd"] as? [String: Any]).flatMap { NodeSummary(oracle: $0) }.map { [$0] } ?? []
    json = node["json"] as? Bool ?? false
    startLine = node["start_line"] as? Int ?? 0
    endLine = node["end_line"] as? Int ?? 0
    flags = node["flags"] as? [String] ?? []
    value = node["value"] as? [String] ?? []
    heredocs = (node["heredocs"] as? [[String: Any]] ?? []).map {
      HeredocSummary(
        name: $0["name"] as? String ?? "", content: $0["content"] as? String ?? "",
        fileDescriptor: $0["file_descriptor"] as? Int ?? 0, expand: $0["expand"] as? Bool ?? false,
        chomp: $0["chomp"] as? Bool ?? false)
    }
    previousComments = node["prev_comment"] as? [String] ?? []
  }
}

import DockerfileSyntax
import StageAnalysis

/// The `text` format of `stagetui parse`: one line per instruction.
enum InstructionListing {
  /// Lists the instructions of a parsed file.
  static func text(_ dockerfile: Dockerfile) -> String {
    var lines: [String] = []
    for directive in dockerfile.directives {
      lines.append("# \(directive.name)=\(directive.value)")
    }
    for instruction in dockerfile.instructions {
      let span =
        instruction.startLine == instruction.endLine
        ? "\(instruction.startLine)" : "\(instruction.startLine)-\(instruction.endLine)"
      lines.append(span.padding(toLength: 8) + describe(instruction))
      for heredoc in instruction.heredocs {
        let lineCount = heredoc.content.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        lines.append(String(repeating: " ", count: 10) + "<<\(heredoc.name): \(lineCount) line(s)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func describe(_ instruction: Instruction) -> String {
    var parts = [instruction.keyword.uppercased()]
    parts += instruction.flags.map(\.text)
    if let trigger = instruction.onbuildTrigger {
      parts.append(describe(trigger))
    } else if ["env", "label"].contains(instruction.command), instruction.arguments.count % 3 == 0 {
      let values = instruction.values
      parts += stride(from: 0, to: values.count, by: 3).map { index in
        values[index] + (values[index + 2].isEmpty ? " " : values[index + 2]) + values[index + 1]
      }
    } else if instruction.isJSONForm {
      parts.append("[" + instruction.arguments.map { JSONWriter.quoted($0.value) }.joined(separator: ", ") + "]")
    } else {
      parts += instruction.arguments.map { $0.value.utf8.contains(UInt8(ascii: " ")) ? JSONWriter.quoted($0.value) : $0.value }
    }
    return parts.joined(separator: " ")
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}

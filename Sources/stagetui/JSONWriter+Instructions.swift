import DockerfileSyntax
import StageAnalysis

extension JSONWriter {
  /// Writes instructions in the shape of BuildKit's node list.
  mutating func instructions(_ instructions: [Instruction]) {
    array(instructions) { writer, instruction in
      writer.instruction(instruction)
    }
  }

  mutating func instruction(_ instruction: Instruction) {
    object { writer in
      writer.key("cmd") { $0.string(instruction.keyword) }
      writer.key("sub_cmd") { writer in
        if let trigger = instruction.onbuildTrigger {
          writer.instruction(trigger)
        } else {
          writer.null()
        }
      }
      writer.key("json") { $0.bool(instruction.isJSONForm) }
      writer.key("original") { $0.string(instruction.original) }
      writer.key("start_line") { $0.number(instruction.startLine) }
      writer.key("end_line") { $0.number(instruction.endLine) }
      writer.key("flags") { $0.array(instruction.flags) { $0.string($1.text) } }
      writer.key("value") { $0.array(instruction.arguments) { $0.string($1.value) } }
      writer.key("heredocs") { writer in
        writer.array(instruction.heredocs) { writer, heredoc in
          writer.object { writer in
            writer.key("name") { $0.string(heredoc.name) }
            writer.key("file_descriptor") { $0.number(heredoc.fileDescriptor ?? 0) }
            writer.key("expand") { $0.bool(heredoc.expand) }
            writer.key("chomp") { $0.bool(heredoc.chomp) }
            writer.key("content") { $0.string(heredoc.content) }
          }
        }
      }
      writer.key("prev_comment") { $0.array(instruction.precedingComments) { $0.string($1) } }
    }
  }

  /// Writes diagnostics with their 1-based positions.
  mutating func diagnostics(_ diagnostics: [Diagnostic], in source: SourceText) {
    array(diagnostics) { writer, diagnostic in
      let position = source.position(of: diagnostic.range.lowerBound)
      writer.object { writer in
        writer.key("severity") { $0.string(diagnostic.severity.rawValue) }
        writer.key("message") { $0.string(diagnostic.message) }
        writer.key("line") { $0.number(position.line) }
        writer.key("column") { $0.number(position.column) }
        writer.key("code") { writer in
          if let code = diagnostic.code { writer.string(code) } else { writer.null() }
        }
      }
    }
  }
}

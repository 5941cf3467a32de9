import Foundation
import Testing

/// The error table for Dockerfiles BuildKit would refuse: each case asserts the
/// exit status, the exact `file:line:column: error: message` line, and that the
/// offending source line is shown under it.
@Suite("Error table: Dockerfiles BuildKit refuses", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct DockerfileErrorTests {
  /// Runs `command` on `text` and returns the outcome and the file's path.
  private func check(_ command: String, _ text: String, extra: [String] = []) throws -> (ChildProcess.Outcome, String) {
    let scratch = try Scratch(command)
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", text)
    let result = try stagetui([command] + extra + [path], timeLimit: 30)
    return (result, path)
  }

  /// The diagnostic lines (location, source line, caret) of the first diagnostic.
  private func firstDiagnostic(_ stderr: String) -> [String] {
    Array(stderr.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).map(String.init))
  }

  @Test("an unterminated heredoc: exit 1 at the opener, the line shown")
  func unterminatedHeredoc() throws {
    let (result, path) = try check("parse", "FROM alpine\nRUN <<EOF\necho never closed\n", extra: ["--format", "text"])
    #expect(result.status == 1, "\(result)")
    #expect(firstDiagnostic(result.stderr) == ["\(path):2:1: error: unterminated heredoc", "RUN <<EOF", "^~~~~~~~~"])
  }

  /// BuildKit's parser accepts any keyword; the build refuses it, so `graph` reports it.
  @Test("an unknown instruction: exit 1, BuildKit's message at the keyword")
  func unknownInstruction() throws {
    let (result, path) = try check("graph", "FROM alpine\nFROBNICATE now\n")
    #expect(result.status == 1, "\(result)")
    #expect(
      firstDiagnostic(result.stderr) == [
        "\(path):2:1: error: unknown instruction: FROBNICATE", "FROBNICATE now", "^~~~~~~~~~",
      ])
  }

  @Test("an unknown flag: exit 1 at the flag")
  func unknownFlag() throws {
    let (result, path) = try check("graph", "FROM alpine AS a\nCOPY --frm=a /x /y\n")
    #expect(result.status == 1, "\(result)")
    #expect(
      firstDiagnostic(result.stderr) == [
        "\(path):2:6: error: unknown flag: --frm (did you mean from?)", "COPY --frm=a /x /y", "     ^~~~~~~",
      ])
  }

  @Test("FROM missing: exit 1, the first instruction is named")
  func fromMissing() throws {
    let (result, path) = try check("graph", "RUN echo no base\n")
    #expect(result.status == 1, "\(result)")
    #expect(
      result.stderr
        == "\(path):1:1: error: no build stage in current context\nRUN echo no base\n^~~\n"
        + "\(path):1:1: error: dockerfile contains no stages to build\nRUN echo no base\n^\n")
  }

  /// A `FROM` only names earlier stages (`FROM b AS a` before `b` exists is the image `b`), so a
  /// cycle can only be written through `--from` or a mount.
  @Test("a stage mounting itself: exit 1, BuildKit's circular-dependency message")
  func circularStages() throws {
    let (result, path) = try check("graph", "FROM alpine AS a\nRUN --mount=type=bind,from=a,target=/m true\n")
    #expect(result.status == 1, "\(result)")
    #expect(firstDiagnostic(result.stderr).first == "\(path):2:1: error: circular dependency detected on stage: a")
  }

  @Test("FROM a name defined later is an image, not a cycle: exit 0")
  func fromLaterNameIsImage() throws {
    let (result, _) = try check("graph", "FROM b AS a\nFROM a AS b\nRUN true\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdoutText.contains("docker.io/library/b"), "\(result)")
  }

  @Test("a stage copying from itself: exit 1, circular dependency on that stage")
  func selfCopy() throws {
    let (result, path) = try check("graph", "FROM alpine AS a\nCOPY --from=a /x /y\n")
    #expect(result.status == 1, "\(result)")
    #expect(firstDiagnostic(result.stderr).first == "\(path):2:1: error: circular dependency detected on stage: a")
  }

  @Test("--from a later stage: exit 1, says it must be defined before")
  func copyFromLaterStage() throws {
    let (result, path) = try check(
      "graph", "FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\n", extra: ["--target", "a"])
    #expect(result.status == 1, "\(result)")
    #expect(
      firstDiagnostic(result.stderr).first
        == "\(path):2:1: error: cannot copy from stage \"b\", it needs to be defined before current stage \"a\"")
  }

  @Test("--from an unknown stage is an image reference: exit 0, shown as an external image")
  func copyFromUnknownStage() throws {
    let (result, _) = try check("graph", "FROM alpine AS a\nCOPY --from=nothere /x /y\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdoutText.contains("nothere"), "\(result)")
  }
}

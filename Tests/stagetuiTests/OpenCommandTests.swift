import Foundation
import Testing

/// `stagetui FILE` without a terminal prints the text size report, exactly as `stagetui report` does.
@Suite("stagetui FILE without a terminal", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct OpenCommandTests {
  static let examples = StagetuiBinary.packageRoot.appendingPathComponent("Examples")

  @Test(
    "standard output not a terminal: the report, byte for byte, with the same build options",
    arguments: [
      ["go-scratch/Dockerfile"],
      ["target-pruning/Dockerfile", "--target", "debug"],
      ["typescript-api/Dockerfile", "--build-arg", "NODE_ENV=development", "--platform", "linux/arm64"],
    ])
  func printsReport(_ arguments: [String]) throws {
    let file = Self.examples.appendingPathComponent(arguments[0]).path
    let options = Array(arguments.dropFirst()) + ["--engine", "off"]
    let opened = try stagetui([file] + options)
    let reported = try stagetui(["report", file, "--format", "text"] + options)
    #expect(opened.status == 0, "\(opened)")
    #expect(reported.status == 0, "\(reported)")
    #expect(!opened.stdout.isEmpty)
    #expect(opened.stdoutText == reported.stdoutText)
    #expect(opened.stdoutText.hasPrefix("\(file): content bytes, target "))
    #expect(!opened.stdoutText.contains("\u{1B}["), "no terminal control sequences")
  }

  @Test("the explicit open subcommand and a context directory behave the same")
  func openSubcommandWithContext() throws {
    let file = Self.examples.appendingPathComponent("go-scratch/Dockerfile").path
    let context = Self.examples.appendingPathComponent("go-single-stage").path
    let opened = try stagetui(["open", file, "--context", context, "--engine", "off"])
    let reported = try stagetui(["report", file, "--context", context, "--engine", "off"])
    #expect(opened.status == 0, "\(opened)")
    #expect(opened.stdoutText == reported.stdoutText)
  }
}

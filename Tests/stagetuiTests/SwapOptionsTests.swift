import Foundation
import Testing

/// `swap` takes the same build and size options as `report` (one option group each), so the
/// size it projects "before" a swap is the size `report` gives for the same options.
@Suite("swap sizes as report does", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct SwapOptionsTests {
  static let dockerfile = """
    FROM debian:12-slim AS app
    ARG PKGS=curl
    RUN apt-get update && apt-get install -y ${PKGS}
    FROM app AS other
    RUN apt-get install -y python3

    """

  private func json(_ result: ChildProcess.Outcome) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any], "\(result)")
  }

  @Test(
    "the size before a swap equals report's final size for the same options",
    arguments: [
      ["--target", "app"], ["--target", "other"], ["--size-kind", "compressed"], ["--size-kind", "tar"],
      ["--build-arg", "PKGS=git", "--platform", "linux/amd64"], ["--platform", "linux/arm64"],
    ])
  func beforeEqualsReport(_ options: [String]) throws {
    let scratch = try Scratch("swap-options")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.dockerfile)
    let report = try stagetui(["report", "--engine", "off", "--format", "json"] + options + [path], timeLimit: 60)
    let swap = try stagetui(
      ["swap", "--engine", "off", "--format", "json", "--base", "app=debian:12"] + options + [path], timeLimit: 60)
    #expect(report.status == 0 && swap.status == 0, "\(report)\n\(swap)")
    let reported = try json(report)
    let swapped = try json(swap)
    let before = try #require(swapped["before"] as? [String: Any])
    #expect(swapped["size_kind"] as? String == reported["size_kind"] as? String)
    // The basis names the parts and their sum; swap leaves bytes null where report gives a lower bound.
    #expect(before["basis"] as? String == reported["final_image_basis"] as? String, "\(options)")
    if let bytes = before["bytes"] as? Int {
      #expect(bytes == reported["final_image_bytes"] as? Int, "\(options)")
      #expect(before["low"] as? Int == reported["final_image_bytes_low"] as? Int, "\(options)")
    }
  }

  @Test("swap's help lists the shared build and size options")
  func helpListsSharedOptions() throws {
    let result = try stagetui(["swap", "--help"])
    #expect(result.status == 0, "\(result)")
    for option in ["--target", "--build-arg", "--platform", "--context", "--image ", "--image-archive", "--engine", "--registry", "--size-kind"] {
      #expect(result.stdoutText.contains(option), "\(option) missing from swap --help")
    }
  }

  @Test("a bad shared option is a usage error for swap as for report: exit 64")
  func badSharedOptionIsUsage() throws {
    for command in ["report", "swap"] {
      let result = try stagetui([command, "--platform", "nonsense/", "Dockerfile"])
      #expect(result.status == 64, "\(command): \(result)")
      #expect(result.stderr.contains("--platform nonsense/"), "\(command): \(result)")
    }
  }
}

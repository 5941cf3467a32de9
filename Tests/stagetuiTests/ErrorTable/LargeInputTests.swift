import Foundation
import Testing

/// Large inputs stay within a stated time and memory bound (in each test's
/// name), measured on the child process alone (`wait4`'s CPU time and peak
/// RSS). Time bounds are CPU seconds, which a machine loaded by other builds
/// does not inflate; the wall clock only kills a runaway child at three times
/// the bound. The bounds hold for a debug build; a release build is several
/// times faster.
@Suite(
  "Error table: large inputs within bounds", .serialized,
  .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct LargeInputTests {
  @Test("a 50 MB Dockerfile: graph finishes under 60 s of CPU and 1.5 GB")
  func fiftyMegabyteFileUnder60sAnd1500MB() throws {
    let scratch = try Scratch("50mb")
    defer { scratch.remove() }
    var text = Array("FROM alpine:3.19 AS base\n".utf8)
    let line = Array("RUN echo 'a fairly ordinary line of shell' && true\n".utf8)
    text.reserveCapacity(50 << 20)
    while text.count < 50 << 20 { text += line }
    text += Array("FROM base\nCOPY --from=base /x /y\n".utf8)
    let path = try scratch.write("Dockerfile", text)
    let result = try stagetui(["graph", path], timeLimit: 180, dataLimit: 1500 << 20)
    #expect(!result.timedOut && result.status == 0, "\(result)")
    #expect(result.cpuSeconds < 60, "\(result)")
    #expect(result.stdoutText.contains("base"), "\(result)")
  }

  /// The diagnostic shows a 120-column window of the line, not 5 MB of it.
  @Test("one 5 MB line: BuildKit's 64 KiB line limit, exit 1, a 120-column window, under 20 s of CPU and 500 MB")
  func fiveMegabyteLineUnder20sAnd500MB() throws {
    let scratch = try Scratch("5mb-line")
    defer { scratch.remove() }
    let text = Array("FROM alpine\nRUN echo ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 5 << 20) + [0x0A]
    let path = try scratch.write("Dockerfile", text)
    let result = try stagetui(["parse", "--format", "text", path], timeLimit: 60, dataLimit: 500 << 20)
    #expect(!result.timedOut && result.status == 1, "\(result)")
    #expect(result.cpuSeconds < 20, "\(result)")
    #expect(
      result.stderr
        == "\(path):2:1: error: dockerfile line greater than max allowed size of 65535\nRUN echo "
        + String(repeating: "x", count: 110) + "…\n^" + String(repeating: "~", count: 118) + "\n",
      "\(result.stderr.prefix(600))")
  }

  @Test("100 000 continuation lines: one instruction, under 20 s of CPU and 500 MB")
  func hundredThousandContinuationsUnder20sAnd500MB() throws {
    let scratch = try Scratch("continuations")
    defer { scratch.remove() }
    var text = "FROM alpine\nRUN true"
    text.reserveCapacity(1_300_000)
    for index in 0..<100_000 { text += " \\\n  && echo \(index)" }
    text += "\n"
    let path = try scratch.write("Dockerfile", text)
    let result = try stagetui(["parse", "--format", "text", path], timeLimit: 60, dataLimit: 500 << 20)
    #expect(!result.timedOut && result.status == 0, "\(result)")
    #expect(result.cpuSeconds < 20, "\(result)")
    let listing = result.stdoutText.split(separator: "\n")
    #expect(listing.count == 2, "\(listing.prefix(3))")
    let last = String(listing.last ?? "")
    #expect(last.hasPrefix("2-100002") && last.contains("RUN") && last.hasSuffix("echo 99999\""), "\(last.prefix(40))")
  }

  @Test("5 000 chained stages: graph finishes under 30 s of CPU and 1 GB")
  func fiveThousandStagesUnder30sAnd1GB() throws {
    let scratch = try Scratch("stages")
    defer { scratch.remove() }
    var text = "FROM alpine AS s0\n"
    for index in 1..<5_000 {
      text += "FROM s\(index - 1) AS s\(index)\nCOPY --from=s\(index / 2) /out /out\n"
    }
    let path = try scratch.write("Dockerfile", text)
    let result = try stagetui(["graph", "--format", "json", path], timeLimit: 90, dataLimit: 1 << 30)
    #expect(!result.timedOut && result.status == 0, "\(result)")
    #expect(result.cpuSeconds < 30, "\(result)")
    #expect(result.stdoutText.contains("\"s4999\""), "\(result)")
  }
}

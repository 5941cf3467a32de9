import StageAnalysis
import Testing

/// Each rule on its own, with the line and level it must give.
@Suite struct VerdictRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var swaps: [String: String]
    var rule: VerdictRule
    var level: VerdictLevel
    var line: Int
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "shell-form RUN on scratch", text: "FROM alpine:3.22\nRUN echo hi > /x\n", swaps: ["0": "scratch"],
      rule: .shell, level: .breaks, line: 2),
    Case(
      name: "exec-form RUN on distroless static",
      text: "FROM debian:bookworm-slim\nRUN [\"/bin/true\"]\n", swaps: ["0": "gcr.io/distroless/static-debian12"],
      rule: .shell, level: .breaks, line: 2),
    Case(
      name: "shell-form ENTRYPOINT on distroless", text: "FROM debian:bookworm-slim\nENTRYPOINT exec /app\n",
      swaps: ["0": "gcr.io/distroless/base-debian12"], rule: .shell, level: .breaks, line: 2),
    Case(
      name: "shell-form HEALTHCHECK on scratch",
      text: "FROM alpine:3.22\nCOPY app /app\nHEALTHCHECK CMD wget -q localhost\nCMD [\"/app\"]\n",
      swaps: ["0": "scratch"], rule: .shell, level: .breaks, line: 3),
    Case(
      name: "SHELL bash on alpine", text: "FROM debian:bookworm\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo hi\n",
      swaps: ["0": "alpine:3.22"], rule: .shell, level: .breaks, line: 3),
    Case(
      name: "apt-get on alpine", text: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n",
      swaps: ["0": "alpine:3.22"], rule: .packageManager, level: .breaks, line: 2),
    Case(
      name: "apk on debian", text: "FROM alpine:3.22\nRUN apk add --no-cache curl\n",
      swaps: ["0": "debian:bookworm-slim"], rule: .packageManager, level: .breaks, line: 2),
    Case(
      name: "dnf on debian", text: "FROM fedora\nRUN dnf install -y git\n", swaps: ["0": "debian:bookworm"],
      rule: .packageManager, level: .breaks, line: 2),
    Case(
      name: "package manager on busybox", text: "FROM alpine:3.22\nRUN apk add curl\n", swaps: ["0": "busybox"],
      rule: .packageManager, level: .breaks, line: 2),
    Case(
      name: "gcc without -static onto alpine",
      text: "FROM debian:bookworm AS build\nRUN gcc -O2 -o /hello hello.c\nFROM debian:bookworm-slim\nCOPY --from=build /hello /hello\n",
      swaps: ["1": "alpine:3.22"], rule: .libc, level: .breaks, line: 4),
    Case(
      name: "gcc -static onto scratch",
      text: "FROM debian:bookworm AS build\nRUN gcc -static -o /hello hello.c\nFROM debian:bookworm-slim\nCOPY --from=build /hello /hello\n",
      swaps: ["1": "scratch"], rule: .libc, level: .ok, line: 4),
    Case(
      name: "cargo musl target onto scratch",
      text:
        "FROM rust:latest AS build\nRUN cargo build --release --target x86_64-unknown-linux-musl\nFROM debian:bookworm-slim\nCOPY --from=build /src/target/app /app\n",
      swaps: ["1": "scratch"], rule: .libc, level: .ok, line: 4),
    Case(
      name: "cargo gnu target onto alpine",
      text: "FROM rust:latest AS build\nRUN cargo build --release\nFROM debian:bookworm-slim\nCOPY --from=build /src/target/app /app\n",
      swaps: ["1": "alpine:3.22"], rule: .libc, level: .breaks, line: 4),
    Case(
      name: "Go with CGO_ENABLED=1 in ENV onto scratch",
      text: "FROM golang:1.22-alpine AS build\nENV CGO_ENABLED=1\nRUN go build -o /app .\nFROM alpine:3.22\nCOPY --from=build /app /app\n",
      swaps: ["1": "scratch"], rule: .libc, level: .breaks, line: 5),
    Case(
      name: "node CMD onto distroless static",
      text: "FROM node:20-alpine\nCOPY dist /dist\nCMD [\"node\", \"/dist/index.js\"]\n",
      swaps: ["0": "gcr.io/distroless/static-debian12"], rule: .runtime, level: .breaks, line: 3),
    Case(
      name: "npm ci onto plain alpine", text: "FROM node:20-alpine\nRUN npm ci\n", swaps: ["0": "alpine:3.22"],
      rule: .runtime, level: .breaks, line: 2),
    Case(
      name: "no CA bundle on scratch", text: "FROM debian:bookworm-slim\nCOPY app /app\nCMD [\"/app\"]\n",
      swaps: ["0": "scratch"], rule: .caCertificates, level: .warning, line: 1),
    Case(
      name: "USER name on scratch", text: "FROM alpine:3.22\nCOPY app /app\nUSER app\nCMD [\"/app\"]\n",
      swaps: ["0": "scratch"], rule: .user, level: .breaks, line: 3),
    Case(
      name: "BusyBox adduser on Debian",
      text: "FROM alpine:3.22\nRUN adduser -S -D app\nUSER app\n", swaps: ["0": "debian:bookworm-slim"],
      rule: .user, level: .breaks, line: 2),
    Case(
      name: "useradd on alpine", text: "FROM debian:bookworm-slim\nRUN useradd -r app\nUSER app\n",
      swaps: ["0": "alpine:3.22"], rule: .user, level: .breaks, line: 2),
    Case(
      name: "TZ without tzdata", text: "FROM debian:bookworm-slim\nENV TZ=Europe/Paris\nCOPY app /app\n",
      swaps: ["0": "alpine:3.22"], rule: .tzdata, level: .warning, line: 2),
    Case(
      name: "zoneinfo read without tzdata",
      text: "FROM debian:bookworm-slim\nRUN cp /usr/share/zoneinfo/Europe/Paris /etc/localtime\n",
      swaps: ["0": "alpine:3.22"], rule: .tzdata, level: .breaks, line: 2),
    Case(
      name: "CA bundle copied from a builder swapped to scratch",
      text:
        "FROM alpine:3.22 AS certs\nFROM scratch\nCOPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n",
      swaps: ["certs": "scratch"], rule: .copyPath, level: .breaks, line: 3),
    Case(
      name: "unknown old-base file copied from a swapped builder",
      text: "FROM debian:bookworm AS tools\nFROM scratch\nCOPY --from=tools /usr/bin/curl /curl\n",
      swaps: ["tools": "alpine:3.22"], rule: .copyPath, level: .warning, line: 3),
    Case(
      name: "image outside the catalog", text: "FROM alpine:3.22\nRUN echo\n",
      swaps: ["0": "registry.example/team/base:7"], rule: .unknownImage, level: .warning, line: 1),
  ]

  @Test(arguments: cases)
  func ruleGivesItsVerdict(_ testCase: Case) throws {
    let analysis = try WhatIfFixtures.analyze(testCase.text, testCase.swaps)
    let found = analysis.verdicts(testCase.rule)
    #expect(
      found.contains { $0.level == testCase.level && $0.line == testCase.line },
      "\(found.map { "\($0.line) \($0.level) \($0.reason)" })")
    #expect(found.allSatisfy { !$0.reason.isEmpty && $0.reason.split(separator: "\n").count == 1 })
  }

  @Test func unknownTraitsSayCannotTell() throws {
    let analysis = try WhatIfFixtures.analyze("FROM alpine:3.22\nCOPY a /a\nUSER app\n", ["0": "busybox"])
    let user = analysis.verdicts(.user)
    #expect(user.map(\.level) == [.warning])
    #expect(user.first?.reason.hasPrefix("cannot tell") == true)
  }

  @Test func copiedCertificatesAndNumericUsersAreFine() throws {
    let text = """
      FROM alpine:3.22 AS certs
      FROM debian:bookworm-slim
      COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
      COPY app /app
      USER 65532
      CMD ["/app"]
      """
    let analysis = try WhatIfFixtures.analyze(text, ["1": "scratch"])
    #expect(analysis.level == .ok)
    #expect(analysis.verdicts(.caCertificates).map(\.level) == [.ok])
  }
}

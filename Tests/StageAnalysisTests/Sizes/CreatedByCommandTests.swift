import Testing

import StageAnalysis

@Suite struct CreatedByCommandTests {
  @Test(arguments: [
    ("RUN |1 VERSION=1.2 /bin/sh -c echo \"$VERSION\" > /v.txt # buildkit", "RUN", "/bin/sh -c echo \"$VERSION\" > /v.txt", ["VERSION=1.2"], true),
    ("RUN |2 A=1 B=x y /bin/echo exec-form # buildkit", "RUN", "y /bin/echo exec-form", ["A=1", "B=x"], true),
    ("COPY /v.txt /v2.txt # buildkit", "COPY", "/v.txt /v2.txt", [], true),
    ("WORKDIR /src", "WORKDIR", "/src", [], false),
    ("ENTRYPOINT [\"/bin/sh\" \"-c\" \"echo hi\"]", "ENTRYPOINT", "[\"/bin/sh\" \"-c\" \"echo hi\"]", [], false),
    ("/bin/sh -c #(nop)  CMD [\"bash\"]", "CMD", "[\"bash\"]", [], false),
    ("/bin/sh -c #(nop) ADD file:4a2 in / ", "ADD", "file:4a2 in /", [], false),
    ("/bin/sh -c apt-get update", "RUN", "/bin/sh -c apt-get update", [], false),
    ("|1 X=2 /bin/sh -c make", "RUN", "/bin/sh -c make", ["X=2"], false),
    ("cmd /S /C dir", "RUN", "cmd /S /C dir", [], false),
    ("copy app.exe C:/app/", "COPY", "app.exe C:/app/", [], false),
  ] as [(String, String, String, [String], Bool)])
  func readsTheInstruction(text: String, keyword: String, arguments: String, args: [String], buildKit: Bool) {
    let command = CreatedByCommand(parsing: text)
    #expect(command.keyword == keyword)
    #expect(command.arguments == arguments)
    #expect(command.buildArgs == args)
    #expect(command.isBuildKit == buildKit)
  }

  @Test(arguments: ["", "bazel build //base:static", "Imported from -", "FROM debian:bookworm"])
  func namesNoInstructionForOtherTools(text: String) {
    #expect(CreatedByCommand(parsing: text).keyword == nil)
  }
}

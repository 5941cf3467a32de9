/// Reads the Dockerfile keyword back out of a history entry's `created_by`.
///
/// BuildKit writes `RUN /bin/sh -c make # buildkit`, `RUN |2 A=1 B=2 /bin/sh -c …`,
/// `COPY src dest # buildkit`, `WORKDIR /app`, `ENV K=v`, `EXPOSE map[8080/tcp:{}]`;
/// the classic builder writes `/bin/sh -c #(nop)  CMD ["x"]` and `/bin/sh -c make`.
/// `docker import` and other tools write text naming no instruction (nil).
enum HistoryKeyword {
  static let keywords: Set<String> = [
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "MAINTAINER",
    "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
  ]

  /// The keyword `createdBy` names, upper case, or nil.
  static func keyword(of createdBy: String) -> String? {
    var text = Substring(createdBy).drop { $0 == " " || $0 == "\t" }
    let nop = "/bin/sh -c #(nop)"
    if text.hasPrefix(nop) {
      text = text.dropFirst(nop.count).drop { $0 == " " || $0 == "\t" }
    } else if text.hasPrefix("/bin/sh -c ") || text.hasPrefix("cmd /S /C ") {
      return "RUN"
    } else if text.hasPrefix("|"), let space = text.firstIndex(of: " ") {
      let rest = text[space...]
      if rest.contains("/bin/sh -c ") || rest.contains("cmd /S /C ") { return "RUN" }
    }
    let word = text.prefix { $0 != " " && $0 != "\t" }.uppercased()
    return keywords.contains(word) ? word : nil
  }
}

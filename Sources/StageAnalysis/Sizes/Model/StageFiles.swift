/// What a stage's filesystem holds at each path, as far as the size model knows: files written
/// by `COPY` from the context (measured), by `COPY --from` (whatever the source knew), by `RUN`
/// steps whose outputs can be read (estimates), and the rest as opaque writes.
struct StageFiles: Sendable {
  /// A file or directory whose content size is known to some degree.
  struct Entry: Sendable {
    /// The figure; an entry measured in the context spells its basis (`context: <path>`) only
    /// when asked, since a `COPY` of a directory writes many entries and few are ever shown.
    var figure: ByteFigure {
      get {
        guard basisIsContextPath, let contextPath else { return stored }
        return stored.withBasis("context: " + contextPath)
      }
      set {
        stored = newValue
        basisIsContextPath = false
      }
    }
    var isDirectory: Bool
    /// The context path it was copied from, when it came from the build context.
    var contextPath: String?
    private var stored: ByteFigure
    private var basisIsContextPath = false

    init(figure: ByteFigure, isDirectory: Bool, contextPath: String? = nil) {
      stored = figure
      self.isDirectory = isDirectory
      self.contextPath = contextPath
    }

    /// An entry measured in the build context at `contextPath`: `bytes` exactly.
    init(measured bytes: Int64, kind: SizeKind, isDirectory: Bool, contextPath: String) {
      stored = .exact(bytes, kind: kind, provenance: .measured, basis: "")
      basisIsContextPath = true
      self.isDirectory = isDirectory
      self.contextPath = contextPath
    }
  }

  /// Something that wrote files at paths the model does not know; its words are put together
  /// only when a message names it.
  enum OpaqueWriter: Sendable {
    /// The base image, by its reference as written.
    case baseImage(String)
    /// A `RUN` at a line with commands no model reads, by name (repeats kept).
    case run(line: Int, commands: [String])
    /// A `COPY`/`ADD` (`keyword`) of context sources the model could not measure.
    case unmeasuredCopy(keyword: String, sources: [String])
    /// A `COPY`/`ADD` (`keyword`) of a URL or repository.
    case remote(keyword: String, source: String)
    /// An `ADD` of a local archive, which it unpacks.
    case archive(String)
    /// A `COPY --from` of an image, or of a path its source stage does not list (`path`).
    case copyFrom(from: String, path: String?)

    /// Appends the writer in words to `text`, piece by piece (`base image debian:bookworm`,
    /// `RUN at line 4 (make, make)`).
    func describe(into text: inout String) {
      switch self {
      case .baseImage(let reference):
        text += "base image "
        text += reference
      case .run(let line, let commands):
        text += "RUN at line "
        text += String(line)
        text += " ("
        for (offset, command) in commands.enumerated() {
          if offset > 0 { text += ", " }
          text += command
        }
        text += ")"
      case .unmeasuredCopy(let keyword, let sources):
        text += keyword
        for source in sources {
          text += " "
          text += source
        }
      case .remote(let keyword, let source):
        text += keyword
        text += " of "
        text += source
      case .archive(let source):
        text += "ADD of archive "
        text += source
      case .copyFrom(let from, let path):
        text += "COPY --from="
        text += from
        if let path {
          text += " "
          text += path
        }
      }
    }

    /// Whether this is the base image.
    var isBaseImage: Bool {
      if case .baseImage = self { return true }
      return false
    }
  }

  /// Known entries by absolute, clean path.
  private(set) var entries: [String: Entry] = [:]
  /// What wrote files at paths the model does not know (the base image, unread `RUN`s), for messages.
  private(set) var opaqueWriters: [OpaqueWriter] = []

  /// Records an entry, replacing whatever was there.
  mutating func write(_ path: String, _ entry: Entry) {
    entries[path] = entry
  }

  /// Makes room for `count` more entries at once (a `COPY` of a directory writes many).
  mutating func reserve(_ count: Int) {
    entries.reserveCapacity(entries.count + count)
  }

  /// Records a writer of unknown paths.
  mutating func writeOpaque(_ writer: OpaqueWriter) {
    opaqueWriters.append(writer)
  }

  /// Appends every writer of unknown paths in words, separated by commas, to `text`.
  func describeOpaqueWriters(into text: inout String) {
    for (offset, writer) in opaqueWriters.enumerated() {
      if offset > 0 { text += ", " }
      writer.describe(into: &text)
    }
  }

  /// Removes a path and everything below it (`rm -rf`).
  mutating func remove(_ path: String) {
    let prefix = path == "/" ? "/" : path + "/"
    // Most removals name nothing the model knows: find the doomed keys first, and remove only them
    // rather than rebuilding the whole dictionary.
    let doomed = entries.keys.filter { $0 == path || $0.hasPrefix(prefix) }
    for key in doomed {
      entries.removeValue(forKey: key)
    }
  }

  /// The entries at `path` or below it, with their path relative to `path` ("" for `path` itself).
  func entries(at path: String) -> [(relative: String, entry: Entry)] {
    let prefix = path == "/" ? "/" : path + "/"
    // Walk the keys alone and copy only the entries found: most paths asked for are not there.
    var found: [(relative: String, entry: Entry)] = []
    for index in entries.keys.indices {
      let key = entries.keys[index]
      if key == path {
        found.append(("", entries.values[index]))
      } else if key.hasPrefix(prefix) {
        found.append((String(key.dropFirst(prefix.count)), entries.values[index]))
      }
    }
    if found.count > 1 { found.sort { $0.relative < $1.relative } }
    return found
  }
}

import Foundation

/// The Dockerfiles a benchmark runs over, read into memory before any timing starts.
struct Corpus: Sendable {
  /// One input file.
  struct File: Sendable {
    var name: String
    var bytes: [UInt8]
  }

  /// Where the files came from (a directory, or the generator and its seed).
  var origin: String
  var files: [File]

  /// The total size in bytes.
  var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }
  /// The total size in MB (10^6 bytes).
  var megabytes: Double { Double(byteCount) / 1e6 }
  /// The number of lines in all files.
  var lineCount: Int {
    files.reduce(0) { total, file in total + file.bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
  }

  /// The corpus repeated `times` times (the copies share storage).
  func repeated(_ times: Int) -> Corpus {
    Corpus(origin: "\(origin) ×\(times)", files: Array(repeating: files, count: times).flatMap { $0 })
  }

  /// Files found under `directory`; see `paths(under:)`.
  static func load(directory: String) throws -> Corpus {
    let files = try paths(under: directory).map { path in
      File(name: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }
    return Corpus(origin: directory, files: files)
  }

  /// The corpus files under `directory`, sorted by path.
  ///
  /// A directory laid out like the shared corpus (`<set>/files/…`, with oracle answers beside)
  /// contributes the files under every `files` folder, minus BuildKit's expected-output dumps
  /// (`result`) and its variable-expansion tables (`shell/`), which are not Dockerfiles. Any
  /// other directory contributes every regular file under it, hidden ones excepted.
  static func paths(under directory: String) throws -> [String] {
    let root = URL(fileURLWithPath: directory).standardizedFileURL.path
    let fileManager = FileManager.default
    guard let all = fileManager.enumerator(atPath: root)?.allObjects as? [String] else {
      throw CorpusError.unreadable(directory)
    }
    let regular = all.filter { relative in
      var isDirectory: ObjCBool = false
      return fileManager.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
        && !isDirectory.boolValue
    }
    let sets = regular.filter { $0.hasPrefix("files/") || $0.contains("/files/") }
    let chosen: [String]
    if sets.isEmpty {
      chosen = regular.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
    } else {
      chosen = sets.filter { relative in
        let parts = relative.split(separator: "/")
        return parts.last != "result" && !parts.contains("shell")
      }
    }
    guard !chosen.isEmpty else { throw CorpusError.empty(directory) }
    return chosen.sorted().map { root + "/" + $0 }
  }

  /// The shared corpus when it is at hand: `../shared/corpus` beside the checkout.
  static func defaultDirectory() -> String? {
    let candidates = ["../shared/corpus", "/work/shared/corpus"]
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
  }
}

/// Why a corpus could not be read.
enum CorpusError: Error, CustomStringConvertible {
  case unreadable(String)
  case empty(String)

  var description: String {
    switch self {
    case .unreadable(let path): "stagetui-bench: error: \(path): cannot be read — check the path"
    case .empty(let path): "stagetui-bench: error: \(path): holds no files — pass a directory of Dockerfiles"
    }
  }
}

import Foundation

/// The command line of `stagetui-bench`.
struct BenchOptions {
  /// The sections that can be run.
  static let sections = ["parse", "analysis", "tui", "scaling", "memory"]

  var corpus: String?
  var examples = "Examples"
  var json = false
  var runs = 7
  var jobs = ProcessInfo.processInfo.activeProcessorCount
  var keystrokes = 1_000
  var only: Set<String> = Set(sections)
  var writeCorpus: String?
  var listCorpus = false
  var probe: (MemoryProbe.Kind, [String])?

  static let usage = """
    usage: stagetui-bench [--corpus DIR] [--examples DIR] [--json] [--runs N] [--jobs N]
                          [--keystrokes N] [--only parse,analysis,tui,scaling,memory]
           stagetui-bench --list-corpus [--corpus DIR]     print the corpus files, one a line
           stagetui-bench --write-corpus DIR               write the generated corpus to DIR

    The corpus is DIR, else ../shared/corpus (its */files folders), else a generated one.
    Timings are the best (min) and median of --runs runs; --jobs sets the parallel runs
    (default: all cores).
    """

  /// Reads `arguments` (without the program name).
  static func parse(_ arguments: [String]) throws -> BenchOptions {
    var options = BenchOptions()
    var rest = arguments[...]
    func value(_ flag: String) throws -> String {
      guard let next = rest.popFirst() else { throw BenchOptionError("\(flag) needs a value") }
      return next
    }
    func number(_ flag: String) throws -> Int {
      let text = try value(flag)
      guard let number = Int(text), number > 0 else {
        throw BenchOptionError("\(flag) \(text): expected a positive number")
      }
      return number
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "--corpus": options.corpus = try value(argument)
      case "--examples": options.examples = try value(argument)
      case "--json": options.json = true
      case "--runs": options.runs = try number(argument)
      case "--jobs": options.jobs = try number(argument)
      case "--keystrokes": options.keystrokes = try number(argument)
      case "--list-corpus": options.listCorpus = true
      case "--write-corpus": options.writeCorpus = try value(argument)
      case "--only":
        let chosen = Set(try value(argument).split(separator: ",").map(String.init))
        guard chosen.isSubset(of: sections) else {
          throw BenchOptionError("--only: expected some of \(sections.joined(separator: ","))")
        }
        options.only = chosen
      case "--probe":
        guard let kind = MemoryProbe.Kind(rawValue: try value(argument)) else {
          throw BenchOptionError("--probe: expected idle, tui, analysis or parse")
        }
        options.probe = (kind, Array(rest))
        rest = []
      case "-h", "--help":
        throw BenchOptionError(usage, isHelp: true)
      default:
        throw BenchOptionError("unknown argument \(argument)\n\(usage)")
      }
    }
    return options
  }
}

/// A command-line mistake, or the help text.
struct BenchOptionError: Error, CustomStringConvertible {
  var message: String
  var isHelp = false

  init(_ message: String, isHelp: Bool = false) {
    self.message = message
    self.isHelp = isHelp
  }

  var description: String { isHelp ? message : "stagetui-bench: error: \(message)" }
}

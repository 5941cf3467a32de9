import StageAnalysis
import StageApp
import StageRender
import Testing

/// Drives the app as the run loop does, with effects done in memory: sizing with the real model over
/// the pinned catalog (no build context), engine look-ups answered from a table, writes into a dictionary.
struct AppDriver {
  var state: AppState
  /// Files "on disk": path to bytes.
  var files: [String: [UInt8]] = [:]
  /// Engine answers by reference; references not listed are unavailable.
  var engine: [String: ImageRecord] = [:]
  /// Effects seen, for assertions.
  var effects: [Effect] = []
  let model = PinnedCatalog.model

  init(_ text: String, fileName: String = "Dockerfile", width: Int = 120, height: Int = 40, keys: KeyTable = .defaults) {
    let document = StageDocument(fileName: fileName, bytes: Array(text.utf8))
    state = AppState(document: document, width: width, height: height, keys: keys, catalog: PinnedCatalog.catalog)
  }

  /// Runs the start effects.
  mutating func start(engine enabled: Bool = false) {
    run(state.start(engine: enabled))
  }

  mutating func send(_ message: Message) {
    run(state.update(message))
  }

  /// Presses the first key bound to `action` in `context`, as the user would.
  mutating func press(_ action: KeyAction, in context: KeyContext) {
    guard let key = state.keys.key(action, in: context) else {
      Issue.record("no key for \(action) in \(context)")
      return
    }
    send(.key(key))
  }

  /// Types text into whatever field is open.
  mutating func type(_ text: String) {
    for character in text { send(.key(KeyEvent(.character(character)))) }
  }

  private mutating func run(_ newEffects: [Effect]) {
    var queue = newEffects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      effects.append(effect)
      switch effect {
      case .measureSizes(let job):
        let reports = job.perform(model: model, fileName: state.document.fileName, context: nil, dockerfilePath: nil)
        queue += state.update(.sized(job.purpose, reports))
      case .lookUpImages(let references):
        for reference in references {
          let lookup: ImageLookup = engine[reference].map { .found($0) } ?? .unavailable(reason: "no engine in tests")
          queue += state.update(.imageLookedUp(reference: reference, lookup: lookup))
        }
      case .writeFile(let path, let bytes, let overwrite):
        if files[path] != nil && !overwrite {
          queue += state.update(.writeFailed(path: path, reason: "already exists", exists: true))
        } else {
          files[path] = bytes
          queue += state.update(.fileWritten(path: path))
        }
      case .quit:
        break
      }
    }
  }

  /// The screen as text, drawn at the state's size.
  func screen(theme: Theme = .monochrome) -> [String] {
    var buffer = CellBuffer(width: state.width, height: state.height)
    AppView.render(state, into: &buffer, theme: theme)
    return buffer.lines()
  }

  /// The screen as one string, lines joined with newlines.
  var screenText: String {
    screen().joined(separator: "\n")
  }
}

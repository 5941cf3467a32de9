import Foundation
import ImageSources
import StageAnalysis
import StageApp

/// Runs the app's effects for real: sizing on a background queue, engine look-ups as tasks,
/// atomic writes. Answers go to `send` from whatever thread finishes the work.
final class LiveEffectRunner: EffectRunner, Sendable {
  private let model: SizeModel
  private let fileName: String
  private let context: (any BuildContext)?
  private let dockerfilePath: String?
  private let engine: (any ImageSizeSource)?
  private let permissions: mode_t
  private let sizing = DispatchQueue(label: "stagetui.sizing")

  init(
    fileName: String, context: (any BuildContext)?, dockerfilePath: String?, engine: (any ImageSizeSource)?,
    permissions: mode_t, model: SizeModel = SizeModel()
  ) {
    self.fileName = fileName
    self.context = context
    self.dockerfilePath = dockerfilePath
    self.engine = engine
    self.permissions = permissions
    self.model = model
  }

  func run(_ effect: Effect, send: @escaping @Sendable (Message) -> Void) {
    switch effect {
    case .measureSizes(let job):
      let model = model
      let fileName = fileName
      let context = context
      let dockerfilePath = dockerfilePath
      sizing.async {
        let reports = job.perform(model: model, fileName: fileName, context: context, dockerfilePath: dockerfilePath)
        send(.sized(job.purpose, reports))
      }
    case .lookUpImages(let references):
      guard let engine else {
        for reference in references {
          send(.imageLookedUp(reference: reference, lookup: .unavailable(reason: "engine look-ups are off")))
        }
        return
      }
      Task.detached {
        for reference in references {
          let lookup = await engine.lookUp(reference)
          send(.imageLookedUp(reference: reference, lookup: lookup))
        }
      }
    case .writeFile(let path, let bytes, let overwrite):
      var existing = stat()
      if !overwrite, lstat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
        send(.writeFailed(path: path, reason: "already exists", exists: true))
        return
      }
      do {
        try AtomicFileWriter(path: path, overwrite: overwrite, permissions: permissions).write(bytes)
        send(.fileWritten(path: path))
      } catch {
        send(.writeFailed(path: path, reason: error.problem + " — " + error.advice, exists: false))
      }
    case .quit:
      // The loop ends on the state's exit code; there is nothing to start.
      break
    }
  }
}

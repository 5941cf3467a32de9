/// What the size model needs to project a swap: the model, the build context and the records
/// already fetched for the original and the swapped file's bases and for built stages.
public struct SwapSizing: Sendable {
  /// The size model.
  public var model: SizeModel
  /// The build context, or nil when there is none to read.
  public var context: (any BuildContext)?
  /// The Dockerfile's path relative to the context (for its own `.dockerignore`).
  public var dockerfilePath: String?
  /// Records of base images (old and new) and of images built from stages of the original file.
  public var measured: MeasuredImages
  /// The Dockerfile's name for the reports.
  public var file: String

  /// Makes sizing inputs.
  public init(
    model: SizeModel = SizeModel(), context: (any BuildContext)?, dockerfilePath: String? = nil,
    measured: MeasuredImages = .none, file: String = "Dockerfile"
  ) {
    self.model = model
    self.context = context
    self.dockerfilePath = dockerfilePath
    self.measured = measured
    self.file = file
  }
}

/// What to size: a Dockerfile, its build configuration and context, and the images the user
/// says were built from its stages.
public struct SizeReportRequest: Sendable {
  /// The Dockerfile's name for the report.
  public var file: String
  /// The Dockerfile's bytes.
  public var dockerfile: [UInt8]
  /// `--target`, `--build-arg`, `--platform`.
  public var configuration: BuildConfiguration
  /// The build context, or nil when there is none to read.
  public var context: (any BuildContext)?
  /// The Dockerfile's path relative to the context, when it is inside it (for its own `.dockerignore`).
  public var dockerfilePath: String?
  /// `--image STAGE=TAG`: a stage (name or index) and the image built from it, in the order given.
  public var stageImages: [(stage: String, reference: String)]

  /// Makes a request.
  public init(
    file: String, dockerfile: [UInt8], configuration: BuildConfiguration = BuildConfiguration(),
    context: (any BuildContext)?, dockerfilePath: String? = nil, stageImages: [(stage: String, reference: String)] = []
  ) {
    self.file = file
    self.dockerfile = dockerfile
    self.configuration = configuration
    self.context = context
    self.dockerfilePath = dockerfilePath
    self.stageImages = stageImages
  }
}

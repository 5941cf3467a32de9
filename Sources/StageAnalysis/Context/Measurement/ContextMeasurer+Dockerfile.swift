extension ContextMeasurer {
  /// A measurer for the Dockerfile at `dockerfilePath` (context-relative; nil when it is not in
  /// the context), seen through the ignore file BuildKit uses for it, and why that ignore file
  /// could not be compiled if it could not (the context is then read without it).
  ///
  /// With a ``BuildContext/memory`` the ignore file is read and compiled once per Dockerfile
  /// path and measurements are shared with every other Dockerfile sized against the context.
  public static func forDockerfile(at dockerfilePath: String?, in context: any BuildContext) -> (
    measurer: ContextMeasurer, ignoreError: PatternError?
  ) {
    if let memory = context.memory {
      let prepared = memory.preparation(dockerfilePath: dockerfilePath, in: context)
      let measurer = ContextMeasurer(ignore: prepared.ignore, sharing: prepared.transfer)
      return (measurer, prepared.ignoreError)
    }
    let bytes = DockerignoreFile.read(from: context, dockerfilePath: dockerfilePath).bytes
    do {
      let ignore = try PatternMatcher.compiled(ignoreFileBytes: bytes)
      return (ContextMeasurer(context: context, ignore: ignore), nil)
    } catch {
      return (ContextMeasurer(context: context, ignore: nil), error)
    }
  }
}

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
    let prepared = prepare(forDockerfileAt: dockerfilePath, in: context)
    return (prepared.measurer(), prepared.ignoreError)
  }

  /// The ignore file in force for the Dockerfile at `dockerfilePath`, read and compiled now;
  /// the measurer itself (and with it any walk of the context) is made only when asked for.
  static func prepare(forDockerfileAt dockerfilePath: String?, in context: any BuildContext)
    -> PreparedMeasurer
  {
    if let memory = context.memory {
      let prepared = memory.preparation(dockerfilePath: dockerfilePath, in: context)
      return PreparedMeasurer(
        context: context, ignore: prepared.ignore, ignoreError: prepared.ignoreError,
        shared: (memory, prepared))
    }
    let bytes = DockerignoreFile.read(from: context, dockerfilePath: dockerfilePath).bytes
    do {
      let ignore = try PatternMatcher.compiled(ignoreFileBytes: bytes)
      return PreparedMeasurer(context: context, ignore: ignore, ignoreError: nil, shared: nil)
    } catch {
      return PreparedMeasurer(context: context, ignore: nil, ignoreError: error, shared: nil)
    }
  }
}

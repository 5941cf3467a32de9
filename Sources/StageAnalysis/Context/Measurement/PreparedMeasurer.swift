/// A Dockerfile's view of its build context before anything is measured: the ignore file in
/// force (compiled) and how to make the measurer that walks the context through it.
struct PreparedMeasurer {
  let context: any BuildContext
  /// The ignore patterns in force (nil without an ignore file, or when it does not compile).
  let ignore: PatternMatcher?
  /// Why the ignore file could not be compiled, if it could not.
  let ignoreError: PatternError?
  /// The context's memory and the preparation it keeps for the Dockerfile, when it has one.
  let shared: (memory: ContextMemory, preparation: ContextMemory.Preparation)?

  /// A measurer through `ignore`: sharing the memory's transfer when there is a memory.
  func measurer() -> ContextMeasurer {
    guard let shared else { return ContextMeasurer(context: context, ignore: ignore) }
    return ContextMeasurer(ignore: ignore, sharing: shared.memory.transfer(for: shared.preparation, in: context))
  }
}

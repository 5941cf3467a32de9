extension Array {
  /// `count` copies of `value`.
  ///
  /// Built by appending into reserved storage, which the compiler specialises; the
  /// standard `init(repeating:count:)` calls a generic allocator that looks the storage
  /// type up in the runtime's metadata cache on every call.
  init(filling value: Element, count: Int) {
    self.init()
    reserveCapacity(count)
    for _ in 0..<count { append(value) }
  }
}

import DockerfileSyntax

/// Where a typed instruction's source node is kept: a position in the list it was typed from.
///
/// Every payload typed from one list shares that list, so keeping the node costs one
/// reference instead of a copy of its strings and arrays (and their release later).
@usableFromInline
struct InstructionSource: Sendable {
  /// The instructions typed together (a file's, or a lone `ONBUILD` trigger).
  @usableFromInline let list: [Instruction]
  /// The position of the node in `list`.
  @usableFromInline let index: Int

  /// The node at `index` of `list`.
  init(_ list: [Instruction], _ index: Int) {
    self.list = list
    self.index = index
  }

  /// The source node.
  @inlinable var instruction: Instruction { list[index] }
}

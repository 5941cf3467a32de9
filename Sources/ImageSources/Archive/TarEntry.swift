/// One member of a tar archive, after GNU long-name and pax records were applied.
struct TarEntry: Equatable {
  /// The kind of member, from the header's type flag.
  enum Kind: Equatable {
    case file
    case directory
    case symlink
    case hardlink
    case other(UInt8)
  }

  /// The member's path, with any leading `./` removed.
  var path: String
  /// Bytes of the member's data.
  var size: Int64
  /// What the member is.
  var kind: Kind
  /// The link target for links.
  var linkTarget: String
}

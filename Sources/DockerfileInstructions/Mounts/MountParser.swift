import DockerfileSyntax

/// Reads `--mount` values the way BuildKit's `parseMount` does.
public enum MountParser {
  /// Expands one option value; nil reproduces BuildKit's first pass at instruction-parse time.
  public typealias Expander = (String) -> Result<String, ExpansionError>

  static let allKeys = [
    "type", "from", "source", "target", "readonly", "id", "sharing", "required", "size", "mode", "uid",
    "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env",
  ]

  /// Parses a `--mount` value.
  ///
  /// With `expand` nil this is BuildKit's instruction pass, which only checks the CSV
  /// and that `from=` has no variable; with an expander (the identity `{ .success($0) }`
  /// to take values literally) it is the full parse BuildKit runs when it builds.
  public static func parse(_ text: String, expand: Expander?) -> Result<RunMount, MountError> {
    switch CSVFields.split(text) {
    case .success(let fields): return parse(fields, expand: expand)
    case .failure(let reason): return .failure(csvError(reason))
    }
  }

  /// Both reads of a `--mount` value the instruction pass needs, from one CSV split:
  /// BuildKit's first pass (`expand` nil) and the mount with values taken literally.
  static func parseBoth(
    _ text: String
  ) -> (firstPass: Result<RunMount, MountError>, literal: Result<RunMount, MountError>) {
    switch CSVFields.split(text) {
    case .success(let fields):
      return (parse(fields, expand: nil), parse(fields, expand: { .success($0) }))
    case .failure(let reason):
      let failure = Result<RunMount, MountError>.failure(csvError(reason))
      return (failure, failure)
    }
  }

  private static func csvError(_ reason: Reason) -> MountError {
    MountError("failed to parse csv mounts: \(reason.text)")
  }

  private static func parse(_ fields: [String], expand: Expander?) -> Result<RunMount, MountError> {
    var mount = RunMount()
    var readOnlyIsDefault = true
    for field in fields {
      let equals = field.firstIndex(of: "=")
      guard let equals else {
        guard expand != nil else { continue }
        let key = field.lowercased()
        switch key {
        case "readonly", "ro":
          mount.readOnly = true
          readOnlyIsDefault = false
        case "readwrite", "rw":
          mount.readOnly = false
          readOnlyIsDefault = false
        case "required":
          guard mount.kind == .secret || mount.kind == .ssh else {
            return .failure(.unexpectedKey(key, for: mount.kind))
          }
          mount.required = true
        default:
          return .failure(MountError("invalid field '\(field)' must be a key=value pair"))
        }
        continue
      }
      let key = String(field[..<equals]).lowercased()
      var value = String(field[field.index(after: equals)...])
      if let expand {
        switch expand(value) {
        case .success(let expanded): value = expanded
        case .failure(let error): return .failure(MountError(error.message))
        }
      } else {
        guard key == "from" else { continue }
        if let dollar = value.utf8.firstIndex(of: UInt8(ascii: "$")),
          value.utf8.index(after: dollar) != value.utf8.endIndex
        {
          return .failure(MountError("'from' doesn't support variable expansion, define alias stage instead"))
        }
        mount.from = value.isEmpty ? nil : value
        continue
      }
      if let error = apply(key: key, value: value, field: field, to: &mount, readOnlyIsDefault: &readOnlyIsDefault) {
        return .failure(error)
      }
    }
    return validate(mount, readOnlyIsDefault: readOnlyIsDefault)
  }

  private static func apply(
    key: String, value: String, field: String, to mount: inout RunMount, readOnlyIsDefault: inout Bool
  ) -> MountError? {
    switch key {
    case "type":
      guard let kind = RunMount.Kind(rawValue: value.lowercased()) else {
        let message = "unsupported mount type \(GoQuote.quote(value))"
        return MountError(
          Suggestion.wrap(message, value: value, options: RunMount.Kind.allCases.map(\.rawValue), caseSensitive: true))
      }
      mount.kind = kind
    case "from": mount.from = value.isEmpty ? nil : value
    case "source", "src": mount.source = value.isEmpty ? nil : value
    case "target", "dst", "destination": mount.target = value.isEmpty ? nil : value
    case "readonly", "ro", "readwrite", "rw":
      guard let flag = GoParsing.parseBool(value) else { return .invalidValue(key, value) }
      mount.readOnly = (key == "readonly" || key == "ro") ? flag : !flag
      readOnlyIsDefault = false
    case "required":
      guard mount.kind == .secret || mount.kind == .ssh else { return .unexpectedKey(key, for: mount.kind) }
      guard let flag = GoParsing.parseBool(value) else { return .invalidValue(key, value) }
      mount.required = flag
    case "size":
      guard mount.kind == .tmpfs else { return .unexpectedKey(key, for: mount.kind) }
      guard let size = GoParsing.ramInBytes(value) else { return .invalidValue(key, value) }
      mount.sizeLimit = size
    case "id": mount.id = value.isEmpty ? nil : value
    case "sharing":
      guard let sharing = RunMount.Sharing(rawValue: value.lowercased()) else {
        let message = "unsupported sharing value \(GoQuote.quote(value))"
        return MountError(
          Suggestion.wrap(
            message, value: value, options: RunMount.Sharing.allCases.map(\.rawValue), caseSensitive: true))
      }
      mount.sharing = sharing
    case "mode":
      guard let mode = GoParsing.parseUInt32(value, radix: 8) else { return MountError("invalid value \(value) for mode") }
      mount.mode = mode
    case "uid":
      guard let uid = GoParsing.parseUInt32(value, radix: 10) else { return MountError("invalid value \(value) for uid") }
      mount.uid = uid
    case "gid":
      guard let gid = GoParsing.parseUInt32(value, radix: 10) else { return MountError("invalid value \(value) for gid") }
      mount.gid = gid
    case "env":
      mount.env = value
    default:
      let message = "unexpected key '\(key)' in '\(field)'"
      return MountError(Suggestion.wrap(message, value: key, options: allKeys, caseSensitive: true))
    }
    return nil
  }

  private static func validate(_ mount: RunMount, readOnlyIsDefault: Bool) -> Result<RunMount, MountError> {
    var mount = mount
    if mount.kind != .secret && mount.kind != .ssh && mount.kind != .cache {
      if mount.mode != nil { return .failure(.notAllowed("mode", for: mount.kind)) }
      if mount.uid != nil { return .failure(.notAllowed("uid", for: mount.kind)) }
      if mount.gid != nil { return .failure(.notAllowed("gid", for: mount.kind)) }
    }
    if readOnlyIsDefault {
      mount.readOnly = !(mount.kind == .cache || mount.kind == .tmpfs)
    }
    if mount.kind == .secret {
      if mount.from != nil { return .failure(MountError("secret mount should not have a from")) }
      if mount.sharing != nil { return .failure(MountError("secret mount should not define sharing")) }
      if mount.source == nil && mount.target == nil && mount.id == nil {
        return .failure(MountError("invalid secret mount. one of source, target required"))
      }
      if mount.source != nil && mount.id != nil {
        return .failure(MountError("both source and id can't be set"))
      }
    }
    if mount.sharing != nil && mount.kind != .cache {
      return .failure(MountError("invalid cache sharing set for \(mount.kind.rawValue) mount"))
    }
    return .success(mount)
  }
}

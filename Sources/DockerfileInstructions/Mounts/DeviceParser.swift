/// Reads `RUN --device=` values the way BuildKit's `ParseDevice` does.
public enum DeviceParser {
  /// A device request.
  public struct Device: Hashable, Sendable {
    /// The device name (a CDI name such as `vendor.com/gpu=all`).
    public var name: String
    /// Whether the build fails without it.
    public var required: Bool
  }

  /// Parses a `--device` value.
  public static func parse(_ text: String) -> Result<Device, MountError> {
    let fields: [String]
    switch CSVFields.split(text) {
    case .success(let split): fields = split
    case .failure(let reason): return .failure(MountError("failed to parse csv devices: \(reason.text)"))
    }
    var device = Device(name: "", required: false)
    for field in fields {
      let equals = field.firstIndex(of: "=")
      let key = String(field[..<(equals ?? field.endIndex)]).lowercased()
      guard let equals else {
        if key == "required" {
          device.required = true
        } else if device.name.isEmpty {
          device.name = field
        } else {
          return .failure(MountError("invalid field '\(field)' must be a key=value pair"))
        }
        continue
      }
      let value = String(field[field.index(after: equals)...])
      switch key {
      case "name":
        if !device.name.isEmpty { return .failure(MountError("device name already set to \(device.name)")) }
        device.name = value
      case "required":
        guard let flag = GoParsing.parseBool(value) else { return .failure(.invalidValue(key, value)) }
        device.required = flag
      default:
        if device.name.isEmpty {
          device.name = field
          continue
        }
        let message = "unexpected key '\(key)' in '\(field)'"
        return .failure(MountError(Suggestion.wrap(message, value: key, options: ["name", "required"], caseSensitive: true)))
      }
    }
    return .success(device)
  }
}

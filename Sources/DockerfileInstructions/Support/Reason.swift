/// An internal failure carrying BuildKit's wording, before it is wrapped in a public error.
struct Reason: Error, Hashable, ExpressibleByStringInterpolation {
  /// The message.
  var text: String

  init(_ text: String) { self.text = text }
  init(stringLiteral value: String) { text = value }
  init(stringInterpolation: DefaultStringInterpolation) { text = String(stringInterpolation: stringInterpolation) }
}

/// An internal failure carrying BuildKit's wording, before it is wrapped in a public error.
struct Reason: Error, Hashable {
  /// The message.
  var text: String

  init(_ text: String) { self.text = text }
}

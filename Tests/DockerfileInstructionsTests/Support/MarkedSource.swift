/// Source text with emoji markers (`1️⃣`) removed and their byte offsets recorded.
struct MarkedSource {
  var text: String
  var markers: [String: Int] = [:]

  init(_ marked: String) {
    let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣"]
    var text = ""
    var rest = Substring(marked)
    while !rest.isEmpty {
      if let name = names.first(where: { rest.hasPrefix($0) }) {
        markers[name] = text.utf8.count
        rest = rest.dropFirst(name.count)
      } else {
        text.append(rest.removeFirst())
      }
    }
    self.text = text
  }

  subscript(marker: String) -> Int? { markers[marker] }
}

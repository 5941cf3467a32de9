/// The working state of one `GraphLayout` computation, step by step.
struct GraphLayoutBuilder {
  /// A vertex of the layered graph: a real node, or a dummy that carries a long edge through a layer.
  struct Vertex {
    var node: Int?
    var chain: Int?
    var layer: Int
    var x = 0
    var width = 1
    var height = 1
    var upper: [Int] = []
    var lower: [Int] = []
  }

  /// An edge of the layered graph between adjacent layers.
  struct Segment {
    var upper: Int
    var lower: Int
    var chain: Int
    var upperX = 0
    var lowerX = 0
    var track = 0
  }

  /// One drawn edge: its original index and the vertices it passes, top to bottom.
  struct Chain {
    var edge: Int
    var reversed: Bool
    var vertices: [Int]
    var segments: [Int] = []
  }

  let nodes: [GraphNode]
  let edges: [GraphEdge]
  let indexByID: [String: Int]
  let options: GraphLayout.Options

  var vertices: [Vertex] = []
  var segments: [Segment] = []
  var chains: [Chain] = []
  var layers: [[Int]] = []
  var bandTops: [Int] = []
  var bandHeights: [Int] = []
  var trackCounts: [Int] = []

  var nodeRects: [Rect] = []
  var nodeLayers: [Int] = []
  var crossings = 0
  var reversedEdges: [Int] = []
  var grid = LineGrid(width: 0, height: 0)
  var drawingWidth = 0
  var arrows: [GraphLayout.Arrow] = []
  var labels: [GraphLayout.PlacedLabel] = []

  init(nodes: [GraphNode], edges: [GraphEdge], indexByID: [String: Int], options: GraphLayout.Options) {
    self.nodes = nodes
    self.edges = edges
    self.indexByID = indexByID
    self.options = options
  }

  mutating func run() {
    let pairs = edges.enumerated().compactMap { entry -> (edge: Int, from: Int, to: Int)? in
      guard let from = indexByID[entry.element.from], let to = indexByID[entry.element.to], from != to else {
        return nil
      }
      return (entry.offset, from, to)
    }
    let reversed = GraphLayoutBuilder.backEdges(nodeCount: nodes.count, pairs: pairs.map { ($0.from, $0.to) })
    reversedEdges = pairs.indices.filter { reversed[$0] }.map { pairs[$0].edge }
    let oriented = pairs.indices.map { index in
      reversed[index]
        ? (edge: pairs[index].edge, upper: pairs[index].to, lower: pairs[index].from, reversed: true)
        : (edge: pairs[index].edge, upper: pairs[index].from, lower: pairs[index].to, reversed: false)
    }
    let layerOfNode = GraphLayoutBuilder.longestPathLayers(
      nodeCount: nodes.count, pairs: oriented.map { ($0.upper, $0.lower) })
    nodeLayers = layerOfNode
    buildVertices(layerOfNode: layerOfNode, oriented: oriented)
    orderLayers()
    sizeVertices()
    placeHorizontally()
    balanceHorizontally()
    assignPorts()
    separatePorts()
    assignTracks()
    placeVertically()
    route()
  }

  /// Marks, for each pair, whether it is a back edge of a depth-first search in input order.
  static func backEdges(nodeCount: Int, pairs: [(Int, Int)]) -> [Bool] {
    var outgoing = [[Int]](repeating: [], count: nodeCount)
    for (index, pair) in pairs.enumerated() { outgoing[pair.0].append(index) }
    var state = [UInt8](repeating: 0, count: nodeCount)
    var reversed = [Bool](repeating: false, count: pairs.count)
    for start in 0..<nodeCount where state[start] == 0 {
      var stack: [(node: Int, next: Int)] = [(start, 0)]
      state[start] = 1
      while let top = stack.last {
        let list = outgoing[top.node]
        if top.next == list.count {
          state[top.node] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let pairIndex = list[top.next]
        let target = pairs[pairIndex].1
        switch state[target] {
        case 0:
          state[target] = 1
          stack.append((target, 0))
        case 1:
          reversed[pairIndex] = true
        default:
          break
        }
      }
    }
    return reversed
  }

  /// Layer of every node: 0 for nodes with nothing above, else one more than the deepest node above.
  static func longestPathLayers(nodeCount: Int, pairs: [(Int, Int)]) -> [Int] {
    var outgoing = [[Int]](repeating: [], count: nodeCount)
    var indegree = [Int](repeating: 0, count: nodeCount)
    for pair in pairs {
      outgoing[pair.0].append(pair.1)
      indegree[pair.1] += 1
    }
    var layer = [Int](repeating: 0, count: nodeCount)
    var queue = (0..<nodeCount).filter { indegree[$0] == 0 }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for next in outgoing[node] {
        layer[next] = max(layer[next], layer[node] + 1)
        indegree[next] -= 1
        if indegree[next] == 0 { queue.append(next) }
      }
    }
    return layer
  }

  private mutating func buildVertices(
    layerOfNode: [Int], oriented: [(edge: Int, upper: Int, lower: Int, reversed: Bool)]
  ) {
    vertices = layerOfNode.enumerated().map { Vertex(node: $0.offset, chain: nil, layer: $0.element) }
    for entry in oriented {
      let chainIndex = chains.count
      var path = [entry.upper]
      let top = layerOfNode[entry.upper]
      let bottom = layerOfNode[entry.lower]
      if bottom - top > 1 {
        for layer in (top + 1)..<bottom {
          path.append(vertices.count)
          vertices.append(Vertex(node: nil, chain: chainIndex, layer: layer))
        }
      }
      path.append(entry.lower)
      var chain = Chain(edge: entry.edge, reversed: entry.reversed, vertices: path)
      for index in 0..<(path.count - 1) {
        chain.segments.append(segments.count)
        segments.append(Segment(upper: path[index], lower: path[index + 1], chain: chainIndex))
        vertices[path[index]].lower.append(path[index + 1])
        vertices[path[index + 1]].upper.append(path[index])
      }
      chains.append(chain)
    }
    let layerCount = (vertices.map(\.layer).max() ?? -1) + 1
    layers = [[Int]](repeating: [], count: layerCount)
    for (index, vertex) in vertices.enumerated() { layers[vertex.layer].append(index) }
  }
}

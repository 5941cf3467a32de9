/// A layered drawing of a directed graph: node boxes in rows (dependencies above dependents),
/// ordered to reduce crossings, with edges routed as box-drawing lines between the rows.
///
/// Layers come from the longest path, cycles are broken by reversing back edges (found by a
/// depth-first search in input order), edges spanning several layers pass through dummy
/// vertices, the order within a layer comes from barycentre sweeps, and each gap between layers
/// gives every horizontal edge piece its own track. The result depends only on the input order.
public struct GraphLayout: Sendable {
  /// Tuning of sizes and spacing.
  public struct Options: Hashable, Sendable {
    /// Widest a box may be, border included; longer lines are cut with `…`.
    public var maxNodeWidth: Int
    /// Columns between neighbouring boxes.
    public var horizontalGap: Int
    /// Widest an edge label may be.
    public var maxLabelWidth: Int
    /// Barycentre sweep pairs (down then up) tried when ordering layers.
    public var orderingSweeps: Int

    /// Options.
    public init(
      maxNodeWidth: Int = 30, horizontalGap: Int = 2, maxLabelWidth: Int = 24, orderingSweeps: Int = 8
    ) {
      self.maxNodeWidth = max(5, maxNodeWidth)
      self.horizontalGap = max(1, horizontalGap)
      self.maxLabelWidth = max(2, maxLabelWidth)
      self.orderingSweeps = max(0, orderingSweeps)
    }
  }

  /// An arrow head to draw.
  struct Arrow: Sendable {
    var x: Int
    var y: Int
    var glyph: String
    var edge: Int
  }

  /// A label placed beside an edge.
  struct PlacedLabel: Sendable {
    var x: Int
    var y: Int
    var text: String
    var edge: Int
  }

  /// The nodes, in input order (duplicates of an id dropped).
  public let nodes: [GraphNode]
  /// The edges, in input order.
  public let edges: [GraphEdge]
  /// Each node's box in layout coordinates, index-aligned with `nodes`.
  public let nodeRects: [Rect]
  /// Each node's layer (0 at the top), index-aligned with `nodes`.
  public let nodeLayers: [Int]
  /// Columns of the whole drawing.
  public let width: Int
  /// Rows of the whole drawing.
  public let height: Int
  /// Edge crossings left between adjacent layers after ordering.
  public let crossings: Int
  /// Indices of edges reversed to break cycles.
  public let reversedEdges: [Int]

  let grid: LineGrid
  /// For each edge, whether either end is a dimmed node (the edge is then drawn dimmed too).
  let edgeTouchesDimmedNode: [Bool]
  let arrows: [Arrow]
  let labels: [PlacedLabel]
  private let indexByID: [String: Int]

  /// Lays out `nodes` and `edges`; edges naming unknown nodes and self-loops are left out of the drawing.
  public init(nodes: [GraphNode], edges: [GraphEdge], options: Options = Options()) {
    var seen: [String: Int] = [:]
    var uniqueNodes: [GraphNode] = []
    for node in nodes where seen[node.id] == nil {
      seen[node.id] = uniqueNodes.count
      uniqueNodes.append(node)
    }
    self.nodes = uniqueNodes
    self.edges = edges
    self.indexByID = seen
    var builder = GraphLayoutBuilder(nodes: uniqueNodes, edges: edges, indexByID: seen, options: options)
    builder.run()
    nodeRects = builder.nodeRects
    nodeLayers = builder.nodeLayers
    width = builder.drawingWidth
    height = builder.grid.height
    crossings = builder.crossings
    reversedEdges = builder.reversedEdges
    grid = builder.grid
    edgeTouchesDimmedNode = edges.map { edge in
      [edge.from, edge.to].contains { id in seen[id].map { uniqueNodes[$0].flags.contains(.dimmed) } ?? false
      }
    }
    arrows = builder.arrows
    labels = builder.labels
  }

  /// The box of the node with `id`, in layout coordinates.
  public func rect(of id: String) -> Rect? {
    indexByID[id].map { nodeRects[$0] }
  }

  /// The node whose box contains the layout cell (`x`, `y`).
  public func node(atX x: Int, y: Int) -> GraphNode? {
    nodeRects.firstIndex { $0.contains(column: x, row: y) }.map { nodes[$0] }
  }

  /// Node ids layer by layer, each layer left to right.
  public var layerOrder: [[String]] {
    let count = (nodeLayers.max() ?? -1) + 1
    var result = [[(Int, String)]](repeating: [], count: count)
    for (index, layer) in nodeLayers.enumerated() {
      result[layer].append((nodeRects[index].x, nodes[index].id))
    }
    return result.map { $0.sorted { $0.0 < $1.0 }.map(\.1) }
  }
}

/// The model's running state inside one stage.
struct StageState {
  /// The stage's index in the graph.
  let stageIndex: Int
  var files = StageFiles()
  var workdir = "/"
  var layers: [LayerSize] = []
  /// Paths the latest instruction wrote when they are the whole of its layer, so a measured
  /// layer size can be given to them.
  var wholeLayerWrites: [String] = []

  init(stageIndex: Int) {
    self.stageIndex = stageIndex
  }

  /// Gives a measured layer's size to the one file the layer is known to consist of.
  mutating func refineLastWrites(with figure: ByteFigure, line: Int) {
    guard wholeLayerWrites.count == 1, let path = wholeLayerWrites.first,
      var entry = files.entries[path], !entry.isDirectory
    else { return }
    entry.figure = figure.withBasis("the whole measured layer of line \(line) (\(figure.basis))")
    files.write(path, entry)
  }
}

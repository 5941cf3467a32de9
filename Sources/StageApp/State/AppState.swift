import BaseImageCatalog
import StageAnalysis
import StageRender

/// Everything the explorer shows and remembers, as one value; `update` changes it, `AppView` draws it.
public struct AppState: Sendable {
  /// The file, its swaps and its graph.
  public var document: StageDocument
  /// Sizes of the edited file, when computed.
  public var sizes: SizeReport?
  /// The document revision `sizes` belongs to.
  public var sizesRevision: Int?
  /// Grows whenever `sizes` or `baseline` is replaced (engine answers re-size the same revision).
  public var sizesGeneration: Int
  /// Sizes of the file as read, for the before/after of swaps.
  public var baseline: SizeReport?
  /// Records the engine returned, by base reference.
  public var measured: MeasuredImages
  /// Engine look-ups not answered yet.
  public var pendingLookups: Set<String>
  /// Engine look-ups asked for in all.
  public var lookupsAsked: Int
  /// Engine look-ups that found the image.
  public var lookupsFound: Int
  /// Advances with `.tick` while work is pending.
  public var spinnerFrame: Int
  /// Terminal columns and rows.
  public var width: Int
  public var height: Int
  /// The pane with the keys.
  public var focus: Pane
  /// The stage shown in the layers and detail panes.
  public var selectedStage: Int
  /// The selected row of the layers pane.
  public var layerList: ListState
  /// How the layers pane is ordered.
  public var layerSort: LayerSort
  /// Rows of the detail pane scrolled away.
  public var detailScroll: Int
  /// The graph pane's scroll offset (layout cells).
  public var graphScrollX: Int
  public var graphScrollY: Int
  /// What is drawn over the panes.
  public var overlay: Overlay
  /// The filter text (empty: no filter).
  public var filter: String
  /// A message for the status line.
  public var note: StatusNote?
  /// The key bindings.
  public var keys: KeyTable
  /// The base-image catalog, for swap candidates and verdicts.
  public var catalog: BaseImageCatalog
  /// The laid-out graph.
  public var graphCache: GraphCache?
  /// The bytes last written by an export (nil: nothing written yet).
  public var lastWritten: [UInt8]?
  /// The path the export prompt offers.
  public var exportPath: String
  /// Whether the container engine is asked about images.
  public var engineEnabled: Bool
  /// Set when the app should end, with the exit status.
  public var exitCode: Int32?
  /// Layer rows and wrapped detail text kept between frames.
  let viewMemo = ViewMemo()

  /// The state for a file, before any size is known.
  public init(
    document: StageDocument, width: Int, height: Int, keys: KeyTable = .defaults,
    catalog: BaseImageCatalog = .bundled, exportPath: String? = nil
  ) {
    self.document = document
    sizes = nil
    sizesRevision = nil
    sizesGeneration = 0
    baseline = nil
    measured = .none
    pendingLookups = []
    lookupsAsked = 0
    lookupsFound = 0
    spinnerFrame = 0
    self.width = width
    self.height = height
    focus = .graph
    selectedStage = document.graph.targetIndex ?? max(0, document.graph.stages.count - 1)
    layerList = ListState(selected: 0)
    layerSort = .size
    detailScroll = 0
    graphScrollX = 0
    graphScrollY = 0
    overlay = .none
    filter = ""
    note = nil
    self.keys = keys
    self.catalog = catalog
    graphCache = nil
    lastWritten = nil
    self.exportPath = exportPath ?? document.fileName
    engineEnabled = false
    exitCode = nil
  }

  /// Whether there are edits no export has written.
  public var hasUnsavedEdits: Bool {
    guard document.isEdited else { return false }
    return lastWritten != document.editedBytes
  }

  /// Whether background work is pending (the status line then shows a spinner).
  public var isBusy: Bool {
    if !pendingLookups.isEmpty || sizesRevision != document.revision { return true }
    guard case .swapPicker(let picker) = overlay else { return false }
    return picker.typedWaiting != nil || !picker.pending.isEmpty
  }

  /// The sizes of the selected stage, when sizes for the current revision are known.
  public var selectedStageSizes: StageSizes? {
    guard let sizes, selectedStage < sizes.stages.count else { return nil }
    return sizes.stages[selectedStage]
  }

  /// The graph's node id of a stage.
  public static func nodeID(stage: Int) -> String { "stage:\(stage)" }

  /// The graph's node id of an external image.
  public static func nodeID(image: String) -> String { "image:\(image)" }
}

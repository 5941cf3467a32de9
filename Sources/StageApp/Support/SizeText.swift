import StageAnalysis
import StageRender

/// How sizes read on screen: decimal units as Docker prints them, and one mark per provenance.
public enum SizeText {
  /// `1.2 GB`, `45.6 MB`, `812 kB`, `37 B`; decimal units, as `docker images` shows them.
  public static func bytes(_ value: Int64) -> String {
    let magnitude = Double(abs(value))
    let sign = value < 0 ? "-" : ""
    let units: [(Double, String)] = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
    for (scale, unit) in units where magnitude >= scale {
      let scaled = magnitude / scale
      let text = scaled >= 100 ? String(Int(scaled.rounded())) : String(format1(scaled))
      return sign + text + " " + unit
    }
    return sign + String(Int(magnitude)) + " B"
  }

  /// A signed difference: `+12.0 MB`, `-800 MB`, `±0 B`.
  public static func delta(_ value: Int64) -> String {
    if value == 0 { return "±0 B" }
    return (value > 0 ? "+" : "") + bytes(value)
  }

  /// A figure as a number, or `?` when nothing is known about it.
  public static func figure(_ figure: ByteFigure) -> String {
    figure.isKnown ? bytes(figure.bytes) : "unknown"
  }

  /// A figure with its provenance mark (`136 MB ◆`), or `unknown` when nothing is known.
  public static func labelled(_ figure: ByteFigure) -> String {
    figure.isKnown ? bytes(figure.bytes) + " " + mark(figure.provenance) : "unknown"
  }

  /// The one-cell mark of a provenance: ● measured, ◆ catalog, ~ estimate, ? unknown.
  public static func mark(_ provenance: SizeProvenance) -> String {
    switch provenance {
    case .measured: "●"
    case .catalog: "◆"
    case .estimate: "~"
    case .unknown: "?"
    }
  }

  /// The theme role a provenance is drawn in.
  public static func role(_ provenance: SizeProvenance) -> ThemeRole {
    switch provenance {
    case .measured: .provenanceMeasured
    case .catalog: .provenanceCatalog
    case .estimate: .provenanceEstimate
    case .unknown: .provenanceUnknown
    }
  }

  private static func format1(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}

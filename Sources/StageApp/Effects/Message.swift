import StageAnalysis
import StageRender

/// Everything that can change the app's state: input, time, and the answers to effects.
public enum Message: Sendable {
  /// A key press.
  case key(KeyEvent)
  /// A mouse event.
  case mouse(MouseEvent)
  /// The terminal's new size.
  case resize(width: Int, height: Int)
  /// Time passed (animates the progress indicator while work is pending).
  case tick
  /// Size reports, by input key.
  case sized(SizePurpose, [String: SizeReport])
  /// The engine's answer about one image.
  case imageLookedUp(reference: String, lookup: ImageLookup)
  /// The export was written.
  case fileWritten(path: String)
  /// The export was not written; `exists` when the path is taken and overwriting was not allowed.
  case writeFailed(path: String, reason: String, exists: Bool)
}

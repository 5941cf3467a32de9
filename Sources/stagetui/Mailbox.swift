import Foundation
import StageApp

/// Messages posted from background work, collected by the run loop between frames.
final class Mailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [Message] = []

  /// Adds a message; safe from any thread.
  func post(_ message: Message) {
    lock.lock()
    messages.append(message)
    lock.unlock()
  }

  /// Takes every message posted so far, oldest first.
  func drain() -> [Message] {
    lock.lock()
    defer { lock.unlock() }
    let taken = messages
    messages.removeAll()
    return taken
  }
}

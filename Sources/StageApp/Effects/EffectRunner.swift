/// Does the effects `update` returns; the executable's runner does real I/O, tests use their own.
public protocol EffectRunner: AnyObject {
  /// Starts `effect`; answers arrive through `send`, now or later, from any thread.
  func run(_ effect: Effect, send: @escaping @Sendable (Message) -> Void)
}

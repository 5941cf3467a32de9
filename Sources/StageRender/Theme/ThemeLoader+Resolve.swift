extension ThemeLoader {
  /// The theme a user asked for: a built-in name (`"light"`), or a file path whose roles are
  /// laid over the built-in default, so a file need only name the roles it changes.
  public static func resolve(_ nameOrPath: String) throws(ThemeError) -> Theme {
    if BuiltinThemes.source(named: nameOrPath) != nil {
      return try BuiltinThemes.theme(named: nameOrPath)
    }
    let base = try BuiltinThemes.theme(named: BuiltinThemes.defaultName)
    return base.merging(try load(path: nameOrPath))
  }
}

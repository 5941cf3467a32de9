import StageRender

extension KeyTable {
  /// The built-in bindings: the keys dive and lazygit users' fingers know.
  public static let defaults = KeyTable(bindings: defaultRows.map { row in
    KeyBinding(
      context: row.0, action: row.1, keys: row.2.compactMap { try? KeyEvent(parsing: $0) }, summary: row.3)
  })

  private static let defaultRows: [(KeyContext, KeyAction, [String], String)] = [
    (.global, .quit, ["q", "ctrl+c"], "quit (asks when edits are unsaved)"),
    (.global, .help, ["?"], "show or hide this help"),
    (.global, .nextPane, ["tab"], "next pane"),
    (.global, .previousPane, ["shift+tab"], "previous pane"),
    (.global, .filter, ["/", "ctrl+f"], "filter stages and instructions"),
    (.global, .chooseTarget, ["t"], "choose the target stage"),
    (.global, .swap, ["s"], "swap the selected stage's base image"),
    (.global, .undo, ["u"], "undo the last swap"),
    (.global, .redo, ["ctrl+r"], "redo"),
    (.global, .export, ["e"], "show the diff and write the edited Dockerfile"),
    (.global, .cancel, ["esc"], "clear the filter"),
    (.graph, .up, ["up", "k"], "stage above"),
    (.graph, .down, ["down", "j"], "stage below"),
    (.graph, .left, ["left", "h"], "stage to the left"),
    (.graph, .right, ["right", "l"], "stage to the right"),
    (.graph, .select, ["enter"], "show the stage's layers"),
    (.layers, .up, ["up", "k"], "previous instruction"),
    (.layers, .down, ["down", "j"], "next instruction"),
    (.layers, .left, ["left", "h"], "previous stage"),
    (.layers, .right, ["right", "l"], "next stage"),
    (.layers, .pageUp, ["pgup"], "page up"),
    (.layers, .pageDown, ["pgdn"], "page down"),
    (.layers, .top, ["home", "g"], "first instruction"),
    (.layers, .bottom, ["end", "G"], "last instruction"),
    (.layers, .toggleSort, ["o"], "sort by size or by file order"),
    (.layers, .select, ["enter"], "show the instruction in the detail pane"),
    (.detail, .up, ["up", "k"], "scroll up"),
    (.detail, .down, ["down", "j"], "scroll down"),
    (.detail, .pageUp, ["pgup"], "page up"),
    (.detail, .pageDown, ["pgdn"], "page down"),
    (.picker, .up, ["up", "ctrl+p"], "previous choice"),
    (.picker, .down, ["down", "ctrl+n"], "next choice"),
    (.picker, .select, ["enter"], "apply the choice (or the reference typed)"),
    (.picker, .cancel, ["esc"], "close"),
    (.diff, .up, ["up", "k"], "scroll up"),
    (.diff, .down, ["down", "j"], "scroll down"),
    (.diff, .write, ["w", "enter"], "write the edited file (asks for a path)"),
    (.diff, .cancel, ["esc", "q"], "close"),
    (.prompt, .select, ["enter"], "accept"),
    (.prompt, .cancel, ["esc"], "cancel"),
    (.prompt, .confirm, ["y"], "yes (in questions)"),
    (.prompt, .deny, ["n"], "no (in questions)"),
    (.help, .cancel, ["esc", "?", "q"], "close the help"),
    (.help, .up, ["up", "k"], "scroll up"),
    (.help, .down, ["down", "j"], "scroll down"),
  ]
}

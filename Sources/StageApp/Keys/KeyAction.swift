/// Something a key can do; the raw value is the name used in config files.
public enum KeyAction: String, Hashable, Sendable, CaseIterable {
  case quit
  case help
  case nextPane = "next-pane"
  case previousPane = "previous-pane"
  case up, down, left, right
  case pageUp = "page-up"
  case pageDown = "page-down"
  case top, bottom
  case select
  case filter
  case chooseTarget = "choose-target"
  case swap
  case undo, redo
  case export
  case toggleSort = "toggle-sort"
  case cancel
  case confirm
  case write
  case deny
}

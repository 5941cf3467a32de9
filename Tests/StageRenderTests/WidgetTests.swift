import StageRender
import Testing

@Suite struct WidgetTests {
  @Test func blockWithTitle() {
    expectLines(
      rendered(Block(title: "Stages", isActive: true), width: 14, height: 4),
      [
        "┌ Stages ────┐",
        "│            │",
        "│            │",
        "└────────────┘",
      ])
  }

  @Test func blockTitleIsAbbreviatedAndRolesFollowFocus() {
    let theme = Theme(
      name: "t",
      styles: [
        .borderActive: Style(foreground: .ansi(.cyan)),
        .borderInactive: Style(foreground: .ansi(.brightBlack)),
      ])
    let active = rendered(Block(title: "A long title", isActive: true), width: 10, height: 3, theme: theme)
    expectLines(active, ["┌ A lon… ┐", "│        │", "└────────┘"])
    #expect(active[0, 0].style.foreground == .ansi(.cyan))
    let inactive = rendered(Block(title: nil, isActive: false), width: 3, height: 2, theme: theme)
    expectLines(inactive, ["┌─┐", "└─┘"])
    #expect(inactive[1, 1].style.foreground == .ansi(.brightBlack))
  }

  @Test func paragraphWrapsAtWords() {
    let paragraph = Paragraph(text: "COPY --from=build /app/bin /usr/local/bin\nEXPOSE 8080")
    expectLines(
      rendered(paragraph, width: 16, height: 5),
      [
        "COPY            ",
        "--from=build    ",
        "/app/bin        ",
        "/usr/local/bin  ",
        "EXPOSE 8080     ",
      ])
  }

  @Test func paragraphScrollsAndCutsWithoutWrapping() {
    let text = "one two three four five six seven"
    expectLines(
      rendered(Paragraph(text: text, scroll: 1), width: 10, height: 2), ["three four", "five six  "])
    expectLines(
      rendered(Paragraph(text: text + "\nlast", wraps: false), width: 10, height: 2),
      ["one two th", "last      "])
  }

  @Test func paragraphWrapsWideText() {
    expectLines(rendered(Paragraph(text: "基础镜像 大小"), width: 5, height: 3), ["基础 ", "镜像 ", "大小 "])
  }

  @Test func listKeepsSelectionVisible() {
    let items: [Line] = (1...10).map { Line("stage \($0)") }
    let list = SelectableList(items, state: ListState(selected: 7, offset: 0))
    expectLines(
      rendered(list, width: 12, height: 3),
      [
        "  stage 6   ",
        "  stage 7   ",
        "▶ stage 8   ",
      ])
    let upward = SelectableList(items, state: ListState(selected: 1, offset: 5))
    expectLines(rendered(upward, width: 12, height: 2), ["▶ stage 2   ", "  stage 3   "])
  }

  @Test func listSelectionUsesSelectionRole() {
    let theme = Theme(name: "t", styles: [.selection: Style(attributes: .reverse)])
    let buffer = rendered(
      SelectableList(["a", "b"], state: ListState(selected: 1)), width: 4, height: 2, theme: theme)
    #expect(buffer[3, 1].style.attributes.contains(.reverse))
    #expect(!buffer[3, 0].style.attributes.contains(.reverse))
  }

  @Test func listStateMovesAndClamps() {
    var state = ListState()
    state = state.moved(by: 1, count: 3)
    #expect(state.selected == 0)
    state = state.moved(by: 10, count: 3)
    #expect(state.selected == 2)
    #expect(state.scrolledToSelection(visibleRows: 2, count: 3).offset == 1)
    #expect(
      ListState(selected: 9, offset: 9).scrolledToSelection(visibleRows: 4, count: 5)
        == ListState(selected: 4, offset: 1))
  }

  @Test func tableAlignsColumns() {
    let table = Table(
      header: ["Instruction", "Size"],
      rows: [
        [Span("FROM debian:bookworm"), Span("74.8 MB", role: .sizeNumber)],
        [Span("RUN apt-get install"), Span("120 MB", role: .sizeNumber)],
        [Span("COPY . /src"), Span("3 kB", role: .sizeNumber)],
      ],
      widths: [.fill(1), .fixed(8)], state: ListState(selected: 2), rightAligned: [1])
    expectLines(
      rendered(table, width: 24, height: 3),
      [
        "Instruction         Size",
        "RUN apt-get in…   120 MB",
        "COPY . /src         3 kB",
      ])
  }

  @Test func barUsesEighthBlocks() {
    expectLines(rendered(Bar(value: 50, maximum: 100), width: 10, height: 1), ["█████     "])
    expectLines(rendered(Bar(value: 1, maximum: 3), width: 4, height: 1), ["█▍  "])
    expectLines(rendered(Bar(value: 7, maximum: 8), width: 1, height: 2), ["▉", "▉"])
    expectLines(rendered(Bar(value: 5, maximum: 0), width: 3, height: 1), ["   "])
    expectLines(rendered(Bar(value: 500, maximum: 10), width: 3, height: 1), ["███"])
  }

  @Test func statusLineShowsMessageAndHints() {
    let status = StatusLine(
      message: Line("3 stages"),
      hints: [KeyHint(key: "q", action: "quit"), KeyHint(key: "?", action: "help")])
    expectLines(rendered(status, width: 30, height: 1), [" 3 stages      q quit  ? help "])
    let theme = Theme(
      name: "t", styles: [.helpKey: Style(attributes: .bold), .status: Style(background: .indexed(236))])
    let buffer = rendered(status, width: 30, height: 1, theme: theme)
    #expect(buffer[15, 0].style == Style(background: .indexed(236), attributes: .bold))
    #expect(buffer[0, 0].style == Style(background: .indexed(236)))
  }

  @Test func popupIsCentredOverContent() {
    var buffer = CellBuffer(lines: [
      "abcdefghijkl", "abcdefghijkl", "abcdefghijkl", "abcdefghijkl", "abcdefghijkl",
    ])
    let popup = Popup(title: "Help", content: Paragraph(text: "q quit"), width: 10, height: 3)
    popup.render(in: buffer.area, into: &buffer, theme: .monochrome)
    expectLines(
      buffer,
      [
        "abcdefghijkl",
        "a┌ Help ──┐l",
        "a│ q quit │l",
        "a└────────┘l",
        "abcdefghijkl",
      ])
  }

  @Test func textInputScrollsToCursor() {
    var state = TextInputState(text: "hello")
    let handledLeft = state.handle(KeyEvent(.left))
    let handledX = state.handle(KeyEvent(.character("X")))
    #expect(handledLeft && handledX)
    #expect(state.text == "hellXo")
    let input = TextInput(state: state, prompt: "/")
    expectLines(rendered(input, width: 10, height: 1), ["/hellXo   "])
    #expect(input.cursorPosition(in: Rect(x: 0, y: 0, width: 10, height: 1)) == (6, 0) ? true : false)
    let narrow = rendered(input, width: 5, height: 1)
    expectLines(narrow, ["/llXo"])
    let theme = Theme(name: "t", styles: [.cursor: Style(attributes: .reverse)])
    #expect(rendered(input, width: 10, height: 1, theme: theme)[6, 0].style.attributes.contains(.reverse))
  }

  @Test func textInputEditing() {
    var state = TextInputState(text: "abc")
    _ = state.handle(KeyEvent(.home))
    _ = state.handle(KeyEvent(.delete))
    _ = state.handle(KeyEvent(.end))
    _ = state.handle(KeyEvent(.backspace))
    #expect(state.text == "b")
    let handledCtrlC = state.handle(KeyEvent(.character("c"), modifiers: .ctrl))
    #expect(!handledCtrlC)
    _ = state.handle(KeyEvent(.character("u"), modifiers: .ctrl))
    #expect(state.text == "" && state.cursor == 0)
  }

  @Test func textInputPlaceholder() {
    let input = TextInput(state: TextInputState(), prompt: "> ", placeholder: "filter")
    expectLines(rendered(input, width: 10, height: 1), ["> filter  "])
  }
}

#!/usr/bin/env python3
"""Render the ANSI text of `tmux capture-pane -p -e` as a PNG, the way a terminal shows it.

Usage: render-ansi.py INPUT.ansi OUTPUT.png [--columns N] [--rows N] [--light]

Handles the SGR codes tmux emits: 16 colours, 256 colours, 24-bit colours, bold, dim,
italic, underline and reverse. Cells are drawn on a fixed grid with DejaVu Sans Mono
(Debian's fonts-dejavu-core); wide characters take two cells.
"""
import argparse
import re
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIZE = 15

# xterm's default 16 colours.
BASE16 = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
]


def palette(index):
    if index < 16:
        return BASE16[index]
    if index < 232:
        index -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[index // 36], steps[(index // 6) % 6], steps[index % 6])
    grey = 8 + (index - 232) * 10
    return (grey, grey, grey)


class Pen:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code == 0:
                self.reset()
            elif code == 1:
                self.bold = True
            elif code == 2:
                self.dim = True
            elif code == 3:
                self.italic = True
            elif code == 4:
                self.underline = True
            elif code == 7:
                self.reverse = True
            elif code == 22:
                self.bold = self.dim = False
            elif code == 23:
                self.italic = False
            elif code == 24:
                self.underline = False
            elif code == 27:
                self.reverse = False
            elif 30 <= code <= 37:
                self.fg = palette(code - 30)
            elif 90 <= code <= 97:
                self.fg = palette(code - 90 + 8)
            elif 40 <= code <= 47:
                self.bg = palette(code - 40)
            elif 100 <= code <= 107:
                self.bg = palette(code - 100 + 8)
            elif code == 39:
                self.fg = None
            elif code == 49:
                self.bg = None
            elif code in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    color = palette(codes[i + 2])
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    color = tuple(codes[i + 2:i + 5])
                    i += 4
                else:
                    color = None
                if code == 38:
                    self.fg = color
                else:
                    self.bg = color
            i += 1

    def snapshot(self):
        return (self.fg, self.bg, self.bold, self.dim, self.italic, self.underline, self.reverse)


def width_of(char):
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def parse(text, columns, rows):
    grid = [[(" ", Pen().snapshot()) for _ in range(columns)] for _ in range(rows)]
    pen = Pen()
    for y, line in enumerate(text.split("\n")[:rows]):
        x = 0
        for token in re.split(r"(\x1b\[[0-9;]*[A-Za-z])", line):
            if token.startswith("\x1b["):
                if token.endswith("m"):
                    pen.apply(token[2:-1])
                continue
            for char in token:
                w = width_of(char)
                if w == 0 or x >= columns:
                    continue
                grid[y][x] = (char, pen.snapshot())
                if w == 2 and x + 1 < columns:
                    grid[y][x + 1] = ("", pen.snapshot())
                x += w
    return grid


def render(grid, output, light):
    default_fg = (40, 40, 40) if light else (208, 208, 208)
    default_bg = (250, 250, 250) if light else (28, 28, 28)
    fonts = {
        (False, False): ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", SIZE),
        (True, False): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", SIZE),
        (False, True): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Oblique.ttf", SIZE),
        (True, True): ImageFont.truetype(FONT_DIR + "DejaVuSansMono-BoldOblique.ttf", SIZE),
    }
    left, top, right, bottom = fonts[(False, False)].getbbox("M")
    cell_w = int(fonts[(False, False)].getlength("M") + 0.5)
    cell_h = int(SIZE * 1.3)
    pad = 12
    rows, columns = len(grid), len(grid[0])
    image = Image.new("RGB", (columns * cell_w + 2 * pad, rows * cell_h + 2 * pad), default_bg)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(grid):
        for x, (char, style) in enumerate(row):
            fg, bg, bold, dim, italic, underline, reverse = style
            fg = fg or default_fg
            bg = bg or default_bg
            if reverse:
                fg, bg = bg, fg
            if dim:
                fg = tuple((f + b) // 2 for f, b in zip(fg, bg))
            px, py = pad + x * cell_w, pad + y * cell_h
            span = 2 if (x + 1 < columns and row[x + 1][0] == "") else 1
            if bg != default_bg:
                draw.rectangle([px, py, px + cell_w * span - 1, py + cell_h - 1], fill=bg)
            if char and char != " ":
                if char in "─│┌┐└┘├┤┬┴┼━┃┏┓┗┛┣┫┳┻╋┷┯┿╌╎┄┆┈┊╴╵╶╷":
                    draw_box(draw, char, px, py, cell_w, cell_h, fg, fonts, bold, italic)
                else:
                    draw.text((px, py + (cell_h - SIZE) // 2 - 1), char, font=fonts[(bold, italic)], fill=fg)
            if underline:
                draw.line([px, py + cell_h - 2, px + cell_w * span - 1, py + cell_h - 2], fill=fg)
    image.save(output)


def draw_box(draw, char, px, py, w, h, fg, fonts, bold, italic):
    """Box-drawing characters join across cells when drawn as lines rather than glyphs."""
    cx, cy = px + w // 2, py + h // 2
    heavy = char in "━┃┏┓┗┛┣┫┳┻╋┷┯┿"
    width = 2 if heavy else 1
    dashed = char in "╌╎┄┆┈┊"
    lines = {
        "─": "lr", "━": "lr", "╌": "lr", "┄": "lr", "│": "ud", "┃": "ud", "╎": "ud", "┆": "ud",
        "┌": "rd", "┏": "rd", "┐": "ld", "┓": "ld", "└": "ru", "┗": "ru", "┘": "lu", "┛": "lu",
        "├": "udr", "┣": "udr", "┤": "udl", "┫": "udl", "┬": "lrd", "┳": "lrd", "┴": "lru", "┻": "lru",
        "┼": "lrud", "╋": "lrud", "┷": "lru", "┯": "lrd", "┿": "lrud", "┈": "lr", "┊": "ud", "╴": "l", "╵": "u", "╶": "r", "╷": "d",
    }.get(char)
    if lines is None:
        draw.text((px, py + (h - SIZE) // 2 - 1), char, font=fonts[(bold, italic)], fill=fg)
        return
    ends = {"l": (px, cy), "r": (px + w, cy), "u": (cx, py), "d": (cx, py + h)}
    for direction in lines:
        ex, ey = ends[direction]
        if dashed:
            steps = 6 if char in "┈┊" else 4
            for k in range(0, steps, 2):
                x0 = cx + (ex - cx) * k / steps
                y0 = cy + (ey - cy) * k / steps
                x1 = cx + (ex - cx) * (k + 1) / steps
                y1 = cy + (ey - cy) * (k + 1) / steps
                draw.line([x0, y0, x1, y1], fill=fg, width=width)
        else:
            # A filled rectangle, not a wide line: PIL offsets the extra pixel of a 2-pixel line by the
            # direction it is drawn in, so the halves of a heavy line would not meet in the middle.
            x0, x1 = sorted((cx, ex))
            y0, y1 = sorted((cy, ey))
            if y0 == y1:
                draw.rectangle([x0, y0 - width // 2, x1, y0 + (width - 1) // 2], fill=fg)
            else:
                draw.rectangle([x0 - width // 2, y0, x0 + (width - 1) // 2, y1], fill=fg)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--rows", type=int, default=36)
    parser.add_argument("--light", action="store_true")
    args = parser.parse_args()
    with open(args.input, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    render(parse(text, args.columns, args.rows), args.output, args.light)


if __name__ == "__main__":
    main()

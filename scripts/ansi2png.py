#!/usr/bin/env python3
"""Render a terminal capture with ANSI SGR escapes (e.g. `tmux capture-pane -p -e`)
to a PNG image, cell by cell.

Usage: scripts/ansi2png.py IN.txt OUT.png [--cols N] [--rows N] [--font-size PX]
       scripts/ansi2png.py --check     (only check that Pillow and the fonts are there)

Handles SGR reset, bold, dim, italic, underline, strikethrough, reverse, the 16
named colours, 256-colour indices, truecolor (`;` or `:` separated) and the
default foreground/background.  Other escape sequences are skipped.

Latin text is drawn with DejaVu Sans Mono; wide characters (East Asian width W
or F, e.g. Hangul) take two cells and are drawn with a CJK font (Nanum or Noto
CJK).  Box-drawing and block characters are drawn as shapes so that borders
join up without gaps.

Needs Pillow (`python3 -m pip install pillow`) and, for Hangul, a CJK font
(Debian: `apt-get install fonts-nanum` or `fonts-noto-cjk`).
"""

import argparse
import os
import re
import sys
import unicodedata

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:
    sys.exit(
        "ansi2png.py: Pillow is not installed.\n"
        "  install it with:  python3 -m pip install pillow\n"
        "  (or on Debian/Ubuntu:  apt-get install python3-pil)"
    )

# ---------------------------------------------------------------- colours

DEFAULT_BG = (0x1E, 0x1E, 0x1E)
DEFAULT_FG = (0xD4, 0xD4, 0xD4)

# The 16 named colours (VS Code's dark terminal theme).
PALETTE16 = [
    (0x00, 0x00, 0x00), (0xCD, 0x31, 0x31), (0x0D, 0xBC, 0x79), (0xE5, 0xE5, 0x10),
    (0x24, 0x72, 0xC8), (0xBC, 0x3F, 0xBC), (0x11, 0xA8, 0xCD), (0xE5, 0xE5, 0xE5),
    (0x66, 0x66, 0x66), (0xF1, 0x4C, 0x4C), (0x23, 0xD1, 0x8B), (0xF5, 0xF5, 0x43),
    (0x3B, 0x8E, 0xEA), (0xD6, 0x70, 0xD6), (0x29, 0xB8, 0xDB), (0xFF, 0xFF, 0xFF),
]


def xterm256(n):
    if n < 16:
        return PALETTE16[n]
    if n < 232:
        n -= 16
        levels = (0, 95, 135, 175, 215, 255)
        return (levels[n // 36], levels[(n // 6) % 6], levels[n % 6])
    v = 8 + 10 * (n - 232)
    return (v, v, v)


def blend(a, b, t):
    return tuple(int(round(x * (1 - t) + y * t)) for x, y in zip(a, b))


# ---------------------------------------------------------------- fonts

LATIN_DIR = "/usr/share/fonts/truetype/dejavu"
LATIN_FILES = {
    (False, False): "DejaVuSansMono.ttf",
    (True, False): "DejaVuSansMono-Bold.ttf",
    (False, True): "DejaVuSansMono-Oblique.ttf",
    (True, True): "DejaVuSansMono-BoldOblique.ttf",
}

# (regular, bold) candidates for Hangul / CJK, first found wins.
CJK_CANDIDATES = [
    ("/usr/share/fonts/truetype/nanum/NanumGothicCoding.ttf",
     "/usr/share/fonts/truetype/nanum/NanumGothicCodingBold.ttf"),
    ("/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
     "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
     "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    ("/usr/share/fonts/opentype/noto/NotoSansMonoCJK-Regular.ttc",
     "/usr/share/fonts/opentype/noto/NotoSansMonoCJK-Bold.ttc"),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
     "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc"),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
     "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc"),
    ("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
     "/usr/share/fonts/truetype/unfonts-core/UnDotumBold.ttf"),
    ("/usr/share/fonts/truetype/baekmuk/gulim.ttf", None),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", None),
    ("/System/Library/Fonts/AppleSDGothicNeo.ttc", None),
]


def die(msg):
    sys.exit("ansi2png.py: " + msg)


class Fonts:
    def __init__(self, size):
        self.size = size
        self.latin = {}
        for key, name in LATIN_FILES.items():
            path = os.path.join(LATIN_DIR, name)
            if not os.path.exists(path):
                if key == (False, False):
                    die(
                        f"DejaVu Sans Mono not found at {path}.\n"
                        "  install it with:  apt-get install fonts-dejavu-core"
                    )
                path = os.path.join(LATIN_DIR, LATIN_FILES[(False, False)])
            self.latin[key] = ImageFont.truetype(path, size)

        # every CJK face found, in order of preference; the first one that has a
        # glyph draws it (Nanum has Hangul but no Hanzi, Noto CJK has both)
        self.cjk_chain = []
        csize = int(round(size * 1.1))  # ~1 em wide glyphs in 2 cells (~1.2 em)
        for regular, bold in CJK_CANDIDATES:
            if os.path.exists(regular):
                reg = ImageFont.truetype(regular, csize)
                bld = ImageFont.truetype(bold, csize) if bold and os.path.exists(bold) else reg
                self.cjk_chain.append({False: reg, True: bld})
        if not self.cjk_chain:
            die(
                "no Hangul-capable (CJK) font found. Looked for:\n    "
                + "\n    ".join(r for r, _ in CJK_CANDIDATES)
                + "\n  install one with:  apt-get update && apt-get install -y fonts-nanum"
                "\n  (or fonts-noto-cjk); `fc-list :lang=ko` lists what is installed"
            )
        self.cjk = self.cjk_chain[0]
        self.cjk_path = next(r for r, _ in CJK_CANDIDATES if os.path.exists(r))

        reg = self.latin[(False, False)]
        self.cell_w = int(round(reg.getlength("M")))
        ascent, descent = reg.getmetrics()
        self.ascent = ascent
        self.cell_h = ascent + descent + max(1, size // 8)
        self.baseline = ascent + max(1, size // 16)
        self._missing = {}
        self._have = {}

    def _has_glyph(self, font, ch):
        key = (id(font), ch)
        if key not in self._have:
            if id(font) not in self._missing:
                # What the font draws for a code point it has no glyph for.
                self._missing[id(font)] = bytes(font.getmask("\U0010FFFD"))
            mask = bytes(font.getmask(ch))
            self._have[key] = mask != self._missing[id(font)]
        return self._have[key]

    def pick(self, ch, bold, italic, wide):
        latin = self.latin[(bold, italic)]
        if not wide and self._has_glyph(latin, ch):
            return latin
        for faces in self.cjk_chain:
            if self._has_glyph(faces[bold], ch):
                return faces[bold]
        return latin


# ---------------------------------------------------------------- parsing


class Style:
    __slots__ = ("fg", "bg", "bold", "dim", "italic", "underline", "strike", "reverse")

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None  # None = default, else (r, g, b)
        self.bg = None
        self.bold = self.dim = self.italic = False
        self.underline = self.strike = self.reverse = False

    def copy(self):
        s = Style.__new__(Style)
        for k in Style.__slots__:
            setattr(s, k, getattr(self, k))
        return s


def _extended_colour(params, i):
    """Parse 38/48 colour arguments starting at params[i] (the 38/48 itself).
    Each element of params is a list of ':' sub-parameters.  Returns (colour, next_i)."""
    sub = params[i]
    if len(sub) > 1:  # colon form: 38:5:n, 38:2::r:g:b or 38:2:r:g:b
        mode = sub[1]
        if mode == 5 and len(sub) >= 3:
            return xterm256(sub[2] & 0xFF), i + 1
        if mode == 2:
            rgb = sub[2:]
            if len(rgb) >= 4:  # colour-space id present
                rgb = rgb[1:4]
            if len(rgb) >= 3:
                return tuple(max(0, min(255, v)) for v in rgb[:3]), i + 1
        return None, i + 1
    # semicolon form
    if i + 1 < len(params):
        mode = params[i + 1][0]
        if mode == 5 and i + 2 < len(params):
            return xterm256(params[i + 2][0] & 0xFF), i + 3
        if mode == 2 and i + 4 < len(params):
            rgb = tuple(max(0, min(255, params[i + k][0])) for k in (2, 3, 4))
            return rgb, i + 5
    return None, len(params)


def apply_sgr(style, text):
    if text == "":
        style.reset()
        return
    params = []
    for p in text.split(";"):
        params.append([int(x) if x.isdigit() else 0 for x in p.split(":")] if p else [0])
    i = 0
    while i < len(params):
        sub = params[i]
        n = sub[0]
        if n == 0:
            style.reset()
        elif n == 1:
            style.bold = True
        elif n == 2:
            style.dim = True
        elif n == 3:
            style.italic = True
        elif n == 4:
            style.underline = not (len(sub) > 1 and sub[1] == 0)
        elif n == 21:
            style.underline = True
        elif n == 7:
            style.reverse = True
        elif n == 9:
            style.strike = True
        elif n == 22:
            style.bold = style.dim = False
        elif n == 23:
            style.italic = False
        elif n == 24:
            style.underline = False
        elif n == 27:
            style.reverse = False
        elif n == 29:
            style.strike = False
        elif 30 <= n <= 37:
            style.fg = PALETTE16[n - 30]
        elif 40 <= n <= 47:
            style.bg = PALETTE16[n - 40]
        elif 90 <= n <= 97:
            style.fg = PALETTE16[n - 90 + 8]
        elif 100 <= n <= 107:
            style.bg = PALETTE16[n - 100 + 8]
        elif n == 39:
            style.fg = None
        elif n == 49:
            style.bg = None
        elif n in (38, 48, 58):
            colour, i = _extended_colour(params, i)
            if n == 38:
                style.fg = colour
            elif n == 48:
                style.bg = colour
            continue
        i += 1


ESC_RE = re.compile(
    r"\x1b(?:\[([0-9;:?<=>]*)([ -/]*[@-~])"  # CSI
    r"|\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|[PX^_][^\x1b]*\x1b\\"  # DCS/SOS/PM/APC
    r"|[@-Z\\-_]|[ -/]+[0-~])"  # other
)


def char_width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def parse(text):
    """Return a list of rows; each row is a list of cells (ch, style, width),
    where a wide char's second cell is (None, style, 0)."""
    style = Style()
    rows = []
    for line in text.split("\n"):
        row = []
        pos = 0
        for m in ESC_RE.finditer(line):
            _emit(row, line[pos:m.start()], style)
            pos = m.end()
            if m.group(2) == "m" and m.group(1) is not None and "?" not in m.group(1):
                apply_sgr(style, m.group(1))
        _emit(row, line[pos:], style)
        rows.append(row)
    if rows and not rows[-1]:
        rows.pop()  # trailing newline
    return rows


def _emit(row, text, style):
    for ch in text:
        if ch == "\r":
            continue
        if ch == "\t":
            for _ in range(8 - len(row) % 8):
                row.append([" ", style.copy(), 1])
            continue
        if ord(ch) < 0x20 or ord(ch) == 0x7F:
            continue
        w = char_width(ch)
        if w == 0:
            if row:
                row[-1 if row[-1][0] is not None else -2][0] += ch
            continue
        row.append([ch, style.copy(), w])
        if w == 2:
            row.append([None, style.copy(), 0])


# ---------------------------------------------------------------- box drawing

# char -> (up, right, down, left); 1 light, 2 heavy, 3 double
BOX = {}


def _box(chars, spec):
    for ch, s in zip(chars, spec):
        BOX[ch] = s


_box("─━│┃", [(0, 1, 0, 1), (0, 2, 0, 2), (1, 0, 1, 0), (2, 0, 2, 0)])
_box("┌┍┎┏", [(0, 1, 1, 0), (0, 2, 1, 0), (0, 1, 2, 0), (0, 2, 2, 0)])
_box("┐┑┒┓", [(0, 0, 1, 1), (0, 0, 1, 2), (0, 0, 2, 1), (0, 0, 2, 2)])
_box("└┕┖┗", [(1, 1, 0, 0), (1, 2, 0, 0), (2, 1, 0, 0), (2, 2, 0, 0)])
_box("┘┙┚┛", [(1, 0, 0, 1), (1, 0, 0, 2), (2, 0, 0, 1), (2, 0, 0, 2)])
_box("├┝┠┣", [(1, 1, 1, 0), (1, 2, 1, 0), (2, 1, 2, 0), (2, 2, 2, 0)])
_box("┤┥┨┫", [(1, 0, 1, 1), (1, 0, 1, 2), (2, 0, 2, 1), (2, 0, 2, 2)])
_box("┬┯┰┳", [(0, 1, 1, 1), (0, 2, 1, 2), (0, 1, 2, 1), (0, 2, 2, 2)])
_box("┴┷┸┻", [(1, 1, 0, 1), (1, 2, 0, 2), (2, 1, 0, 1), (2, 2, 0, 2)])
_box("┼┿╂╋", [(1, 1, 1, 1), (1, 2, 1, 2), (2, 1, 2, 1), (2, 2, 2, 2)])
_box("═║╔╗╚╝╠╣╦╩╬", [
    (0, 3, 0, 3), (3, 0, 3, 0), (0, 3, 3, 0), (0, 0, 3, 3), (3, 3, 0, 0), (3, 0, 0, 3),
    (3, 3, 3, 0), (3, 0, 3, 3), (0, 3, 3, 3), (3, 3, 0, 3), (3, 3, 3, 3),
])
_box("╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫", [
    (0, 3, 1, 0), (0, 1, 3, 0), (0, 0, 1, 3), (0, 0, 3, 1), (1, 3, 0, 0), (3, 1, 0, 0),
    (1, 0, 0, 3), (3, 0, 0, 1), (1, 3, 1, 0), (3, 1, 3, 0), (1, 0, 1, 3), (3, 0, 3, 1),
    (0, 3, 1, 3), (0, 1, 3, 1), (1, 3, 0, 3), (3, 1, 0, 1), (1, 3, 1, 3), (3, 1, 3, 1),
])
_box("╴╵╶╷╸╹╺╻", [
    (0, 0, 0, 1), (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0),
    (0, 0, 0, 2), (2, 0, 0, 0), (0, 2, 0, 0), (0, 0, 2, 0),
])
ROUND = {"╭": (0, 1, 1, 0), "╮": (0, 0, 1, 1), "╯": (1, 0, 0, 1), "╰": (1, 1, 0, 0)}
DASHED = {"┄": 0, "┅": 0, "┈": 0, "┉": 0, "╌": 0, "╍": 0, "┆": 1, "┇": 1, "┊": 1, "┋": 1, "╎": 1, "╏": 1}


def draw_box(d, x0, y0, cw, chh, spec, colour, lw):
    """Draw a box-drawing char from its four arms (up, right, down, left),
    each 0 none, 1 light, 2 heavy, 3 double, so that neighbours join exactly."""
    up, right, down, left = spec
    cx = x0 + cw // 2
    cy = y0 + chh // 2
    g = max(2, min(cw, chh) // 5)  # half the distance between the lines of a double

    def stroke(kind):
        return max(2, lw * 2) if kind == 2 else lw

    def offsets(kind):
        return (-g, g) if kind == 3 else (0,)

    def cover(w, side):
        # a line of width w centred on c spans [c - w//2, c - w//2 + w - 1]; an arm
        # coming from the negative side (left/up) must reach its far edge, one
        # from the positive side its near edge
        return w - w // 2 - 1 if side < 0 else w // 2

    def reach(o, neg, pos, side):
        """How far past the centre a line at offset o of an arm on `side` goes,
        given the perpendicular arms on the negative (up/left) and positive side."""
        if not (neg or pos):
            return 0
        if o == 0:
            if 3 in (neg, pos):
                target = -g if (neg and pos) else g
                return target + cover(lw, side)
            return cover(max(stroke(neg) if neg else 0, stroke(pos) if pos else 0), side)
        same, opp = (neg, pos) if o < 0 else (pos, neg)
        if same:
            return (-g if same == 3 else 0) + cover(stroke(same), side)
        return (g if opp == 3 else 0) + cover(stroke(opp), side)

    def rect(xa, ya, xb, yb):
        if xb >= xa and yb >= ya:
            d.rectangle([xa, ya, xb, yb], fill=colour)

    for kind, side in ((left, -1), (right, 1)):
        if not kind:
            continue
        w = stroke(kind)
        for o in offsets(kind):
            e = reach(o, up, down, side)
            ya = cy + o - w // 2
            if side < 0:
                rect(x0, ya, cx + e, ya + w - 1)
            else:
                rect(cx - e, ya, x0 + cw - 1, ya + w - 1)
    for kind, side in ((up, -1), (down, 1)):
        if not kind:
            continue
        w = stroke(kind)
        for o in offsets(kind):
            e = reach(o, left, right, side)
            xa = cx + o - w // 2
            if side < 0:
                rect(xa, y0, xa + w - 1, cy + e)
            else:
                rect(xa, cy - e, xa + w - 1, y0 + chh - 1)


BLOCKS = {
    "█": (0, 0, 8, 8), "▀": (0, 0, 8, 4), "▄": (0, 4, 8, 8), "▌": (0, 0, 4, 8), "▐": (4, 0, 8, 8),
    "▁": (0, 7, 8, 8), "▂": (0, 6, 8, 8), "▃": (0, 5, 8, 8), "▅": (0, 3, 8, 8), "▆": (0, 2, 8, 8),
    "▇": (0, 1, 8, 8), "▉": (0, 0, 7, 8), "▊": (0, 0, 6, 8), "▋": (0, 0, 5, 8), "▍": (0, 0, 3, 8),
    "▎": (0, 0, 2, 8), "▏": (0, 0, 1, 8), "▔": (0, 0, 8, 1), "▕": (7, 0, 8, 8),
}
SHADES = {"░": 0.25, "▒": 0.5, "▓": 0.75}


# ---------------------------------------------------------------- rendering


def render(rows, cols, nrows, fonts, padding):
    cw, chh = fonts.cell_w, fonts.cell_h
    width = cols * cw + 2 * padding
    height = nrows * chh + 2 * padding
    img = Image.new("RGB", (width, height), DEFAULT_BG)
    d = ImageDraw.Draw(img)
    lw = max(1, int(round(fonts.size / 14)))

    def colours(st):
        fg = st.fg or DEFAULT_FG
        bg = st.bg or DEFAULT_BG
        if st.reverse:
            fg, bg = (st.bg or DEFAULT_BG), (st.fg or DEFAULT_FG)
        if st.dim:
            fg = blend(fg, bg, 0.45)
        return fg, bg

    # backgrounds first, so glyphs that overhang their cell are not clipped by the next cell
    for r, row in enumerate(rows[:nrows]):
        y = padding + r * chh
        for c, (ch, st, w) in enumerate(row[:cols]):
            fg, bg = colours(st)
            if bg != DEFAULT_BG:
                x = padding + c * cw
                d.rectangle([x, y, x + cw - 1, y + chh - 1], fill=bg)

    for r, row in enumerate(rows[:nrows]):
        y = padding + r * chh
        for c, (ch, st, w) in enumerate(row[:cols]):
            if ch is None:
                continue
            fg, bg = colours(st)
            x = padding + c * cw
            base = ch[0]
            if base in BOX:
                draw_box(d, x, y, cw, chh, BOX[base], fg, lw)
            elif base in ROUND:
                draw_round(d, x, y, cw, chh, ROUND[base], fg, lw)
            elif base in DASHED:
                draw_dashed(d, x, y, cw, chh, DASHED[base], fg, lw)
            elif base in BLOCKS:
                a, b, e, f = BLOCKS[base]
                d.rectangle([x + a * cw // 8, y + b * chh // 8,
                             x + e * cw // 8 - 1, y + f * chh // 8 - 1], fill=fg)
            elif base in SHADES:
                d.rectangle([x, y, x + cw - 1, y + chh - 1], fill=blend(bg, fg, SHADES[base]))
            elif ch != " ":
                font = fonts.pick(base, st.bold, st.italic, w == 2)
                if w == 2:
                    gw = font.getlength(ch)
                    gx = x + (2 * cw - gw) / 2
                else:
                    gx = x
                d.text((gx, y + fonts.baseline), ch, font=font, fill=fg, anchor="ls")
                if st.bold and any(f[False] is font and f[True] is font for f in fonts.cjk_chain):
                    # no bold CJK face: fake it by drawing twice, one pixel apart
                    d.text((gx + 1, y + fonts.baseline), ch, font=font, fill=fg, anchor="ls")
            if st.underline:
                uy = y + fonts.baseline + max(1, fonts.size // 10)
                d.rectangle([x, uy, x + w * cw - 1, uy + lw - 1], fill=fg)
            if st.strike:
                sy = y + fonts.baseline - fonts.ascent // 3
                d.rectangle([x, sy, x + w * cw - 1, sy + lw - 1], fill=fg)
    return img


def draw_round(d, x0, y0, cw, chh, spec, colour, lw):
    up, right, down, left = spec
    cx = x0 + cw // 2
    cy = y0 + chh // 2
    r = max(2, min(cw, chh) // 2 - 1)
    t = lw // 2

    def rect(xa, ya, xb, yb):
        if xb >= xa and yb >= ya:
            d.rectangle([xa, ya, xb, yb], fill=colour)

    # straight parts from the cell edges to where the arc starts
    if left:
        rect(x0, cy - t, cx - r, cy - t + lw - 1)
    if right:
        rect(cx + r, cy - t, x0 + cw - 1, cy - t + lw - 1)
    if up:
        rect(cx - t, y0, cx - t + lw - 1, cy - r)
    if down:
        rect(cx - t, cy + r, cx - t + lw - 1, y0 + chh - 1)
    # quarter circle centred on the inner corner
    ox = cx + (r if right else -r)
    oy = cy + (r if down else -r)
    start = {(True, True): 180, (True, False): 90, (False, False): 0, (False, True): 270}[(bool(right), bool(down))]
    d.arc([ox - r - t, oy - r - t, ox + r - t + lw - 1, oy + r - t + lw - 1],
          start, start + 90, fill=colour, width=lw)


def draw_dashed(d, x0, y0, cw, chh, vertical, colour, lw):
    cx = x0 + cw // 2
    cy = y0 + chh // 2
    if vertical:
        step = max(2, chh // 4)
        for yy in range(y0, y0 + chh, step):
            d.rectangle([cx - lw // 2, yy, cx - lw // 2 + lw - 1, yy + step // 2 - 1], fill=colour)
    else:
        step = max(2, cw // 2)
        for xx in range(x0, x0 + cw, step):
            d.rectangle([xx, cy - lw // 2, xx + step // 2 - 1, cy - lw // 2 + lw - 1], fill=colour)


def main():
    ap = argparse.ArgumentParser(description="Render ANSI terminal text (SGR colours) to a PNG.")
    if len(sys.argv) == 2 and sys.argv[1] == "--check":
        # used by screenshot.sh to fail before building: Pillow imported above, fonts here
        fonts = Fonts(16)
        print(f"ansi2png.py: ok (Pillow, DejaVu Sans Mono, {fonts.cjk_path})")
        return
    ap.add_argument("input", help="text with ANSI escapes, e.g. from `tmux capture-pane -p -e` ('-' = stdin)")
    ap.add_argument("output", help="PNG file to write")
    ap.add_argument("--cols", type=int, help="grid width in cells (default: widest line)")
    ap.add_argument("--rows", type=int, help="grid height in cells (default: number of lines)")
    ap.add_argument("--font-size", type=int, default=16, help="font size in pixels (default 16)")
    ap.add_argument("--padding", type=int, default=14, help="margin around the grid in pixels (default 14)")
    args = ap.parse_args()

    if args.input == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        with open(args.input, "rb") as f:
            text = f.read().decode("utf-8", errors="replace")

    rows = parse(text)
    cols = args.cols or max((len(r) for r in rows), default=1)
    nrows = args.rows or max(1, len(rows))
    fonts = Fonts(args.font_size)
    img = render(rows, cols, nrows, fonts, args.padding)
    img.save(args.output, optimize=True)
    print(f"ansi2png.py: wrote {args.output} ({img.width}x{img.height}, {cols}x{nrows} cells, "
          f"CJK font {os.path.basename(fonts.cjk_path)})")


if __name__ == "__main__":
    main()

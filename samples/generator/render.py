"""Layout and rendering of one administrative document onto clean A4 page images.

A document is described by plain data (see content.py):

    doc = {
      "heading": {"left": [items], "right": [items]} or None,
      "flow":    [items]           # title, body ... flows across pages
      "footer":  {"left": [items], "right": [items]},
    }

Items:
    P(runs, size, align, indent, left, space_before)  paragraph (wrapped)
    Rule(length_mm or None, space_before, space_after) thin horizontal rule
    Space(mm)                                        vertical gap
    Mark(text, size)                                 boxed stamp text (KHẨN, MẬT)

A run with style "H" is a hand-written value (a number or day filled in by the records clerk):
the printed template keeps a blank of its width, the run is not drawn and not part of the
ground-truth text; its place is returned in the page geometry (`slots`) for the hand-writing.

Every placed text line is remembered with its zone so that the ground-truth text can be
assembled in the reading order of Tesseract's automatic page segmentation: heading-left,
heading-right, then the flowing lines top to bottom, then footer-left, footer-right.
"""
import os
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

MM_PER_INCH = 25.4
A4_MM = (210.0, 297.0)

FONT_DIRS = [
    "/usr/share/fonts/truetype/liberation2",   # Liberation 2.x: has the Vietnamese glyphs
    "/usr/share/fonts/truetype/liberation",
]
STYLE_FILES = {"R": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}

# page geometry in mm (Nghị định 30/2020: top 20-25, bottom 20-25, left 30-35, right 15-20)
MARGIN_TOP = 20.0
MARGIN_BOTTOM = 20.0
MARGIN_LEFT = 30.0
MARGIN_RIGHT = 17.0
HEAD_LEFT = (22.0, 100.0)   # x range of the left heading column
HEAD_RIGHT = (98.0, 198.0)  # x range of the right heading column
FOOT_LEFT = (MARGIN_LEFT, 105.0)
FOOT_RIGHT = (108.0, 195.0)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def _font_path(style):
    for d in FONT_DIRS:
        p = os.path.join(d, "LiberationSerif-%s.ttf" % STYLE_FILES[style])
        if os.path.exists(p):
            return p
    raise SystemExit("Liberation Serif not found (apt-get install fonts-liberation2)")


def check_fonts():
    """Liberation 1.x (Debian fonts-liberation) lacks the Vietnamese precomposed letters."""
    f = ImageFont.truetype(_font_path("R"), 40)
    box = f.getbbox("Ễ", anchor="ls")
    if box[1] > -35:  # no stacked marks above the capital: glyph missing (rendered as E or box)
        raise SystemExit("LiberationSerif has no Vietnamese glyphs; install fonts-liberation2")


class P:
    def __init__(self, runs, size=13, align="justify", indent=0.0, left=0.0,
                 space_before=0.0, line_spacing=1.25, keep_next=False):
        if isinstance(runs, str):
            runs = [(runs, "R")]
        self.runs = [(nfc(t), s) for t, s in runs]
        self.size = size            # pt
        self.align = align          # justify | left | center | right
        self.indent = indent        # mm, first line
        self.left = left            # mm, all lines
        self.space_before = space_before  # pt
        self.line_spacing = line_spacing
        self.keep_next = keep_next


def B(text, size=13, **kw):
    return P([(text, "B")], size=size, **kw)


def I(text, size=13, **kw):
    return P([(text, "I")], size=size, **kw)


class Rule:
    def __init__(self, length_mm=None, space_before=3.0, space_after=2.0, thick_pt=0.6):
        self.length_mm = length_mm  # None: 40 % of the previous line's width
        self.space_before = space_before
        self.space_after = space_after
        self.thick_pt = thick_pt


class Space:
    def __init__(self, mm):
        self.mm = mm


class Mark:
    def __init__(self, text, size=13):
        self.text = nfc(text)
        self.size = size


class Renderer:
    def __init__(self, dpi):
        self.dpi = dpi
        self.W = int(round(A4_MM[0] / MM_PER_INCH * dpi))
        self.H = int(round(A4_MM[1] / MM_PER_INCH * dpi))
        self._fonts = {}

    def px(self, mm):
        return mm / MM_PER_INCH * self.dpi

    def pt(self, pt):
        return pt / 72.0 * self.dpi

    def font(self, style, size_pt):
        key = (style, size_pt)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(_font_path(style), int(round(self.pt(size_pt))))
        return self._fonts[key]

    # ---------------------------------------------------------------- wrapping
    def wrap(self, p, width_px):
        """Return list of lines; a line is a list of (word, style)."""
        words = []
        for text, style in p.runs:
            for w in text.split():
                words.append((w, style))
        space = self.font("R", p.size).getlength(" ")
        lines, cur, curw = [], [], 0.0
        first = True
        for w, s in words:
            wl = self.word_width(w, s, p.size)
            avail = width_px - self.px(p.left) - (self.px(p.indent) if first else 0)
            add = wl if not cur else curw + space + wl
            if cur and add > avail:
                lines.append(cur)
                first = False
                cur, curw = [(w, s)], wl
            else:
                cur.append((w, s))
                curw = add
        if cur:
            lines.append(cur)
        return lines

    def word_width(self, word, style, size):
        """Printed width of a word; a hand-written slot is a blank wider than the printed value."""
        if style == "H":
            return max(self.font("R", size).getlength(word) * 1.6, self.px(9))
        return self.font(style, size).getlength(word)

    def line_height(self, p):
        return self.pt(p.size) * p.line_spacing

    # ---------------------------------------------------------------- units
    def units(self, items, x0, x1):
        """Turn items into atomic vertical units: dict(h, before, draw(draw, y) -> text lines)."""
        out = []
        width = self.px(x1 - x0)
        last_width = [width * 0.5]
        for it in items:
            if isinstance(it, Space):
                out.append({"h": self.px(it.mm), "before": 0, "lines": [], "draw": None})
            elif isinstance(it, Rule):
                L = self.px(it.length_mm) if it.length_mm else last_width[0] * 0.4
                th = max(1, int(round(self.pt(it.thick_pt))))

                def draw_rule(d, y, L=L, th=th, it=it):
                    cx = self.px((x0 + x1) / 2)
                    yy = int(y + self.pt(it.space_before))
                    d.rectangle([int(cx - L / 2), yy, int(cx + L / 2), yy + th - 1], fill=0)
                    return []
                out.append({"h": self.pt(it.space_before + it.space_after) + th, "before": 0,
                            "lines": [], "draw": draw_rule})
            elif isinstance(it, Mark):
                f = self.font("B", it.size)
                tw = f.getlength(it.text)
                pad = self.px(1.5)
                h = self.pt(it.size) * 1.1 + 2 * pad

                def draw_mark(d, y, it=it, f=f, tw=tw, pad=pad, h=h):
                    cx = self.px((x0 + x1) / 2)
                    bx0, by0 = cx - tw / 2 - pad * 1.5, y + self.px(1)
                    d.rectangle([int(bx0), int(by0), int(cx + tw / 2 + pad * 1.5), int(by0 + h)],
                                outline=0, width=max(1, int(round(self.pt(1.0)))))
                    base = by0 + pad + self.pt(it.size) * 0.85
                    d.text((cx - tw / 2, base), it.text, font=f, fill=0, anchor="ls")
                    return [{"text": it.text, "x0": cx - tw / 2, "x1": cx + tw / 2, "base": base,
                             "size": self.pt(it.size)}]
                out.append({"h": h + self.px(3), "before": 0, "lines": [it.text], "draw": draw_mark,
                            "base": self.px(1) + pad + self.pt(it.size) * 0.85, "lh": h})
            else:
                lines = self.wrap(it, width)
                lh = self.line_height(it)
                for i, ln in enumerate(lines):
                    last = i == len(lines) - 1
                    text = " ".join(w for w, s in ln if s != "H")
                    widths = [self.word_width(w, s, it.size) for w, s in ln]
                    space = self.font("R", it.size).getlength(" ")
                    natural = sum(widths) + space * (len(ln) - 1)
                    last_width[0] = natural

                    def draw_line(d, y, ln=ln, widths=widths, natural=natural, it=it, first=(i == 0),
                                  last=last, space=space):
                        lx = self.px(x0 + it.left + (it.indent if first else 0))
                        avail = self.px(x1) - lx
                        gap = space
                        if it.align == "center":
                            x = self.px((x0 + x1) / 2) - natural / 2 + self.px(it.left) / 2
                        elif it.align == "right":
                            x = self.px(x1) - natural
                        else:
                            x = lx
                            if it.align == "justify" and not last and len(ln) > 1:
                                g = (avail - sum(widths)) / (len(ln) - 1)
                                if g < space * 3:
                                    gap = g
                        base = y + self.pt(it.size) * 0.95
                        x_start, slots = x, []
                        for (w, s), wl in zip(ln, widths):
                            if s == "H":
                                slots.append({"slot": w, "x0": x, "x1": x + wl, "base": base,
                                              "size": self.pt(it.size)})
                            else:
                                d.text((x, base), w, font=self.font(s, it.size), fill=0, anchor="ls")
                            x += wl + gap
                        return [{"text": " ".join(w for w, s in ln if s != "H"), "x0": x_start,
                                 "x1": x - gap, "base": base, "size": self.pt(it.size)}] + slots
                    out.append({"h": lh, "before": self.pt(it.space_before) if i == 0 else 0,
                                "lines": [text], "draw": draw_line,
                                "base": self.pt(it.size) * 0.95, "lh": lh,
                                "keep": it.keep_next or (not last and len(lines) <= 2)})
        return out

    # ---------------------------------------------------------------- blocks
    def block_height(self, units):
        return sum(u["h"] + u["before"] for u in units)

    @staticmethod
    def record(geo, zone, drawn):
        """File what a unit drew (line boxes and hand-written slots) under the page's geometry."""
        for box in drawn or []:
            box["zone"] = zone
            geo["slots" if "slot" in box else "lines"].append(box)

    def draw_block(self, d, units, y, geo=None, zone=""):
        """Draw units from y; return (end y, [(baseline y, line height, text)])."""
        texts = []
        for u in units:
            y += u["before"]
            if u["draw"]:
                drawn = u["draw"](d, y)
                if geo is not None:
                    self.record(geo, zone, drawn)
            for t in u["lines"]:
                texts.append((y + u.get("base", 0), u.get("lh", u["h"]), t))
            y += u["h"]
        return y, texts

    @staticmethod
    def merge_columns(left, right):
        """Reading order of Tesseract 5 (PSM_AUTO) for two side-by-side blocks: a left line and a
        right line whose baselines are within half a line height are read as ONE line
        ("left right"); everything else in top-to-bottom order."""
        out, i, j = [], 0, 0
        while i < len(left) or j < len(right):
            if i < len(left) and j < len(right):
                (bl, hl, tl), (br, hr, tr) = left[i], right[j]
                ratio = abs(bl - br) / max(hl, hr)
                if 0.3 < ratio < 0.7:
                    print("warning: ambiguous line alignment %.2f: %r / %r" % (ratio, tl, tr), file=sys.stderr)
                if ratio < 0.5:
                    out.append(tl + " " + tr)
                    i += 1
                    j += 1
                elif bl < br:
                    out.append(tl)
                    i += 1
                else:
                    out.append(tr)
                    j += 1
            elif i < len(left):
                out.append(left[i][2])
                i += 1
            else:
                out.append(right[j][2])
                j += 1
        return out

    # ---------------------------------------------------------------- document
    def layout(self, doc, page_numbers=True):
        """Lay the document out; returns list of (image L, text, geometry) per page. The geometry
        holds the drawn text lines and hand-written slots (pixel boxes with their zone: head-left,
        head-right, flow, foot-left, foot-right), where later stages put seals, stamps and notes."""
        top, bottom = self.px(MARGIN_TOP), self.H - self.px(MARGIN_BOTTOM)
        flow = self.units(doc["flow"], MARGIN_LEFT, A4_MM[0] - MARGIN_RIGHT)
        fl = self.units(doc["footer"].get("left", []), *FOOT_LEFT)
        fr = self.units(doc["footer"].get("right", []), *FOOT_RIGHT)
        foot_h = max(self.block_height(fl), self.block_height(fr))
        foot_gap = self.pt(10)

        # paginate the flow: list of pages, each a list of units
        pages = [[]]
        y = top
        if doc.get("heading"):
            hl = self.units(doc["heading"]["left"], *HEAD_LEFT)
            hr = self.units(doc["heading"]["right"], *HEAD_RIGHT)
            y = top + max(self.block_height(hl), self.block_height(hr)) + self.pt(8)
        page_top_cont = top + self.pt(13) * 2.2
        for u in flow:
            if y + u["before"] + u["h"] > bottom and pages[-1]:
                pages.append([])
                y = page_top_cont
                u_before = 0
            else:
                u_before = u["before"]
            pages[-1].append((u, u_before))
            y += u_before + u["h"]
        # footer must fit on the last page; otherwise carry the last lines with it
        if y + foot_gap + foot_h > bottom:
            carry = []
            last = pages[-1]
            n = 3 if len(last) > 6 else max(1, len(last) // 2)
            while len(carry) < n and last:
                carry.insert(0, last.pop())
            while last and last[-1][0].get("keep") and len(carry) < n + 3:
                carry.insert(0, last.pop())
            if not last:
                pages.pop()
            carry = [(u, 0 if i == 0 else b) for i, (u, b) in enumerate(carry)]
            pages.append(carry)

        out = []
        for pi, units in enumerate(pages):
            img = Image.new("L", (self.W, self.H), 255)
            d = ImageDraw.Draw(img)
            texts = []
            geo = {"lines": [], "slots": []}
            if pi == 0:
                y = top
                if doc.get("heading"):
                    yl, tl = self.draw_block(d, hl, top, geo, "head-left")
                    yr, tr = self.draw_block(d, hr, top, geo, "head-right")
                    texts += self.merge_columns(tl, tr)
                    y = max(yl, yr) + self.pt(8)
            else:
                y = top
                if page_numbers:
                    num = str(pi + 1)
                    f = self.font("R", 13)
                    x0 = self.W / 2 - f.getlength(num) / 2
                    d.text((x0, y + self.pt(13) * 0.95), num, font=f, fill=0, anchor="ls")
                    self.record(geo, "flow", [{"text": num, "x0": x0, "x1": x0 + f.getlength(num),
                                               "base": y + self.pt(13) * 0.95, "size": self.pt(13)}])
                    texts.append(num)
                y = page_top_cont
            for u, before in units:
                y += before
                if u["draw"]:
                    self.record(geo, "flow", u["draw"](d, y))
                texts.extend(u["lines"])
                y += u["h"]
            if pi == len(pages) - 1:
                y += foot_gap
                _, tl = self.draw_block(d, fl, y, geo, "foot-left")
                _, tr = self.draw_block(d, fr, y, geo, "foot-right")
                texts += self.merge_columns(tl, tr)
            text = "\n".join(t.rstrip() for t in texts if t.strip())
            out.append((img, nfc(text), geo))
        return out

"""Degradations of real scans beyond skew and blur (issue 12): hand-writing, red seals, copy
stamps, margin notes, streaks, speckle, tinted paper, and an earlier diacritic-free OCR layer.

Everything drawn here is an *overlay*: an ink mask on the upright clean page plus an ink colour
and opacity, composited by generate.degrade after the paper and the print. None of it is printed
text, so none of it enters the ground truth.
"""
import math
import os
import unicodedata

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from render import nfc

# vocabulary of the ground truth's page `degradations` (issue 12 contract), in this order
VOCABULARY = ["speckle", "seal", "handwriting", "margin-note", "paper-grey", "paper-yellow", "jpeg-q30",
              "streak", "copy-stamp", "ocr-layer", "owner-password"]

HAND_FONT = "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"
STAMP_FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"

RED = (205, 35, 45)
BLUE = (25, 45, 150)
DARK_GREY = (70, 70, 70)
STREAK_GREY = (110, 110, 110)

MARGIN_NOTES = ["Đã xử lý", "Chuyển P.TH", "Lưu hồ sơ", "Đồng ý", "Chuyển VP xử lý", "Kính chuyển đ/c Hùng",
                "Sao gửi các xã", "Đã vào sổ", "P.KT tham mưu", "Báo cáo lãnh đạo"]

# combining marks of Vietnamese (NFD) and how they are drawn when the hand font lacks the letter
_ABOVE = {"\u0300": "`", "\u0301": "\u00b4", "\u0303": "~", "\u0302": "^", "\u0306": "\u02d8"}


def check_hand_font():
    """The hand-writing font comes from Debian's fonts-dancingscript (see scripts/setup.sh)."""
    if not os.path.exists(HAND_FONT):
        raise SystemExit("Dancing Script not found (apt-get install fonts-dancingscript)")


def ink_colour(mode, colour):
    """Ink as the scanner sees it: the colour on colour pages, its luminance otherwise."""
    if mode == "RGB":
        return colour
    lum = int(round(0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2]))
    return (lum, lum, lum)


def hand_ink(mode):
    """Blue ballpoint on colour scans, dark grey where the scan has no colour."""
    return BLUE if mode == "RGB" else DARK_GREY


# ------------------------------------------------------------------ hand-writing
class HandWriter:
    """Draws Vietnamese hand-writing with Dancing Script. The font has Latin-1 letters only, so
    letters like ử, ạ, Đ are built from a base letter plus drawn marks (as a hand does anyway)."""

    def __init__(self, size_px):
        self.size = size_px
        self.font = ImageFont.truetype(HAND_FONT, int(round(size_px)))
        self.mark_font = ImageFont.truetype(HAND_FONT, int(round(size_px * 0.8)))
        self._notdef = self._pixels("\u0fff")

    def _pixels(self, ch):
        """The glyph as drawn, to tell a real glyph from the font's notdef."""
        im = Image.new("L", (int(self.size * 3), int(self.size * 3)), 0)
        ImageDraw.Draw(im).text((self.size, self.size * 2), ch, font=self.font, fill=255, anchor="ls")
        return im.tobytes()

    def has(self, ch):
        """True when the font draws `ch` itself (missing letters render as the notdef glyph)."""
        return ch == " " or self._pixels(ch) != self._notdef

    def split(self, ch):
        """(base letter the font has, marks still to draw) for one letter."""
        if self.has(ch):
            return ch, ""
        d = unicodedata.normalize("NFD", ch)
        for cut in range(len(d) - 1, 0, -1):
            base = unicodedata.normalize("NFC", d[:cut])
            if len(base) == 1 and self.has(base):
                return base, d[cut:]
        if ch in "Đđ":
            return ("D" if ch == "Đ" else "d"), "bar"
        return ch, ""

    def draw_marks(self, d, x, base_ch, marks, ink):
        """Tone and vowel marks above or below the base letter, a horn, or the bar of Đ."""
        bb = self.font.getbbox(base_ch, anchor="ls")
        cx = x + (bb[0] + bb[2]) / 2
        top = bb[1]
        w = self.size * 0.06
        if marks == "bar":
            y = (bb[1] * 0.45 if base_ch == "D" else bb[1] * 0.7)
            d.line([(x + bb[0] - w, y), (x + bb[0] + (bb[2] - bb[0]) * 0.55, y)], fill=ink, width=max(1, int(w)))
            return
        for m in marks:
            if m == "\u0323":           # dot below
                r = self.size * 0.05
                d.ellipse([cx - r, self.size * 0.12 - r, cx + r, self.size * 0.12 + r], fill=ink)
            elif m == "\u031b":         # horn of ư, ơ
                d.arc([x + bb[2] - w * 2, top - w * 3, x + bb[2] + w * 3, top + w * 3], 200, 320, fill=ink,
                      width=max(1, int(w)))
            elif m == "\u0309":         # hook above: a small question mark without its dot
                h = self.size * 0.18
                d.arc([cx - h / 2, top - h * 1.6, cx + h / 2, top - h * 0.6], 180, 90, fill=ink, width=max(1, int(w)))
                top -= h * 1.3
            elif m in _ABOVE:
                g = _ABOVE[m]
                mb = self.mark_font.getbbox(g, anchor="ls")
                d.text((cx - (mb[0] + mb[2]) / 2, top - self.size * 0.05 - mb[3]), g, font=self.mark_font,
                       fill=ink, anchor="ls")
                top -= (mb[3] - mb[1]) + self.size * 0.05

    def render(self, text):
        """The text as an L mask (255 = ink), tightly cropped, baseline at `self.baseline`."""
        text = nfc(text)
        pad = int(self.size)
        width = int(self.font.getlength(text) * 1.2 + 2 * pad)
        im = Image.new("L", (width, int(self.size * 2.4)), 0)
        d = ImageDraw.Draw(im)
        base_y = int(self.size * 1.5)
        x = pad
        for ch in text:
            base, marks = self.split(ch)
            d.text((x, base_y), base, font=self.font, fill=255, anchor="ls")
            if marks:
                shifted = _Shift(d, x, base_y)
                self.draw_marks(shifted, 0, base, marks, 255)
            x += self.font.getlength(base)
        return im, (pad, base_y)


class _Shift:
    """An ImageDraw proxy that adds an offset, so marks are computed around the origin."""

    def __init__(self, d, dx, dy):
        self.d, self.dx, self.dy = d, dx, dy

    def _pts(self, pts):
        return [(px + self.dx, py + self.dy) for px, py in pts]

    def line(self, pts, **kw):
        self.d.line(self._pts(pts), **kw)

    def ellipse(self, box, **kw):
        self.d.ellipse([box[0] + self.dx, box[1] + self.dy, box[2] + self.dx, box[3] + self.dy], **kw)

    def arc(self, box, a0, a1, **kw):
        self.d.arc([box[0] + self.dx, box[1] + self.dy, box[2] + self.dx, box[3] + self.dy], a0, a1, **kw)

    def text(self, xy, t, **kw):
        self.d.text((xy[0] + self.dx, xy[1] + self.dy), t, **kw)


def paste_max(mask, piece, xy):
    """Add an ink piece to a page mask (union of ink: the darker value wins)."""
    x, y = int(round(xy[0])), int(round(xy[1]))
    region = (x, y, x + piece.width, y + piece.height)
    mask.paste(Image.fromarray(np.maximum(np.asarray(mask.crop(region)), np.asarray(piece))), region[:2])


def write_hand(mask, text, size_px, anchor_xy, angle, align="left"):
    """Hand-write `text` with its baseline start (or centre) at anchor_xy, turned `angle`
    degrees counter-clockwise about that point."""
    piece, (ox, oy) = HandWriter(size_px).render(text)
    if align == "center":
        box = piece.getbbox() or (0, 0, piece.width, piece.height)
        ox = (box[0] + box[2]) / 2
    big = Image.new("L", (piece.width * 2 + 4, piece.width * 2 + 4), 0)
    c = big.width // 2
    big.paste(piece, (int(c - ox), int(c - oy)))
    big = big.rotate(angle, resample=Image.BICUBIC, center=(c, c))
    paste_max(mask, big, (anchor_xy[0] - c, anchor_xy[1] - c))


def hand_slots(mask, geo, rng):
    """Fill the template's blanks (number, day) with the clerk's hand-writing."""
    for s in geo["slots"]:
        size = s["size"] * rng.uniform(1.3, 1.6)
        cx = (s["x0"] + s["x1"]) / 2 + rng.uniform(-0.1, 0.1) * (s["x1"] - s["x0"])
        write_hand(mask, s["slot"], size, (cx, s["base"] + rng.uniform(-0.05, 0.12) * size),
                   rng.uniform(-4, 6), align="center")


def margin_note(mask, geo, dpi, rng):
    """A short slanted note in the top margin (over the national heading's side) or along the
    left margin, kept clear of the print."""
    px = dpi / 25.4
    text = rng.choice(MARGIN_NOTES)
    size = 7.0 * px * rng.uniform(0.9, 1.15)
    if rng.random() < 0.5:
        write_hand(mask, text, size, (rng.uniform(105, 135) * px, rng.uniform(12, 15) * px), rng.uniform(3, 9))
    else:
        top = max((b["base"] for b in geo["lines"] if b["zone"].startswith("head")), default=40 * px)
        write_hand(mask, text, size, (rng.uniform(13, 18) * px, top + rng.uniform(70, 110) * px),
                   rng.uniform(75, 88))


# ------------------------------------------------------------------ seal and stamps
def _ring_text(d, text, centre, radius, font, fill):
    """Letters set upright around a circle, starting at the left and running over the top."""
    n = len(text)
    span = 300.0
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)   # clockwise from the top-left
        g = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=font, fill=fill, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x = centre[0] + radius * math.cos(ang) - g.width / 2
        y = centre[1] + radius * math.sin(ang) - g.height / 2
        d.bitmap((x, y), g, fill=fill)


def _star(d, centre, r, fill):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = math.radians(-90 + 36 * k)
        pts.append((centre[0] + rr * math.cos(a), centre[1] + rr * math.sin(a)))
    d.polygon(pts, fill=fill)


def seal_piece(ring, dpi, rng):
    """A round red seal ~4 cm across: double outer ring, the agency's name around, a star."""
    px = dpi / 25.4
    diam = rng.uniform(38, 42) * px
    size = int(diam + 4)
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    c = (size / 2, size / 2)
    R = diam / 2
    for r, w in ((R, 0.9), (R - 1.3 * px, 0.35), (R * 0.58, 0.45)):
        d.ellipse([c[0] - r, c[1] - r, c[0] + r, c[1] + r], outline=255, width=max(1, int(w * px)))
    font = ImageFont.truetype(STAMP_FONT, int(3.0 * px))
    _ring_text(d, ring, c, R * 0.78, font, 255)
    _star(d, c, R * 0.3, 255)
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def seal(mask, geo, ring, dpi, rng):
    """The seal over the signer block: over the left part of the position lines and the name."""
    sig = [b for b in geo["lines"] if b["zone"] == "foot-right"]
    if len(sig) < 2:
        raise ValueError("seal planned on a page without the signer block")
    name, above = sig[-1], sig[-2]
    piece = seal_piece(ring, dpi, rng)
    px = dpi / 25.4
    cx = (name["x0"] + name["x1"]) / 2 - rng.uniform(12, 18) * px
    cy = (above["base"] + name["base"]) / 2 + rng.uniform(-3, 3) * px
    paste_max(mask, piece, (cx - piece.width / 2, cy - piece.height / 2))


def copy_stamp(mask, geo, dpi, rng):
    """A rectangular "SAO Y BẢN CHÍNH" stamp over the national heading (as some copies are)."""
    px = dpi / 25.4
    head = [b for b in geo["lines"] if b["zone"] == "head-right"]
    text = rng.choice(["SAO Y BẢN CHÍNH", "SAO Y"])
    font = ImageFont.truetype(STAMP_FONT, int(6.0 * px))
    tw = font.getlength(text)
    w, h = int(tw + 8 * px), int(12 * px)
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w - 1, h - 1], outline=255, width=int(0.8 * px))
    d.rectangle([int(1.5 * px), int(1.5 * px), w - 1 - int(1.5 * px), h - 1 - int(1.5 * px)], outline=255,
                width=max(1, int(0.3 * px)))
    d.text((w / 2, h / 2), text, font=font, fill=255, anchor="mm")
    big = Image.new("L", (w + h, w + h), 0)
    big.paste(im, (h // 2, (w + h - h) // 2))
    big = big.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC)
    cx = (head[0]["x0"] + head[0]["x1"]) / 2 + rng.uniform(-10, 10) * px
    cy = (head[0]["base"] + head[1]["base"]) / 2 + rng.uniform(-2, 2) * px
    paste_max(mask, big, (cx - big.width / 2, cy - big.height / 2))


def _vertical(mask, profile, rng):
    """A vertical mark of the given horizontal profile (0..255), fading in and out along the page."""
    h = mask.height
    along = 0.75 + 0.25 * np.sin(np.linspace(0, rng.uniform(3, 9), h, dtype=np.float32) + rng.uniform(0, 6))
    a = np.maximum(np.asarray(mask, dtype=np.float32), profile[None, :] * along[:, None])
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def streak_band(mask, dpi, rng):
    """A photocopier's soft grey band, 4-14 mm wide, down the page."""
    px = dpi / 25.4
    x = np.arange(mask.width, dtype=np.float32)
    c, half = rng.uniform(40, 170) * px, rng.uniform(2, 7) * px
    return _vertical(mask, np.clip(1 - np.abs(x - c) / half, 0, 1) ** 0.5 * 255, rng)


def streak_line(mask, dpi, rng):
    """A photocopier's thin dark line (a scratch on the glass), 1-3 px, down the page."""
    x = np.arange(mask.width, dtype=np.float32)
    c, half = rng.uniform(35, 185) * dpi / 25.4, rng.uniform(0.8, 1.6) * dpi / 300
    return _vertical(mask, np.clip(1.5 - np.abs(x - c) / half, 0, 1) * 255, rng)


# ------------------------------------------------------------------ overlays of a page
def page_overlays(degr, geo, size, dpi, mode, ring, rng):
    """The ink layers (L mask, RGB colour, opacity) that the planned degradations put on the
    upright page, before the scan's skew and blur."""
    layers = []

    def layer(colour, opacity, draw):
        m = Image.new("L", size, 0)
        out = draw(m)
        layers.append((out if out is not None else m, ink_colour(mode, colour), opacity))

    if "streak" in degr:
        if rng.random() < 0.7:
            layer(STREAK_GREY, rng.uniform(0.45, 0.6), lambda m: streak_band(m, dpi, rng))
        else:
            layer(DARK_GREY, rng.uniform(0.55, 0.7), lambda m: streak_line(m, dpi, rng))
    if "copy-stamp" in degr:
        layer(RED, 0.8, lambda m: copy_stamp(m, geo, dpi, rng))
    if "seal" in degr:
        layer(RED, rng.uniform(0.7, 0.85), lambda m: seal(m, geo, ring, dpi, rng))
    if "handwriting" in degr:
        layer(hand_ink(mode), 0.95, lambda m: hand_slots(m, geo, rng))
    if "margin-note" in degr:
        layer(hand_ink(mode), 0.95, lambda m: margin_note(m, geo, dpi, rng))
    return layers


def composite(out, layers, mask_for):
    """Multiply each ink layer into the page (ink over ink darkens, as on paper). `mask_for`
    turns an upright mask into the scanned geometry (skew and blur) as a float 0..1 array."""
    for m, colour, opacity in layers:
        a = mask_for(m) * opacity
        c = np.asarray(colour, np.float32) / 255.0
        if out.ndim == 3:
            out *= 1 - a[..., None] * (1 - c)
        else:
            out *= 1 - a * (1 - c[0])
    return out


# ------------------------------------------------------------------ paper and dust
def paper_colour(kind, mode, rng):
    """Grey or yellowed paper (yellow only exists on colour scans)."""
    if kind == "paper-yellow":
        return np.array([rng.uniform(232, 242), rng.uniform(218, 228), rng.uniform(150, 175)], np.float32)
    g = rng.uniform(188, 205)
    return np.array([g, g, g - rng.uniform(0, 6)], np.float32) if mode == "RGB" else np.float32(g)


def uneven_light(h, w, rng):
    """A smooth light fall-off across the page (what background flattening must undo)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    d = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    return 1.0 - rng.uniform(0.05, 0.12) * d / d.max()


def salt_and_pepper(out, ink_mask, dpi, rng):
    """Scanner dust: dense black dots of 1-4 px and white dots, some of them inside strokes."""
    h, w = out.shape[:2]
    scale = (dpi / 300.0) ** 2
    paper = float(np.percentile(out, 90))
    ink_ys, ink_xs = np.nonzero(ink_mask)
    n_black = int(rng.integers(1800, 3200) * scale)
    n_white = int(rng.integers(200, 400) * scale)
    spots = [(int(y), int(x), float(rng.uniform(25, 80))) for y, x in
             zip(rng.integers(0, h - 4, n_black), rng.integers(0, w - 4, n_black))]
    pick = rng.integers(0, max(1, len(ink_ys)), n_white)
    spots += [(int(min(ink_ys[i], h - 5)), int(min(ink_xs[i], w - 5)), paper) for i in pick] if len(ink_ys) else []
    for y, x, v in spots:
        s = int(rng.integers(1, 5))
        dot = rng.random((s, s)) < 0.75
        dot[s // 2, s // 2] = True
        region = out[y:y + s, x:x + s]
        region[dot] = v
    return out


# ------------------------------------------------------------------ the earlier OCR layer
_CONFUSIONS = {"O": "Q", "o": "c", "I": "l", "i": "j", "U": "iJ", "A": "x", "H": "Hc", "N": "hl", "e": "c",
               "n": "ri", "m": "rn", "h": "li", "u": "ii", "a": "e", "C": "G", "D": "O", "T": "I", "0": "O"}


def fold_ascii(text):
    """Vietnamese without diacritics, as an OCR program without the language writes it."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in t if unicodedata.category(ch) != "Mn").encode("ascii", "replace").decode()


def ocr_noise(text, rng, rate=0.04):
    """Sprinkle OCR-like errors over a folded line: confusions, dropped letters, case flips."""
    out = []
    for ch in text:
        r = rng.random()
        if r < rate and ch in _CONFUSIONS:
            out.append(_CONFUSIONS[ch])
        elif r < rate * 1.3 and ch.isalpha():
            continue
        elif r < rate * 1.6 and ch.isalpha():
            out.append(ch.swapcase())
        else:
            out.append(ch)
    return "".join(out)


def ocr_layer(geo, dpi, page_h_px, rng):
    """Invisible text lines (ASCII, with errors) at the printed lines' places, in PDF points."""
    k = 72.0 / dpi
    lines = []
    for b in geo["lines"]:
        text = ocr_noise(fold_ascii(b["text"]), rng)
        if text.strip():
            lines.append((text, b["x0"] * k, (page_h_px - b["base"]) * k, b["size"] * k * 0.9,
                          max(1.0, (b["x1"] - b["x0"]) * k)))
    return lines


def handwrite_doc(doc, fields, which):
    """Turn the printed number and/or day of a document into hand-written slots: the heading's
    `Số: 1535/QĐ-UBND` becomes `Số:` [1535] `/QĐ-UBND`, its date `ngày 05 tháng` becomes
    `ngày` [5] `tháng`. Returns the fields whose value is then hand-written."""
    absent = {}
    for item in doc["heading"]["left"] + doc["heading"]["right"]:
        runs = getattr(item, "runs", None)
        if not runs or len(runs) != 1:
            continue
        text, style = runs[0]
        num = fields.get("codeNumber")
        if "codeNumber" in which and text.startswith("Số: " + num):
            item.runs = [("Số:", style), (num, "H"), (text[len("Số: " + num):], style)]
            absent["codeNumber"] = "handwritten"
        dd = fields.get("issuedDate", "0000-00-00")[8:10]
        day = ", ngày %s " % dd
        if "issuedDate" in which and day in text:
            head, tail = text.split(day, 1)
            item.runs = [(head + ", ngày", style), (str(int(dd)), "H"), (tail, style)]
            absent["issuedDate"] = "handwritten"
    return absent

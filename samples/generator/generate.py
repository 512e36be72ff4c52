#!/usr/bin/python3
"""Generate synthetic scanned Vietnamese dossiers with ground truth.

    /usr/bin/python3 samples/generator/generate.py --out samples --seed 1            # committed set
    /usr/bin/python3 samples/generator/generate.py --out /tmp/bench --dossiers 200   # benchmark set

Needs Debian's python3-pil, python3-numpy and fonts-liberation2 (Liberation Serif 2.x; the 1.x
fonts of fonts-liberation have no Vietnamese letters). See samples/README.md.
"""
import argparse
import hashlib
import io
import json
import os
import random
import shutil
import sys

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content  # noqa: E402
import harder  # noqa: E402
import pdfwrite  # noqa: E402
from render import Renderer, check_fonts, nfc  # noqa: E402

import time
FIXED_DATE = time.gmtime(1704067200)  # 2024-01-01T00:00:00Z
EXT = {"jpeg": "jpg", "png": "png", "tiff": "tif", "pdf": "pdf"}
OWNER_PASSWORD = b"OWNERPW"

# --------------------------------------------------------------------------------------------
# committed set: (label, year, documents, storage)
#   document: ("case:<proc>" part, pages) | (<standalone kind>, pages, marks)
#   storage:  ("pages", [(format, mode, dpi) per page]) | ("tiff-lzw"|"tiff-g4"|"pdf", mode, dpi)
# rotation overrides: {page index (1-based): rotation}
COMMITTED = [
    ("HS-2023-0001", 2023, {"case": "land", "docs": [("receipt", 1), ("application", 1), ("decision", 2)]},
     ("pages", [("jpeg", "L", 300)] * 4), {3: 180}),
    ("HS-2023-0002", 2023, {"case": "allowance", "cmnd": True,
                            "docs": [("receipt", 1), ("application", 1), ("decision", 1)]},
     ("pdf", "RGB", 200), {}),
    ("HS-2023-0003", 2023, {"case": "funeral", "docs": [("receipt", 1), ("application", 1), ("decision", 1)]},
     ("tiff-g4", "1", 300), {}),
    ("HS-2024-0004", 2024, {"docs": [("cong_van", 2, ("KHẨN",))]}, ("tiff-lzw", "L", 200), {}),
    ("HS-2024-0005", 2024, {"docs": [("thong_bao", 1, ())]}, ("pages", [("png", "1", 300)]), {}),
    ("HS-2024-0006", 2024, {"docs": [("ke_hoach", 2, ())]}, ("pages", [("jpeg", "RGB", 200)] * 2), {1: 90}),
    ("HS-2024-0007", 2024, {"docs": [("to_trinh", 2, ())]}, ("pages", [("png", "1", 200)] * 2), {}),
    ("HS-2024-0008", 2024, {"docs": [("bao_cao", 2, ("MẬT",))]}, ("pdf", "L", 300), {}),
    ("HS-2015-0009", 2015, {"docs": [("old_decision", 1, ())]}, ("pages", [("jpeg", "L", 300)]), {}),
    ("HS-2022-0010", 2022, {"docs": [("party", 1, ())]}, ("pages", [("jpeg", "RGB", 300)]), {}),
    ("HS-2023-0011", 2023, {"case": "land", "docs": [("receipt", 1), ("application", 1), ("decision", 1)]},
     ("pages", [("png", "1", 300), ("jpeg", "L", 200), ("jpeg", "RGB", 300)]), {2: 270}),
    ("HS-2023-0012", 2023, {"docs": [("decision", 2, ("MẬT",))]}, ("pages", [("jpeg", "L", 300)] * 2), {}),
]


# harder development dossiers (issue 12), appended to the committed set; each has its own random
# streams (own_streams), and a 6th element: {page (1-based): set of degradations}
# storage "pdf-scan": a scanned PDF written by pdfwrite (JPEG pages, optional OCR layer, encryption)
HARDER = [
    ("HS-2025-0013", 2025, {"docs": [("std:cv_tnmt", 2, ("KHẨN",))]}, ("pages", [("jpeg", "RGB", 300)] * 2), {},
     {1: {"handwriting", "copy-stamp", "margin-note", "paper-yellow"}, 2: {"seal", "speckle", "paper-yellow"}}),
    ("HS-2025-0014", 2025, {"docs": [("std:qd_gddt", 2, ())]}, ("pdf-scan", "RGB", 300), {},
     {1: {"handwriting", "ocr-layer", "paper-yellow"}, 2: {"seal", "ocr-layer", "margin-note"}}),
    ("HS-2025-0015", 2025, {"docs": [("thong_bao", 1, ())]}, ("pages", [("png", "1", 200)]), {},
     {1: {"speckle", "handwriting", "margin-note", "streak"}}),
    ("HS-2025-0016", 2025, {"case": "land", "docs": [("receipt", 1), ("application", 1), ("decision", 1)]},
     ("tiff-lzw", "L", 300), {2: 180},
     {1: {"speckle"}, 3: {"seal", "handwriting", "paper-grey", "streak"}}),
    ("HS-2025-0017", 2025, {"docs": [("bao_cao", 2, ())]}, ("pdf-scan", "L", 200), {},
     {1: {"copy-stamp", "paper-grey", "owner-password"}, 2: {"seal", "jpeg-q30", "owner-password"}}),
    ("HS-2025-0018", 2025, {"docs": [("ke_hoach", 2, ())]}, ("pages", [("jpeg", "L", 200)] * 2), {},
     {1: {"handwriting", "speckle", "jpeg-q30"}, 2: {"seal", "margin-note", "jpeg-q30", "paper-grey"}}),
    ("HS-2025-0019", 2025, {"docs": [("cong_van", 1, ())]}, ("tiff-g4", "1", 300), {},
     {1: {"speckle", "streak", "handwriting"}}),
    ("HS-2025-0020", 2025, {"docs": [("decision", 2, ("MẬT",))]}, ("pdf-scan", "L", 300), {},
     {1: {"copy-stamp", "ocr-layer", "owner-password"}, 2: {"seal", "ocr-layer", "owner-password", "streak"}}),
]


# held-out set (issue 12): generated at test time from content.POOLS["heldout"], never committed
HELDOUT_DOSSIERS = 12
HELDOUT_STORAGES = [("pages", "jpeg", "RGB"), ("pages", "jpeg", "L"), ("pages", "png", "1"), ("tiff-lzw", None, "L"),
                    ("tiff-g4", None, "1"), ("pdf-scan", None, "L"), ("pdf-scan", None, "RGB")]


def heldout_degradations(rng, starts, counts, fmt, mode, storage_kind):
    """Degradations of each page of a held-out dossier, drawn in about the development set's mix:
    on a document's first page hand-writing, a copy stamp, a margin note; on its last page a seal;
    on any page speckle, a streak, tinted paper, a poor JPEG; on scanned PDFs an earlier OCR
    layer and an owner password. Some pages come out plain."""
    n = sum(counts)
    plan = {p: set() for p in range(1, n + 1)}
    for start, count in zip(starts, counts):
        first, last = plan[start + 1], plan[start + count]
        for kind, p in (("handwriting", 0.4), ("copy-stamp", 0.25), ("margin-note", 0.3)):
            if rng.random() < p:
                first.add(kind)
        if mode != "1" and rng.random() < 0.75:
            last.add("seal")
    for page in plan.values():
        if rng.random() < 0.3:
            page.add("speckle")
        if rng.random() < 0.12:
            page.add("streak")
        if mode != "1" and rng.random() < 0.3:
            page.add("paper-yellow" if mode == "RGB" and rng.random() < 0.5 else "paper-grey")
        if (fmt == "jpeg" or storage_kind == "pdf-scan") and rng.random() < 0.3:
            page.add("jpeg-q30")
    if storage_kind == "pdf-scan":
        layer, owner = rng.random() < 0.6, rng.random() < 0.5
        for page in plan.values():
            page.update({"ocr-layer"} if layer else set())
            page.update({"owner-password"} if owner else set())
    return {p: d for p, d in plan.items() if d}


def heldout_plan(rng, n, kinds=None, first_number=9001):
    """Plans of the held-out dossiers: one or two documents of the held-out texts each, 1-2
    pages per document, storages and dpi cycled so that every format appears. With `kinds`
    (a development draw) the documents are of those kinds instead."""
    kinds = kinds or ["std:" + k for k in sorted(content.HELDOUT_TEXTS)]
    storages = HELDOUT_STORAGES * (n // len(HELDOUT_STORAGES) + 1)
    rng.shuffle(storages)
    plans = []
    for i in range(n):
        year = rng.randint(2019, 2025)
        docs = [(rng.choice(kinds), rng.choice([1, 2, 2]), rng.choice([(), (), (), ("KHẨN",), ("MẬT",)]))
                for _ in range(rng.choice([1, 1, 2]))]
        spec = {"docs": docs}
        counts = [d[1] for d in docs]
        kind, fmt, mode = storages[i]
        dpi = rng.choice([200, 300])
        storage = ("pages", [(fmt, mode, dpi)] * sum(counts)) if kind == "pages" else (kind, mode, dpi)
        starts = [sum(counts[:k]) for k in range(len(counts))]
        degr = heldout_degradations(rng, starts, counts, fmt, mode, kind)
        plans.append(("HS-%d-%04d" % (year, first_number + i), year, spec, storage, {}, degr))
    return plans


def random_plan(rng, n):
    plans = []
    storages = [("pages", "jpeg", "L"), ("pages", "jpeg", "RGB"), ("pages", "png", "1"),
                ("tiff-lzw", None, "L"), ("tiff-g4", None, "1"), ("pdf", None, "L"), ("pdf", None, "RGB")]
    for i in range(n):
        year = rng.randint(2017, 2024)
        label = "HS-%d-%04d" % (year, i + 1)
        if rng.random() < 0.5:
            spec = {"case": rng.choice(content.PROCEDURES), "cmnd": rng.random() < 0.15,
                    "docs": [("receipt", 1), ("application", 1), ("decision", rng.choice([1, 1, 2]))]}
            npages = 3 + (spec["docs"][2][1] - 1)
        else:
            kind = rng.choice(sorted(content.STANDALONE))
            if kind == "old_decision":
                year = rng.randint(2005, 2015)
                label = "HS-%d-%04d" % (year, i + 1)
            marks = rng.choice([(), (), (), ("KHẨN",), ("MẬT",), ("KHẨN", "MẬT")]) if kind != "party" else ()
            pages = rng.choice([1, 2])
            spec = {"docs": [(kind, pages, marks)]}
            npages = pages
        kind, fmt, mode = rng.choice(storages)
        dpi = rng.choice([200, 300])
        if kind == "pages":
            storage = ("pages", [(fmt, mode, dpi)] * npages)
        else:
            storage = (kind, mode, dpi)
        rot = {}
        for p in range(1, npages + 1):
            r = rng.random()
            if r < 0.04:
                rot[p] = 180
            elif r < 0.06:
                rot[p] = rng.choice([90, 270])
        plans.append((label, year, spec, storage, rot))
    return plans


# --------------------------------------------------------------------------------------------
def build_one(r, kind, case, spec, year, extra, marks):
    """One candidate rendering's content: (doc, fields) of the document kind asked for."""
    if case is not None:
        c = dict(case)
        if kind == "receipt":
            doc, fields = content.receipt(r, c, cmnd=spec.get("cmnd", False))
            case.update(cid=c["cid"], cid_kind=c["cid_kind"])
            return doc, fields
        if kind == "application":
            return content.application(r, c, extra=extra)
        return content.case_decision(r, c, extra=extra, marks=marks)
    if kind == "decision":
        return content.decision_committee(r, year, extra=extra, marks=marks)
    if kind.startswith("std:"):
        return content.standard(r, year, content.DOC_TEXTS[kind[4:]], extra=extra, marks=marks)
    return content.STANDALONE[kind](r, year, extra=extra, marks=marks)


def build_documents(rng, year, spec, dpi_for_doc, hand=None):
    """Return list of (pages[(img, text, geometry)], fields, expectedAbsent) for the dossier's
    documents. `hand` maps a document index to the fields its clerk writes by hand."""
    hand = hand or {}
    out = []
    case = None
    if "case" in spec:
        case = content.make_case(rng, spec["case"], year)
    for di, d in enumerate(spec["docs"]):
        kind, want = d[0], d[1]
        marks = d[2] if len(d) > 2 else ()
        seed = rng.randrange(1 << 30)
        renderer = Renderer(dpi_for_doc(di))
        best = None
        for extra in range(0, 9):
            r = random.Random(seed)
            doc, fields = build_one(r, kind, case, spec, year, extra, marks)
            absent = harder.handwrite_doc(doc, fields, hand[di]) if di in hand else {}
            pages = renderer.layout(doc)
            if want == 1:
                if len(pages) == 1:
                    best = (pages, fields, absent)      # keep the fullest one-page version
                elif best is not None:
                    break
            elif len(pages) >= want:
                best = (pages, fields, absent)
                break
            if kind == "receipt":
                best = best or (pages, fields, absent)
                break
        if best is None:
            best = (pages, fields, absent)
        out.append(best)
    return out


def degrade(img, mode, dpi, skew, rotation, nrng, container="jpeg", harsh=None):
    """Simulate a scan: skew (clockwise degrees), blur, paper tone, noise, orientation.
    `harsh` (pages of the harder sets only): {"degr": set of degradations, "layers": ink overlays
    of harder.page_overlays}; without it the committed pages come out exactly as before."""
    im = img.rotate(-skew, resample=Image.BICUBIC, fillcolor=255)
    blur = nrng.uniform(0.5, 0.9) if dpi >= 300 else nrng.uniform(0.3, 0.6)
    im = im.filter(ImageFilter.GaussianBlur(blur))

    def scanned(mask):
        """An upright overlay mask as the scan sees it: same skew and blur as the print."""
        m = mask.rotate(-skew, resample=Image.BICUBIC, fillcolor=0).filter(ImageFilter.GaussianBlur(blur))
        return np.asarray(m, dtype=np.float32) / 255.0
    a = np.asarray(im, dtype=np.float32) / 255.0          # 1 = paper, 0 = ink
    h, w = a.shape
    # low-frequency paper texture (compresses well) + a little fine noise
    small = nrng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    tex = np.asarray(Image.fromarray(((small * 20) + 128).clip(0, 255).astype(np.uint8))
                     .resize((w, h), Image.BILINEAR), dtype=np.float32) - 128
    fine = nrng.normal(0, 1, (h, w)).astype(np.float32)
    # fine grain makes lossless grey/colour files huge: only bilevel pages get it
    fine_amp = 6.0 if mode == "1" else 0.0
    tex_amp = 0.0 if container == "tiff" else 0.3
    if mode == "RGB":
        paper = np.array(nrng.choice([(246, 240, 226), (240, 238, 232), (236, 240, 244)]), np.float32)
        paper = tinted_paper(harsh, mode, nrng, paper)
        ink = np.array([35, 35, 50], np.float32)
        out = a[..., None] * paper + (1 - a[..., None]) * ink
        out += (tex * tex_amp + fine * fine_amp)[..., None]
    else:
        paper = nrng.choice([250.0, 238.0, 228.0]) if mode == "L" else 250.0
        paper = tinted_paper(harsh, mode, nrng, paper)
        out = a * paper + (1 - a) * 30.0
        out += tex * tex_amp + fine * fine_amp
    if harsh:
        out = harsh_scan(out, a, harsh, scanned, dpi, nrng)
    # speckle: a few small dark dots
    n = int(nrng.integers(60, 160))
    ys, xs = nrng.integers(0, h - 3, n), nrng.integers(0, w - 3, n)
    for y, x in zip(ys, xs):
        s = int(nrng.integers(1, 3 if dpi < 300 else 4))
        out[y:y + s, x:x + s] = 60
    if harsh and "speckle" in harsh["degr"]:
        out = harder.salt_and_pepper(out, a < 0.5, dpi, nrng)
    out = out.clip(0, 255).astype(np.uint8)
    res = Image.fromarray(out, "RGB" if mode == "RGB" else "L")
    if mode == "1":
        res = res.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.NONE)
    if rotation:
        res = res.transpose({90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}[rotation])
    return res


def tinted_paper(harsh, mode, nrng, paper):
    """Grey or yellow paper when the page plans it, else the paper drawn before."""
    for kind in ("paper-grey", "paper-yellow"):
        if harsh and kind in harsh["degr"]:
            return harder.paper_colour(kind, mode, nrng)
    return paper


def harsh_scan(out, a, harsh, scanned, dpi, nrng):
    """Uneven light on tinted paper, then the ink overlays (seal, stamp, hand-writing, streak)."""
    if {"paper-grey", "paper-yellow"} & harsh["degr"]:
        light = harder.uneven_light(*a.shape, nrng)
        out = out * (light[..., None] if out.ndim == 3 else light)
    return harder.composite(out, harsh["layers"], scanned)


def jpeg_quality(degr):
    """Quality 75 as office scanners default to; 30 where the page plans a bad JPEG."""
    return 30 if "jpeg-q30" in degr else 75


def save_scan_pdf(path, images, dpi, degrs, ocr_lines, rng):
    """A scanned PDF written by pdfwrite: JPEG pages, the earlier OCR layer on the pages that
    plan one, AES-256 with an owner password when the dossier plans it (bytes from `rng`)."""
    pages = []
    for im, degr, lines in zip(images, degrs, ocr_lines):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=jpeg_quality(degr), optimize=True)
        pages.append({"jpeg": buf.getvalue(), "width": im.width, "height": im.height, "dpi": dpi,
                      "colour": im.mode == "RGB", "lines": lines})
    crypt = None
    if any("owner-password" in d for d in degrs):
        crypt = pdfwrite.Encryption(OWNER_PASSWORD, rng.randbytes)
    pdfwrite.write_pdf(path, pages, crypt=crypt)


def save_pages(folder, storage, images, dpi_list, degrs=None, ocr_lines=None, rng=None):
    """Write the page images; return list of (file, pageInFile, format) per page."""
    kind = storage[0]
    degrs = degrs or [set()] * len(images)
    info = []
    if kind == "pages":
        for i, (im, (fmt, mode, dpi)) in enumerate(zip(images, storage[1]), 1):
            name = "page-%02d.%s" % (i, EXT[fmt])
            path = os.path.join(folder, name)
            if fmt == "jpeg":
                im.save(path, "JPEG", quality=jpeg_quality(degrs[i - 1]), dpi=(dpi, dpi), optimize=True)
            else:
                im.save(path, "PNG", dpi=(dpi, dpi), optimize=True)
            info.append((name, 1, fmt))
        return info
    dpi = storage[2]
    if kind.startswith("tiff"):
        name = "scan.tif"
        comp = "group4" if kind == "tiff-g4" else "tiff_lzw"
        images[0].save(os.path.join(folder, name), "TIFF", save_all=True, append_images=images[1:],
                       compression=comp, dpi=(dpi, dpi))
        fmt = "tiff"
    elif kind == "pdf-scan":
        name = "scan.pdf"
        save_scan_pdf(os.path.join(folder, name), images, dpi, degrs, ocr_lines, rng)
        fmt = "pdf"
    else:
        name = "scan.pdf"
        images[0].save(os.path.join(folder, name), "PDF", save_all=True, append_images=images[1:],
                       resolution=float(dpi), quality=75, producer="Digitize sample generator",
                       creationDate=FIXED_DATE, modDate=FIXED_DATE)  # fixed: reproducible bytes
        fmt = "pdf"
    return [(name, i, fmt) for i in range(1, len(images) + 1)]


def tiff_ifd_offsets(data):
    """Offsets of the IFDs of a little-endian TIFF, following the chain from the header."""
    offsets, off = [], int.from_bytes(data[4:8], "little")
    while off:
        offsets.append(off)
        count = int.from_bytes(data[off:off + 2], "little")
        off = int.from_bytes(data[off + 2 + 12 * count:off + 6 + 12 * count], "little")
    return offsets


def zero_tiff_padding(path):
    """Pillow's multi-page TIFF writer leaves the pad byte before a word-aligned IFD uninitialised
    (after an odd-length strip): set such bytes to 0 so the file's bytes are reproducible."""
    with open(path, "rb") as fh:
        data = bytearray(fh.read())
    if data[:2] != b"II":
        return
    ends = set()
    with Image.open(path) as im:
        for frame in range(getattr(im, "n_frames", 1)):
            im.seek(frame)
            ends.update(o + c for o, c in zip(im.tag_v2[273], im.tag_v2[279]))
    for ifd in tiff_ifd_offsets(data):
        if ifd - 1 in ends:
            data[ifd - 1] = 0
    with open(path, "wb") as fh:
        fh.write(data)


def doc_starts(spec):
    """Index of the first page of each document, from the page counts the plan asks for."""
    starts, k = [], 0
    for d in spec["docs"]:
        starts.append(k)
        k += d[1]
    return starts


def hand_plan(spec, degr_plan, rng):
    """Documents whose first page plans hand-writing -> the fields the clerk fills in by hand
    (the number, the day, or both)."""
    hand = {}
    for di, start in enumerate(doc_starts(spec)):
        if "handwriting" in degr_plan.get(start + 1, ()):
            hand[di] = rng.choice([("codeNumber", "issuedDate")] * 2 + [("codeNumber",), ("issuedDate",)])
    return hand


def scale_geo(geo, f):
    """Page geometry of a page rendered at another dpi, scaled to the stored one."""
    if f == 1:
        return geo
    keys = ("x0", "x1", "base", "size")
    return {k: [{**b, **{q: b[q] * f for q in keys}} for b in v] for k, v in geo.items()}


def seal_ring(fields):
    """The words around a seal: the issuing agency and its place."""
    return "%s * %s *" % (content.upper(fields["organName"]), content.upper(fields["place"]))


def check_plan(label, degrs, storage):
    """Refuse plans whose degradations cannot be made: an encrypted file is encrypted on every
    page, hand-writing needs a colour-less or colour page, PDF layers need a written PDF."""
    for d in degrs:
        unknown = d - set(harder.VOCABULARY)
        if unknown:
            raise SystemExit("%s: unknown degradations %s" % (label, sorted(unknown)))
        if {"ocr-layer", "owner-password"} & d and storage[0] != "pdf-scan":
            raise SystemExit("%s: ocr-layer/owner-password need pdf-scan storage" % label)
    if any("owner-password" in d for d in degrs) and not all("owner-password" in d for d in degrs):
        raise SystemExit("%s: owner-password is a property of the whole file" % label)


def make_dossier(out, plan, rng, nrng):
    label, year, spec, storage, rot = plan[:5]
    degr_plan = plan[5] if len(plan) > 5 else None
    # dpi and mode of every page of the dossier, in order
    if storage[0] == "pages":
        page_fmt = [(m, d) for _, m, d in storage[1]]
    else:
        page_fmt = None
    # documents are rendered at the dpi of their first page
    first_page_of_doc = doc_starts(spec)

    def dpi_for_doc(di):
        if page_fmt is None:
            return storage[2]
        return page_fmt[min(first_page_of_doc[di], len(page_fmt) - 1)][1]

    hand = hand_plan(spec, degr_plan, rng) if degr_plan is not None else None
    docs = build_documents(rng, year, spec, dpi_for_doc, hand)
    clean, texts, geos, doc_pages, page_doc = [], [], [], [], []
    for pages, fields, absent in docs:
        nums = []
        for img, text, geo in pages:
            clean.append(img)
            texts.append(text)
            geos.append(geo)
            page_doc.append(fields)
            nums.append(len(clean))
        doc_pages.append((nums, fields, absent))
    n = len(clean)
    if storage[0] == "pages":
        fmts = list(storage[1])
        while len(fmts) < n:
            fmts.append(fmts[-1])
        storage = ("pages", fmts[:n])
        modes = [(m, d) for _, m, d in storage[1]]
    else:
        modes = [(storage[1], storage[2])] * n
    degrs = [set(degr_plan.get(i, ())) for i in range(1, n + 1)] if degr_plan is not None else [set()] * n
    for kind in ("owner-password", "ocr-layer"):   # properties of the whole file, also on pages a drawn plan did not count
        if any(kind in d for d in degrs):
            for d in degrs:
                d.add(kind)
    for i, d in enumerate(degrs, 1):   # a drawn plan may put a seal or a copy stamp where the text left no room
        zones = [b["zone"] for b in geos[i - 1]["lines"]]
        for kind, zone in (("seal", "foot-right"), ("copy-stamp", "head-right")):
            if kind in d and zones.count(zone) < 2:
                print("%s: page %d has no %s lines, no %s" % (label, i, zone, kind), file=sys.stderr)
                d.discard(kind)
    if degr_plan and max(degr_plan) > n:   # a drawn plan may count more pages than the texts filled
        print("%s: degradations planned for page %d of %d left out" % (label, max(degr_plan), n), file=sys.stderr)
    check_plan(label, degrs, storage)
    folder = os.path.join(out, "dossiers", label)
    os.makedirs(folder, exist_ok=True)
    images, meta, ocr_lines = [], [], []
    for i, (img, (mode, dpi)) in enumerate(zip(clean, modes), 1):
        r = Renderer(dpi)
        geo = geos[i - 1]
        if img.size != (r.W, r.H):
            geo = scale_geo(geo, r.W / img.size[0])
            img = img.resize((r.W, r.H), Image.LANCZOS)
        skew = round(rng.uniform(-6.0, 6.0), 2)
        rotation = rot.get(i, 0)
        container = "tiff" if storage[0].startswith("tiff") else "other"
        harsh = None
        if degr_plan is not None:
            layers = harder.page_overlays(degrs[i - 1], geo, img.size, dpi, mode,
                                          seal_ring(page_doc[i - 1]) if "seal" in degrs[i - 1] else "", rng)
            harsh = {"degr": degrs[i - 1], "layers": layers}
        images.append(degrade(img, mode, dpi, skew, rotation, nrng, container, harsh))
        ocr_lines.append(harder.ocr_layer(geo, dpi, r.H, rng) if "ocr-layer" in degrs[i - 1] else None)
        meta.append({"dpi": dpi, "skew": skew, "rotation": rotation,
                     "mode": {"L": "grey", "RGB": "colour", "1": "bilevel"}[mode]})
    files = save_pages(folder, storage, images, [m["dpi"] for m in meta], degrs, ocr_lines, rng)
    if degr_plan is not None and storage[0].startswith("tiff"):
        zero_tiff_padding(os.path.join(folder, files[0][0]))
    gt_pages = []
    for i, ((fname, pif, fmt), m, text) in enumerate(zip(files, meta, texts), 1):
        page = {"page": i, "file": fname, "pageInFile": pif, "dpi": m["dpi"], "format": fmt,
                "colorMode": m["mode"], "skewDegrees": m["skew"], "rotation": m["rotation"]}
        if degrs[i - 1]:
            page["degradations"] = [d for d in harder.VOCABULARY if d in degrs[i - 1]]
        page["text"] = nfc(text)
        gt_pages.append(page)
    gt_docs = []
    for nums, f, absent in doc_pages:
        d = {"pages": nums, "fields": {k: nfc(v) for k, v in f.items()}}
        if absent:
            d["expectedAbsent"] = absent
        gt_docs.append(d)
    gt = {"label": label, "pages": gt_pages, "documents": gt_docs}
    gdir = os.path.join(out, "ground-truth")
    os.makedirs(gdir, exist_ok=True)
    with open(os.path.join(gdir, label + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return n, degrs


def own_streams(seed, label):
    """Independent random streams for one dossier of the harder sets, so that adding or
    changing one never shifts the bytes of another (nor of the committed 12)."""
    h = int(hashlib.sha256(("%d:%s" % (seed, label)).encode()).hexdigest()[:16], 16)
    return random.Random(h), np.random.default_rng(h)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output directory (dossiers/ and ground-truth/ are created)")
    ap.add_argument("--seed", type=int, default=None, help="default 1 (dev), 2 (heldout)")
    ap.add_argument("--set", choices=["dev", "dev-draw", "heldout"], default="dev",
                    help="dev: the committed development set; dev-draw: a draw made like the held-out set "
                         "but of the development texts, agencies and people (for choosing rules on more "
                         "pages; never committed); heldout: the held-out set (other texts)")
    ap.add_argument("--dossiers", type=int, default=None,
                    help="number of random dossiers (default: the fixed committed set)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else (2 if args.set == "heldout" else 1)
    check_fonts()
    harder.check_hand_font()
    content.use_pools("heldout" if args.set == "heldout" else "dev")
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    if args.set == "heldout":
        plans = heldout_plan(random.Random(seed), HELDOUT_DOSSIERS)
    elif args.set == "dev-draw":
        kinds = ["std:" + k for k in sorted(content.DEV_TEXTS)] + \
            [k for k in sorted(content.STANDALONE) if k != "party"]
        plans = heldout_plan(random.Random(seed), args.dossiers or HELDOUT_DOSSIERS, kinds, first_number=8001)
    elif args.dossiers is None:
        plans = COMMITTED + HARDER
    else:
        plans = random_plan(rng, args.dossiers)
    for sub in ("dossiers", "ground-truth"):
        p = os.path.join(args.out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    total, counts = 0, {}
    for plan in plans:
        streams = own_streams(seed, plan[0]) if len(plan) > 5 else (rng, nrng)
        n, degrs = make_dossier(args.out, plan, *streams)
        total += n
        for d in degrs:
            for k in d:
                counts[k] = counts.get(k, 0) + 1
        print("%s: done" % plan[0], file=sys.stderr)
    print("%d dossiers, %d pages -> %s" % (len(plans), total, args.out))
    if counts:
        print("pages per degradation: " + ", ".join("%s %d" % (k, counts[k]) for k in harder.VOCABULARY if k in counts))


if __name__ == "__main__":
    main()

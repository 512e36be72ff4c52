#!/usr/bin/python3
"""Generate synthetic scanned Vietnamese dossiers with ground truth.

    /usr/bin/python3 samples/generator/generate.py --out samples --seed 1            # committed set
    /usr/bin/python3 samples/generator/generate.py --out /tmp/bench --dossiers 200   # benchmark set

Needs Debian's python3-pil, python3-numpy and fonts-liberation2 (Liberation Serif 2.x; the 1.x
fonts of fonts-liberation have no Vietnamese letters). See samples/README.md.
"""
import argparse
import json
import os
import random
import shutil
import sys

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content  # noqa: E402
from render import Renderer, check_fonts, nfc  # noqa: E402

import time
FIXED_DATE = time.gmtime(1704067200)  # 2024-01-01T00:00:00Z
EXT = {"jpeg": "jpg", "png": "png", "tiff": "tif", "pdf": "pdf"}

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
def build_documents(rng, year, spec, dpi_for_doc):
    """Return list of (pages[(img, text)], fields) for the dossier's documents."""
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
            if case is not None:
                c = dict(case)
                if kind == "receipt":
                    doc, fields = content.receipt(r, c, cmnd=spec.get("cmnd", False))
                    case.update(cid=c["cid"], cid_kind=c["cid_kind"])
                elif kind == "application":
                    doc, fields = content.application(r, c, extra=extra)
                else:
                    doc, fields = content.case_decision(r, c, extra=extra, marks=marks)
            elif kind == "decision":
                doc, fields = content.decision_committee(r, year, extra=extra, marks=marks)
            else:
                doc, fields = content.STANDALONE[kind](r, year, extra=extra, marks=marks)
            pages = renderer.layout(doc)
            if want == 1:
                if len(pages) == 1:
                    best = (pages, fields)      # keep the fullest one-page version
                elif best is not None:
                    break
            elif len(pages) >= want:
                best = (pages, fields)
                break
            if kind == "receipt":
                best = best or (pages, fields)
                break
        if best is None:
            best = (pages, fields)
        out.append(best)
    return out


def degrade(img, mode, dpi, skew, rotation, nrng, container="jpeg"):
    """Simulate a scan: skew (clockwise degrees), blur, paper tone, noise, orientation."""
    im = img.rotate(-skew, resample=Image.BICUBIC, fillcolor=255)
    blur = nrng.uniform(0.5, 0.9) if dpi >= 300 else nrng.uniform(0.3, 0.6)
    im = im.filter(ImageFilter.GaussianBlur(blur))
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
        ink = np.array([35, 35, 50], np.float32)
        out = a[..., None] * paper + (1 - a[..., None]) * ink
        out += (tex * tex_amp + fine * fine_amp)[..., None]
    else:
        paper = nrng.choice([250.0, 238.0, 228.0]) if mode == "L" else 250.0
        out = a * paper + (1 - a) * 30.0
        out += tex * tex_amp + fine * fine_amp
    # speckle: a few small dark dots
    n = int(nrng.integers(60, 160))
    ys, xs = nrng.integers(0, h - 3, n), nrng.integers(0, w - 3, n)
    for y, x in zip(ys, xs):
        s = int(nrng.integers(1, 3 if dpi < 300 else 4))
        out[y:y + s, x:x + s] = 60
    out = out.clip(0, 255).astype(np.uint8)
    res = Image.fromarray(out, "RGB" if mode == "RGB" else "L")
    if mode == "1":
        res = res.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.NONE)
    if rotation:
        res = res.transpose({90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}[rotation])
    return res


def save_pages(folder, storage, images, dpi_list):
    """Write the page images; return list of (file, pageInFile, format) per page."""
    kind = storage[0]
    info = []
    if kind == "pages":
        for i, (im, (fmt, mode, dpi)) in enumerate(zip(images, storage[1]), 1):
            name = "page-%02d.%s" % (i, EXT[fmt])
            path = os.path.join(folder, name)
            if fmt == "jpeg":
                im.save(path, "JPEG", quality=75, dpi=(dpi, dpi), optimize=True)
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
    else:
        name = "scan.pdf"
        images[0].save(os.path.join(folder, name), "PDF", save_all=True, append_images=images[1:],
                       resolution=float(dpi), quality=75, producer="Digitize sample generator",
                       creationDate=FIXED_DATE, modDate=FIXED_DATE)  # fixed: reproducible bytes
        fmt = "pdf"
    return [(name, i, fmt) for i in range(1, len(images) + 1)]


def make_dossier(out, plan, rng, nrng):
    label, year, spec, storage, rot = plan
    # dpi and mode of every page of the dossier, in order
    if storage[0] == "pages":
        page_fmt = [(m, d) for _, m, d in storage[1]]
    else:
        page_fmt = None
    # documents are rendered at the dpi of their first page
    first_page_of_doc = []
    k = 0
    for d in spec["docs"]:
        first_page_of_doc.append(k)
        k += d[1]

    def dpi_for_doc(di):
        if page_fmt is None:
            return storage[2]
        return page_fmt[min(first_page_of_doc[di], len(page_fmt) - 1)][1]

    docs = build_documents(rng, year, spec, dpi_for_doc)
    clean, texts, doc_pages = [], [], []
    for pages, fields in docs:
        nums = []
        for img, text in pages:
            clean.append(img)
            texts.append(text)
            nums.append(len(clean))
        doc_pages.append((nums, fields))
    n = len(clean)
    if storage[0] == "pages":
        fmts = list(storage[1])
        while len(fmts) < n:
            fmts.append(fmts[-1])
        storage = ("pages", fmts[:n])
        modes = [(m, d) for _, m, d in storage[1]]
    else:
        modes = [(storage[1], storage[2])] * n
    folder = os.path.join(out, "dossiers", label)
    os.makedirs(folder, exist_ok=True)
    images, meta = [], []
    for i, (img, (mode, dpi)) in enumerate(zip(clean, modes), 1):
        r = Renderer(dpi)
        if img.size != (r.W, r.H):
            img = img.resize((r.W, r.H), Image.LANCZOS)
        skew = round(rng.uniform(-6.0, 6.0), 2)
        rotation = rot.get(i, 0)
        container = "tiff" if storage[0].startswith("tiff") else "other"
        images.append(degrade(img, mode, dpi, skew, rotation, nrng, container))
        meta.append({"dpi": dpi, "skew": skew, "rotation": rotation,
                     "mode": {"L": "grey", "RGB": "colour", "1": "bilevel"}[mode]})
    files = save_pages(folder, storage, images, [m["dpi"] for m in meta])
    gt_pages = []
    for i, ((fname, pif, fmt), m, text) in enumerate(zip(files, meta, texts), 1):
        gt_pages.append({"page": i, "file": fname, "pageInFile": pif, "dpi": m["dpi"], "format": fmt,
                         "colorMode": m["mode"], "skewDegrees": m["skew"], "rotation": m["rotation"],
                         "text": nfc(text)})
    gt = {"label": label, "pages": gt_pages,
          "documents": [{"pages": nums, "fields": {k: nfc(v) for k, v in f.items()}} for nums, f in doc_pages]}
    gdir = os.path.join(out, "ground-truth")
    os.makedirs(gdir, exist_ok=True)
    with open(os.path.join(gdir, label + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output directory (dossiers/ and ground-truth/ are created)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dossiers", type=int, default=None,
                    help="number of random dossiers (default: the fixed committed set)")
    args = ap.parse_args()
    check_fonts()
    rng = random.Random(args.seed)
    nrng = np.random.default_rng(args.seed)
    plans = COMMITTED if args.dossiers is None else random_plan(rng, args.dossiers)
    for sub in ("dossiers", "ground-truth"):
        p = os.path.join(args.out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    total = 0
    for plan in plans:
        total += make_dossier(args.out, plan, rng, nrng)
        print("%s: done" % plan[0], file=sys.stderr)
    print("%d dossiers, %d pages -> %s" % (len(plans), total, args.out))


if __name__ == "__main__":
    main()

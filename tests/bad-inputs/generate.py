#!/usr/bin/env python3
"""Makes the bad inputs archive staff hand to `digitize ingest` and `watch`, each as one top-level entry of OUT
(a dossier folder or a loose file), next to good dossiers made from the sample scans.

    generate.py OUT [--only NAME ...] [--bomb-mib N] [--list]

Only the standard library (zlib, struct, socket): no imaging package is needed. Every good page is a sample JPEG
with a unique comment after its end marker (decoders ignore it), so no two dossiers have the same content.
The tests (tests/Digitize.Jobs.Tests/BadInput/) and the benchmark (tests/benchmarks/bad-input.sh) both use it.
"""
import argparse
import os
import socket
import struct
import subprocess
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = [os.path.join(ROOT, "samples", "dossiers", d, "page-01.jpg") for d in ("HS-2015-0009", "HS-2022-0010")]
_copies = 0


def good_jpeg(index=0):
    """A sample scan, made unique by a trailing comment."""
    global _copies
    _copies += 1
    with open(SAMPLES[index % len(SAMPLES)], "rb") as f:
        data = f.read()
    return data + b"\ncopy %d\n" % _copies


def png(width, height, grey, bits=8):
    """A valid greyscale PNG of one shade."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    row_bytes = (width * bits + 7) // 8
    fill = grey if bits == 8 else (0xFF if grey else 0x00)
    compressor = zlib.compressobj(9)
    row = b"\x00" + bytes([fill]) * row_bytes
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, bits, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def tiff(width, height, grey):
    """A valid uncompressed 8-bit greyscale TIFF of one shade (little-endian, one strip)."""
    pixels = bytes([grey]) * (width * height)
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, len(pixels))]
    ifd_offset = 8 + len(pixels)
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHII", tag, kind, count, value) if kind == 4 else struct.pack("<HHIHH", tag, kind, count, value, 0)
        for tag, kind, count, value in entries) + struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", ifd_offset) + pixels + ifd


def pdf(objects, root=1):
    """A PDF from numbered object bodies (1-based), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def stream(dictionary, data):
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def jpeg_size(data):
    """Width, height and number of components from a JPEG's SOF marker."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height, data[i + 9]
        i += 2 + length
    raise ValueError("no SOF marker")


def scan_pdf(jpeg, dpi=300):
    """A one-page PDF holding a scanned JPEG at its size, as scanners write them."""
    width, height, components = jpeg_size(jpeg)
    space = b"/DeviceRGB" if components == 3 else b"/DeviceGray"
    w, h = width * 72 / dpi, height * 72 / dpi
    content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h)
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>" % (w, h),
        stream(b"", content),
        stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode" % (width, height, space), jpeg),
    ])


def many_pages_pdf(pages):
    """A PDF of many small blank pages sharing one content stream."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages), stream(b"", b"")]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * pages
    return pdf(objects)


def tiny_page_pdf():
    """A PDF whose page is 1 point square (4 pixels at 300 dpi)."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] /Contents 4 0 R >>", stream(b"", b"")])


def bomb_pdf(mib):
    """A small PDF whose one content stream inflates to MIB mebibytes of blanks (valid content, endless to parse)."""
    compressor = zlib.compressobj(9)
    block = b" " * (1 << 20)
    data = b"".join(compressor.compress(block) for _ in range(mib)) + compressor.flush()
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                stream(b"/Filter /FlateDecode", data)])


def cycle_pdf():
    """A page tree whose Pages node lists itself among its kids."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])


def broken_xref_pdf(jpeg):
    """A scan PDF whose xref offsets and startxref point at nothing."""
    data = bytearray(scan_pdf(jpeg))
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    data[start:data.index(b"\n", start)] = b"99999999"
    xref = data.index(b"xref\n")
    data[xref:xref + 5] = b"xxxx\n"
    return bytes(data)


def flip(data, offset, count=8):
    """The data with COUNT bytes inverted from OFFSET: what a bad sector or a bad copy does."""
    out = bytearray(data)
    for i in range(offset, min(offset + count, len(out))):
        out[i] ^= 0xFF
    return bytes(out)


def write(path, data, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def folder(out, name, files):
    """A dossier folder: NAME (str or bytes) holding FILES {name: bytes}."""
    base = os.path.join(os.fsencode(out), os.fsencode(name))
    os.makedirs(base, exist_ok=True)
    for file_name, data in files.items():
        write(os.path.join(base, os.fsencode(file_name)), data)
    return base


def make_fifo(path):
    os.mkfifo(path)


def make_socket(path):
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)
    s.close()  # the socket file stays in the folder, as a crashed program leaves it


def encrypted_pdf(out, jpeg):
    plain = os.path.join(out, ".plain.pdf")
    write(plain, scan_pdf(jpeg))
    target = os.path.join(out, "encrypted.pdf")
    subprocess.run(["qpdf", "--encrypt", "secret-user", "secret-owner", "256", "--", plain, target], check=True)
    os.remove(plain)


# Each case: name -> function(out, args) making exactly one top-level entry named like the case.
CASES = {
    "good-1": lambda o, a: folder(o, "good-1", {"page-01.jpg": good_jpeg(0)}),
    "good-2": lambda o, a: folder(o, "good-2", {"page-01.jpg": good_jpeg(1)}),
    "fifo-in-folder": lambda o, a: make_fifo(os.path.join(folder(o, "fifo-in-folder", {"page-01.jpg": good_jpeg()}), b"page-02.jpg")),
    "socket-in-folder": lambda o, a: make_socket(os.path.join(folder(o, "socket-in-folder", {"page-01.jpg": good_jpeg()}), b"scanner.sock")),
    "stray.fifo": lambda o, a: make_fifo(os.path.join(o, "stray.fifo")),
    "non-utf8-folder": lambda o, a: folder(o, b"non-utf8-folder-\xff\xfe", {"page-01.jpg": good_jpeg()}),
    "non-utf8-file": lambda o, a: folder(o, "non-utf8-file", {b"page-\xe9.jpg": good_jpeg()}),
    "unreadable-folder": lambda o, a: os.chmod(folder(o, "unreadable-folder", {"page-01.jpg": good_jpeg()}), 0),
    "unreadable-file": None,  # made with readable-part: the same first page, without the unreadable second one
    "empty-folder": lambda o, a: folder(o, "empty-folder", {}),
    "hidden-only": lambda o, a: folder(o, "hidden-only", {".DS_Store": b"x", ".page-01.jpg": good_jpeg()}),
    "subfolders-only": lambda o, a: folder(o, "subfolders-only", {"scans/page-01.jpg": good_jpeg()}),
    "tiny-1x1.png": lambda o, a: write(os.path.join(o, "tiny-1x1.png"), png(1, 1, 255)),
    "tiny-5px.png": lambda o, a: write(os.path.join(o, "tiny-5px.png"), png(5, 5, 0)),
    "tiny-page.pdf": lambda o, a: write(os.path.join(o, "tiny-page.pdf"), tiny_page_pdf()),
    "many-pages.pdf": lambda o, a: write(os.path.join(o, "many-pages.pdf"), many_pages_pdf(2000)),
    "bomb-content.pdf": lambda o, a: write(os.path.join(o, "bomb-content.pdf"), bomb_pdf(a.bomb_mib)),
    "huge-14000.png": lambda o, a: write(os.path.join(o, "huge-14000.png"), png(14000, 14000, 1, bits=1)),
    "bomb-30000.png": lambda o, a: write(os.path.join(o, "bomb-30000.png"), png(30000, 30000, 1, bits=1)),
    "blank-white.png": lambda o, a: write(os.path.join(o, "blank-white.png"), png(1240, 1754, 255)),
    "blank-black.tif": lambda o, a: write(os.path.join(o, "blank-black.tif"), tiff(1240, 1754, 0)),
    "top-link": lambda o, a: os.symlink(os.path.join(o, "good-1"), os.path.join(o, "top-link")),
    "link-loop-a": lambda o, a: (os.symlink(os.path.join(o, "link-loop-b"), os.path.join(o, "link-loop-a")),
                                 os.symlink(os.path.join(o, "link-loop-a"), os.path.join(o, "link-loop-b"))),
    "link-in-folder": lambda o, a: os.symlink("/etc/passwd", os.path.join(folder(o, "link-in-folder", {"page-01.jpg": good_jpeg()}), b"page-02.jpg")),
    "escape-name": lambda o, a: folder(o, "evil\n[0000000000000000] Completed\x1b[2J\x1b[31m", {"page-01.jpg": good_jpeg()}),
    "order-ab": None,  # made together with order-ba below: the same two pages in the other order
    "truncated.jpg": lambda o, a: write(os.path.join(o, "truncated.jpg"), good_jpeg()[:200_000]),
    "truncated.png": lambda o, a: write(os.path.join(o, "truncated.png"), png(1240, 1754, 200)[:40]),
    "truncated.tif": lambda o, a: write(os.path.join(o, "truncated.tif"), tiff(1240, 1754, 200)[:1000]),
    "truncated.pdf": lambda o, a: write(os.path.join(o, "truncated.pdf"), scan_pdf(good_jpeg())[:150]),
    "flipped.jpg": lambda o, a: write(os.path.join(o, "flipped.jpg"), flip(good_jpeg(), 2, 2)),
    "flipped.png": lambda o, a: write(os.path.join(o, "flipped.png"), flip(png(1240, 1754, 200), 45, 16)),
    "flipped.tif": lambda o, a: write(os.path.join(o, "flipped.tif"), flip(tiff(1240, 1754, 200), 4, 4)),
    "flipped.pdf": lambda o, a: write(os.path.join(o, "flipped.pdf"), scan_pdf(good_jpeg()).replace(b"/Pages 2 0 R", b"/Pagez 2 0 R", 1)),
    "encrypted.pdf": lambda o, a: encrypted_pdf(o, good_jpeg()),
    "cycle.pdf": lambda o, a: write(os.path.join(o, "cycle.pdf"), cycle_pdf()),
    "broken-xref.pdf": lambda o, a: write(os.path.join(o, "broken-xref.pdf"), broken_xref_pdf(good_jpeg())),
    "empty.jpg": lambda o, a: write(os.path.join(o, "empty.jpg"), b""),
    "notes.txt": lambda o, a: write(os.path.join(o, "notes.txt"), "Ghi chú: không phải bản quét\n".encode()),
    "word.docx": lambda o, a: write(os.path.join(o, "word.docx"), b"PK\x03\x04" + b"\x00" * 200),
    "image.gif": lambda o, a: write(os.path.join(o, "image.gif"), b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
}


def unreadable_pair(out):
    first = good_jpeg()
    os.chmod(os.path.join(folder(out, "unreadable-file", {"page-01.jpg": first, "page-02.jpg": good_jpeg()}), b"page-02.jpg"), 0)
    folder(out, "readable-part", {"page-01.jpg": first})


def scan_pdf_pages(jpeg, pages, dpi=300):
    """A PDF of PAGES scanned pages that all show one JPEG (stored once)."""
    width, height, components = jpeg_size(jpeg)
    space = b"/DeviceRGB" if components == 3 else b"/DeviceGray"
    w, h = width * 72 / dpi, height * 72 / dpi
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
               stream(b"", b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w, h)),
               stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode" % (width, height, space), jpeg)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 3 0 R >>" % (w, h)] * pages
    return pdf(objects)


def order_pair(out):
    first, second = good_jpeg(0), good_jpeg(1)
    folder(out, "order-ab", {"page-01.jpg": first, "page-02.jpg": second})
    folder(out, "order-ba", {"page-01.jpg": second, "page-02.jpg": first})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?")
    parser.add_argument("--only", nargs="*", help="make only these cases (names as --list prints them)")
    parser.add_argument("--bomb-mib", type=int, default=512, help="what the content-stream bomb inflates to")
    parser.add_argument("--pages", type=int, default=24, help="pages of big-scan.pdf (made only when asked for by --only)")
    parser.add_argument("--list", action="store_true", help="print the case names and exit")
    args = parser.parse_args()
    names = list(CASES) + ["order-ba", "readable-part"]
    if args.list:
        print("\n".join(names))
        return
    os.makedirs(args.out, exist_ok=True)
    for name in args.only or names:
        if name in ("order-ab", "order-ba"):
            if not os.path.exists(os.path.join(args.out, "order-ab")):
                order_pair(args.out)
        elif name in ("unreadable-file", "readable-part"):
            if not os.path.exists(os.path.join(args.out, "readable-part")):
                unreadable_pair(args.out)
        elif name == "big-scan.pdf":
            write(os.path.join(args.out, "big-scan.pdf"), scan_pdf_pages(good_jpeg(), args.pages))
        elif name in CASES:
            CASES[name](args.out, args)
        else:
            sys.exit(f"generate.py: no case {name!r}")


if __name__ == "__main__":
    main()

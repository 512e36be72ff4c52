"""A minimal PDF writer for scanned pages: one JPEG image filling each page, optionally an
invisible text layer (text render mode 3, as OCR programs write it) and optionally AES-256
encryption with an empty user password and an owner password (PDF 2.0 standard security
handler, V 5 / R 6, the same dictionary `qpdf --encrypt "" OWNERPW 256 --` writes).

Written by hand instead of with Pillow or qpdf so that the bytes are reproducible: qpdf draws the
file key and salts from the system's random source, here they come from the caller's seed.
"""
import hashlib
import zlib

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PERMS_ALL = -4  # what qpdf writes without restriction flags


# ------------------------------------------------------------------ encryption (ISO 32000-2, 7.6.4)
def _aes_cbc(key, iv, data):
    """Raw AES-CBC without padding: the password hash and OE/UE need it unpadded."""
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def _aes_ecb(key, data):
    """AES-ECB of one block: the /Perms entry."""
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def _hash_r6(password, salt, udata):
    """Algorithm 2.B: the iterated SHA-2/AES hash that R 6 uses for U, O, UE and OE."""
    k = hashlib.sha256(password + salt + udata).digest()
    i = 0
    while True:
        k1 = (password + k + udata) * 64
        e = _aes_cbc(k[:16], k[16:32], k1)
        k = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[sum(e[:16]) % 3](e).digest()
        i += 1
        if i >= 64 and e[-1] <= i - 32:
            return k[:32]


class Encryption:
    """The security handler's dictionary and the per-object encryption, from seeded bytes."""

    def __init__(self, owner_password, rng_bytes, user_password=b""):
        self.rng_bytes = rng_bytes
        self.key = rng_bytes(32)
        uv, uk, ov, ok = (rng_bytes(8) for _ in range(4))
        self.U = _hash_r6(user_password, uv, b"") + uv + uk
        self.UE = _aes_cbc(_hash_r6(user_password, uk, b""), bytes(16), self.key)
        self.O = _hash_r6(owner_password, ov, self.U) + ov + ok
        self.OE = _aes_cbc(_hash_r6(owner_password, ok, self.U), bytes(16), self.key)
        perms = (PERMS_ALL & 0xFFFFFFFF).to_bytes(4, "little") + b"\xff\xff\xff\xff" + b"Tadb" + rng_bytes(4)
        self.Perms = _aes_ecb(self.key, perms)

    def dictionary(self):
        """The /Encrypt dictionary (its own strings are never encrypted)."""
        h = lambda b: "<" + b.hex() + ">"  # noqa: E731
        return ("<< /Filter /Standard /V 5 /R 6 /Length 256 /P %d /EncryptMetadata true "
                "/CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> "
                "/StmF /StdCF /StrF /StdCF /O %s /U %s /OE %s /UE %s /Perms %s >>"
                % (PERMS_ALL, h(self.O), h(self.U), h(self.OE), h(self.UE), h(self.Perms)))

    def data(self, raw):
        """AESV3 stream or string data: a 16-byte IV, then AES-256-CBC with PKCS#7 padding."""
        pad = 16 - len(raw) % 16
        iv = self.rng_bytes(16)
        return iv + _aes_cbc(self.key, iv, raw + bytes([pad]) * pad)


# ------------------------------------------------------------------ writer
class _Objects:
    """Numbered indirect objects, serialised with a cross-reference table."""

    def __init__(self, crypt):
        self.crypt = crypt
        self.bodies = []

    def reserve(self):
        self.bodies.append(None)
        return len(self.bodies)

    def put(self, num, body):
        self.bodies[num - 1] = body.encode("latin-1") if isinstance(body, str) else body

    def add(self, body):
        num = self.reserve()
        self.put(num, body)
        return num

    def stream(self, head, raw):
        """A stream object; `head` holds the dictionary entries other than /Length."""
        if self.crypt:
            raw = self.crypt.data(raw)
        return self.add(b"<< " + head.encode("latin-1") + b" /Length %d >>\nstream\n" % len(raw)
                        + raw + b"\nendstream")

    def string(self, text):
        """A literal string operand, encrypted as a hex string when the file is."""
        raw = text.encode("latin-1")
        if self.crypt:
            return "<" + self.crypt.data(raw).hex() + ">"
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    def serialise(self, trailer):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.bodies, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.bodies) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        out += b"trailer\n" + trailer.encode("latin-1") + b"\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def _text_ops(lines):
    """Content-stream operators that place each line invisibly (Tr 3), horizontally scaled to
    the width the line has on the image, the way OCR programs lay their text under the scan."""
    ops = ["BT", "3 Tr"]
    for text, x, y, size, width in lines:
        natural = max(1.0, 0.5 * size * len(text))   # Helvetica averages about half an em
        ops.append("/F1 %.2f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm (%s) Tj"
                   % (size, 100.0 * width / natural, x, y,
                      text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")))
    ops.append("ET")
    return "\n".join(ops)


def write_pdf(path, pages, producer="Digitize sample generator", crypt=None):
    """Write `pages` (dicts: jpeg bytes, width/height px, dpi, colour bool, optional `lines` of
    (ASCII text, x pt, baseline y pt, size pt, width pt)) as a PDF; deterministic bytes."""
    objs = _Objects(crypt)
    catalog, pages_num = objs.reserve(), objs.reserve()
    font = objs.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for p in pages:
        w_pt, h_pt = p["width"] * 72.0 / p["dpi"], p["height"] * 72.0 / p["dpi"]
        img = objs.stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                          "/BitsPerComponent 8 /Filter /DCTDecode"
                          % (p["width"], p["height"], "DeviceRGB" if p["colour"] else "DeviceGray"), p["jpeg"])
        content = "q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        if p.get("lines"):
            content += "\n" + _text_ops(p["lines"])
        cs = objs.stream("/Filter /FlateDecode", zlib.compress(content.encode("latin-1"), 9))
        kids.append(objs.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                             "/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
                             % (pages_num, w_pt, h_pt, cs, img, font)))
    objs.put(pages_num, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids)))
    objs.put(catalog, "<< /Type /Catalog /Pages %d 0 R >>" % pages_num)
    info = objs.add("<< /Producer %s /CreationDate %s >>" % (objs.string(producer), objs.string("D:20240101000000Z")))
    encrypt = objs.add(crypt.dictionary()) if crypt else None
    doc_id = hashlib.md5(b"".join(objs.bodies)).hexdigest()
    trailer = "<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>]%s >>" % (
        len(objs.bodies) + 1, catalog, info, doc_id, doc_id, " /Encrypt %d 0 R" % encrypt if encrypt else "")
    with open(path, "wb") as fh:
        fh.write(objs.serialise(trailer))

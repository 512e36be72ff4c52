"""Invented Vietnamese administrative documents (agencies, people and contents are fictitious).

Each builder returns (doc, fields): doc is the layout description for render.py, fields the
ground-truth metadata. `extra` adds optional body paragraphs so the caller can reach a wanted
page count.
"""
import datetime as dt

from render import P, B, I, Rule, Space, Mark, nfc

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Đinh", "Thái", "Lương"]
MALE_MID = ["Văn", "Đức", "Minh", "Quốc", "Đình", "Hữu", "Xuân", "Thanh", "Trọng", "Công"]
MALE_GIVEN = ["Hùng", "Hưởng", "Tuấn", "Khánh", "Vinh", "Hải", "Tùng", "Dũng", "Thắng", "Long",
              "Nghĩa", "Sơn", "Quang", "Toàn", "Phúc", "Đạt", "Lực", "Hiếu"]
FEMALE_MID = ["Thị", "Thị Thanh", "Thị Mai", "Thị Thu", "Thị Hồng", "Ngọc", "Thu"]
FEMALE_GIVEN = ["Hương", "Lan", "Lài", "Hà", "Nga", "Huyền", "Thảo", "Oanh", "Hằng", "Liên",
                "Phương", "Yến", "Trang", "Dung"]

PROVINCES = [
    {"name": "Hà Tĩnh", "districts": ["Can Lộc", "Thạch Hà", "Hương Sơn", "Đức Thọ"],
     "code": "H52", "cccd": "042"},
    {"name": "Quảng Bình", "districts": ["Bố Trạch", "Lệ Thủy", "Quảng Ninh"],
     "code": "H50", "cccd": "044"},
    {"name": "Nghệ An", "districts": ["Nghi Lộc", "Diễn Châu", "Yên Thành"],
     "code": "H40", "cccd": "040"},
    {"name": "Thanh Hóa", "districts": ["Hoằng Hóa", "Quảng Xương", "Nông Cống"],
     "code": "H56", "cccd": "038"},
]
COMMUNES = ["Thiên Lộc", "Trung Sơn", "Hồng Lộc", "Phú Lộc", "Yên Hồ", "Thạch Bình", "Sơn Tây",
            "Quang Phú", "Tân Mỹ", "Đông Thành", "Xuân Hòa", "Hưng Đạo"]
VILLAGES = ["thôn Trung Hòa", "thôn Đông Văn", "thôn Tân Phong", "thôn Yên Xá", "xóm Bắc Sơn",
            "thôn Hòa Bình", "tổ dân phố 5", "thôn Phú Thượng", "xóm Đồng Tiến"]

DEPARTMENTS = [
    ("SỞ NỘI VỤ", "Sở Nội vụ", "SNV", ["SNV-CCVC", "SNV-TCBC", "SNV-CQĐP"]),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường", "STNMT", ["STNMT-QLĐĐ"]),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "SGDĐT", ["SGDĐT-GDTrH", "SGDĐT-TCCB"]),
    ("SỞ Y TẾ", "Sở Y tế", "SYT", ["SYT-NVY", "SYT-KHTC"]),
]


# ------------------------------------------------------------------ helpers
def person(rng, gender=None):
    gender = gender or rng.choice("MF")
    if gender == "M":
        name = "%s %s %s" % (rng.choice(SURNAMES), rng.choice(MALE_MID), rng.choice(MALE_GIVEN))
    else:
        name = "%s %s %s" % (rng.choice(SURNAMES), rng.choice(FEMALE_MID), rng.choice(FEMALE_GIVEN))
    return {"name": name, "gender": gender, "title": "Ông" if gender == "M" else "Bà",
            "lower": "ông" if gender == "M" else "bà"}


def dd(n):
    return "%02d" % n


def vn_date(d, leading=True):
    """ngày DD tháng MM năm YYYY: day < 10 and months 1-2 with a leading 0 (NĐ 30/2020)."""
    month = "%02d" % d.month if d.month <= 2 else str(d.month)
    return "ngày %s tháng %s năm %d" % (dd(d.day), month, d.year)


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 2).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    d = dt.date.fromordinal(rng.randint(start, end))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def add_workdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def num_str(n):
    return "%02d" % n if n < 10 else str(n)


def upper(s):
    return nfc(s).upper()


def agency(rng, kind, prov=None, district=None):
    prov = prov or rng.choice(PROVINCES)
    P_ = prov["name"]
    if kind == "tinh":
        return {"parent": "ỦY BAN NHÂN DÂN", "name": "TỈNH " + upper(P_), "org": "Ủy ban nhân dân tỉnh " + P_,
                "abbr": "UBND", "cv": rng.choice(["UBND-VX", "UBND-KT", "UBND-NC"]), "place": P_,
                "collective": "TM. ỦY BAN NHÂN DÂN", "head": "CHỦ TỊCH", "deputy": "PHÓ CHỦ TỊCH",
                "self": "ỦY BAN NHÂN DÂN TỈNH " + upper(P_), "chair": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH " + upper(P_),
                "office": "Chánh Văn phòng Ủy ban nhân dân tỉnh", "prov": prov, "short": "UBND tỉnh",
                "level": "tỉnh"}
    if kind == "huyen":
        D = district or rng.choice(prov["districts"])
        return {"parent": "ỦY BAN NHÂN DÂN", "name": "HUYỆN " + upper(D), "org": "Ủy ban nhân dân huyện " + D,
                "abbr": "UBND", "cv": rng.choice(["UBND-VX", "UBND-TNMT", "UBND-NV"]), "place": D,
                "collective": "TM. ỦY BAN NHÂN DÂN", "head": "CHỦ TỊCH", "deputy": "PHÓ CHỦ TỊCH",
                "self": "ỦY BAN NHÂN DÂN HUYỆN " + upper(D), "chair": "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN " + upper(D),
                "office": "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "prov": prov,
                "district": D, "short": "UBND huyện", "level": "huyện"}
    dep = kind if isinstance(kind, tuple) else rng.choice(DEPARTMENTS)
    return {"parent": "UBND TỈNH " + upper(P_), "name": dep[0], "org": dep[1], "abbr": dep[2],
            "cv": rng.choice(dep[3]), "place": P_, "collective": None, "head": "GIÁM ĐỐC",
            "deputy": "PHÓ GIÁM ĐỐC", "self": dep[0], "chair": "GIÁM ĐỐC " + dep[0] + " TỈNH " + upper(P_),
            "office": "Chánh Văn phòng Sở", "prov": prov, "short": dep[1], "level": "sở"}


def signer_lines(rng, ag, deputy=None):
    deputy = rng.random() < 0.5 if deputy is None else deputy
    lines = []
    if ag["collective"]:
        lines.append(ag["collective"])
    if deputy:
        lines += ["KT. " + ag["head"], ag["deputy"]]
    else:
        lines.append(ag["head"])
    return lines


def right_block(place, date, party=False, date_gap=2):
    right = []
    if party:
        right.append(B("ĐẢNG CỘNG SẢN VIỆT NAM", size=14, align="center"))
        right.append(Rule(length_mm=68, space_before=3, space_after=5))
    else:
        right.append(B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, align="center"))
        right.append(B("Độc lập - Tự do - Hạnh phúc", size=13.5, align="center"))
        right.append(Rule(length_mm=46, space_before=3, space_after=3))
    right.append(I("%s, %s" % (place, vn_date(date)), size=13.5, align="center", space_before=date_gap))
    return right


def state_heading(ag, code_line, date, vv=None, marks=(), party=False):
    left = []
    if ag.get("parent"):
        left.append(P(ag["parent"], size=13, align="center"))
    for name_line in ag["name"].split("\n"):          # a long issuer name over two lines
        left.append(B(name_line, size=13, align="center"))
    if party:
        left.append(P("*", size=13, align="center"))
    else:
        left.append(Rule(space_before=3, space_after=3))
    left.append(P(code_line, size=13, align="center", space_before=2))
    if isinstance(vv, list):                          # V/v broken into given lines
        for i, v in enumerate(vv):
            left.append(P(v, size=12, align="center", space_before=2 if i == 0 else 0, line_spacing=1.15))
    elif vv:
        left.append(P(vv, size=12, align="center", space_before=2, line_spacing=1.15))
    for m in marks:
        left.append(Space(1.5))
        left.append(Mark(m))
    # a two-line issuer name pushes the number down a line: the date follows, so that the two
    # stay on one baseline as agencies print them
    extra_lines = ag["name"].count("\n")
    right = right_block(ag["place"], date, party, date_gap=2 + 13 * 1.25 * extra_lines)
    return {"left": left, "right": right}


def title_block(type_name, subject_lines):
    out = [B(type_name, size=14, align="center", space_before=6)]
    for s in subject_lines:
        out.append(B(s, size=14, align="center"))
    out.append(Rule(space_before=3, space_after=6))
    return out


def footer(recipients, sig, name):
    # same line pitch as the signer block (13 pt x 1.25), so rows line up as on real documents
    left = [P([("Nơi nhận:", "BI")], size=12, align="left", line_spacing=13 * 1.25 / 12)]
    for r in recipients:
        left.append(P(r, size=11, align="left", line_spacing=13 * 1.25 / 11))
    right = [B(s, size=13, align="center") for s in sig]
    right.append(Space(24))
    right.append(B(name, size=13, align="center"))
    return {"left": left, "right": right}


def para(text, **kw):
    kw.setdefault("indent", 10)
    kw.setdefault("space_before", 4)
    kw.setdefault("size", 13.5)
    return P(text, **kw)


def art(n, text, **kw):
    kw.setdefault("indent", 10)
    kw.setdefault("space_before", 4)
    kw.setdefault("size", 13.5)
    return P([("Điều %d." % n, "B"), (text, "R")], **kw)


def basis(text):
    return P([(text, "I")], size=13.5, indent=10, space_before=3)


def split_subject(s, n=62):
    """Break a long subject into centred lines of at most ~n characters at word boundaries."""
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return lines


def code_fields(number, notation):
    return {"codeNumber": number, "codeNotation": notation}


# ------------------------------------------------------------------ procedures (dossiers)
PROCEDURES = ["land", "allowance", "funeral"]


def make_case(rng, proc, year=None):
    prov = rng.choice(PROVINCES)
    district = rng.choice(prov["districts"])
    commune = rng.choice(COMMUNES)
    village = rng.choice(VILLAGES)
    applicant = person(rng)
    recv = rand_date(rng, year or 2021, year or 2024)
    born = rng.randint(1960, 1995)
    cid = prov["cccd"] + ("0" if applicant["gender"] == "M" else "1") + str(born)[2:] + "%06d" % rng.randint(0, 999999)
    phone = rng.choice(["09", "03", "08"]) + "%08d" % rng.randint(0, 99999999)
    addr = "%s, xã %s, huyện %s, tỉnh %s" % (village[0].upper() + village[1:], commune, district, prov["name"])
    c = {"proc": proc, "prov": prov, "district": district, "commune": commune, "village": village,
         "applicant": applicant, "recv": recv, "born": born, "cid": cid, "cid_kind": "CCCD",
         "phone": phone, "address": addr, "seq": rng.randint(1, 40)}
    if proc == "land":
        c.update(name="Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân",
                 days=15, app_subject="Chuyển mục đích sử dụng đất",
                 papers=["Đơn đề nghị chuyển mục đích sử dụng đất (bản chính);",
                         "Giấy chứng nhận quyền sử dụng đất (bản chính);",
                         "Bản sao Căn cước công dân của người sử dụng đất."],
                 parcel=rng.randint(20, 480), sheet=rng.randint(1, 36),
                 area="%d,%d" % (rng.randint(80, 300), rng.randint(0, 9)))
    elif proc == "allowance":
        c["beneficiary"] = person(rng)
        c["ben_born"] = rng.randint(1931, 1943)
        c.update(name="Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng",
                 days=15, app_subject="Hưởng trợ cấp xã hội hàng tháng",
                 papers=["Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a);",
                         "Bản sao Căn cước công dân của người cao tuổi;",
                         "Bản sao sổ hộ khẩu hoặc giấy xác nhận thông tin về cư trú."])
    else:
        c["deceased"] = person(rng)
        c["died"] = c["recv"] - dt.timedelta(days=rng.randint(5, 40))
        c.update(name="Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
                 days=5, app_subject="Hỗ trợ chi phí mai táng",
                 papers=["Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04);",
                         "Bản sao giấy chứng tử;",
                         "Bản sao quyết định hưởng trợ cấp xã hội của người đã chết."])
    c["due"] = add_workdays(recv, c["days"])
    c["agcode"] = "000.00.%02d.%s" % (rng.randint(10, 35), prov["code"])
    c["code"] = "%s-%s-%04d" % (c["agcode"], recv.strftime("%y%m%d"), c["seq"])
    return c


def receipt(rng, c, cmnd=False):
    a = c["applicant"]
    if cmnd:
        c["cid"] = "%09d" % rng.randint(100000000, 199999999)
        c["cid_kind"] = "CMND"
    hour, minute = rng.randint(7, 10), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
    due_hour = rng.choice([8, 9, 14, 15])
    ag_left = [P("UBND HUYỆN " + upper(c["district"]), size=13, align="center"),
               B("BỘ PHẬN TIẾP NHẬN", size=13, align="center"),
               B("VÀ TRẢ KẾT QUẢ", size=13, align="center"),
               Rule(space_before=3, space_after=3)]
    head = {"left": ag_left, "right": right_block(c["district"], c["recv"], date_gap=7)}
    flow = [B("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", size=14, align="center", space_before=8),
            P("Mã hồ sơ: " + c["code"], size=13.5, align="center", space_before=2),
            I("(Liên: Giao người nộp hồ sơ)", size=13, align="center", space_before=1),
            Space(4)]
    L = dict(size=13.5, align="left", space_before=3)
    flow += [P("Bộ phận tiếp nhận và trả kết quả Ủy ban nhân dân huyện %s" % c["district"], **L),
             P("Tiếp nhận hồ sơ của: %s %s" % (a["title"], a["name"]), **L),
             P("Số %s: %s" % (c["cid_kind"], c["cid"]), **L),
             P("Địa chỉ: " + c["address"], **L),
             P("Số điện thoại: " + c["phone"], **L),
             P("Nội dung yêu cầu giải quyết: " + c["name"], **L),
             P("1. Thành phần hồ sơ nộp gồm:", **L)]
    for p_ in c["papers"]:
        flow.append(P("- " + p_, size=13.5, align="left", left=6, space_before=1))
    rd, du = c["recv"], c["due"]
    flow += [P("2. Số lượng hồ sơ: 01 bộ.", **L),
             P("3. Thời gian giải quyết hồ sơ theo quy định là: %d ngày làm việc." % c["days"], **L),
             P("4. Thời gian nhận hồ sơ: %s giờ %s phút, %s." % (dd(hour), dd(minute), vn_date(rd)), **L),
             P("5. Thời gian trả kết quả giải quyết hồ sơ: %s giờ 00 phút, %s." % (dd(due_hour), vn_date(du)), **L),
             P("6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả huyện %s." % c["district"], **L),
             P("Vào Sổ theo dõi hồ sơ, Quyển số: %02d, Số thứ tự: %d." % (rng.randint(1, 6), rng.randint(20, 900)), **L)]
    officer = person(rng)
    foot = {"left": [B("NGƯỜI NỘP HỒ SƠ", size=13, align="center"),
                     I("(Ký và ghi rõ họ tên)", size=12, align="center"), Space(20),
                     B(a["name"], size=13, align="center")],
            "right": [B("NGƯỜI TIẾP NHẬN HỒ SƠ", size=13, align="center"),
                      I("(Ký và ghi rõ họ tên)", size=12, align="center"), Space(20),
                      B(officer["name"], size=13, align="center")]}
    fields = {"documentType": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "dossierCode": c["code"],
              "applicantName": a["name"], "citizenId": c["cid"], "phone": c["phone"],
              "address": c["address"], "procedureName": c["name"],
              "receivedAt": rd.isoformat(), "dueAt": du.isoformat()}
    return {"heading": head, "flow": flow, "footer": foot}, fields


def application(rng, c, extra=0):
    a = c["applicant"]
    date = c["recv"] - dt.timedelta(days=rng.randint(0, 3))
    flow = [B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=13, align="center"),
            B("Độc lập - Tự do - Hạnh phúc", size=14, align="center"),
            Rule(length_mm=50, space_before=3, space_after=8),
            B("ĐƠN ĐỀ NGHỊ", size=15, align="center", space_before=6),
            B(c["app_subject"], size=14, align="center"),
            Space(6),
            P("Kính gửi: Ủy ban nhân dân huyện %s" % c["district"], size=14, align="left", left=25, space_before=2),
            Space(3)]
    L = dict(size=13.5, align="justify", space_before=3)
    flow += [P("Tôi tên là: %s; sinh năm: %d" % (a["name"], c["born"]), **L),
             P("Số %s: %s" % (c["cid_kind"], c["cid"]), **L),
             P("Nơi thường trú: " + c["address"], **L),
             P("Số điện thoại liên hệ: " + c["phone"], **L)]
    if c["proc"] == "land":
        flow += [P("Hiện nay gia đình tôi đang sử dụng thửa đất số %d, tờ bản đồ số %d, diện tích %s m2, mục đích sử dụng hiện tại là đất trồng cây lâu năm, đã được cấp Giấy chứng nhận quyền sử dụng đất." % (c["parcel"], c["sheet"], c["area"]), indent=10, **L),
                 P("Nay tôi làm đơn này đề nghị Ủy ban nhân dân huyện %s xem xét, cho phép chuyển mục đích sử dụng toàn bộ diện tích thửa đất nêu trên sang đất ở tại nông thôn để xây dựng nhà ở cho gia đình." % c["district"], indent=10, **L)]
    elif c["proc"] == "allowance":
        b = c["beneficiary"]
        flow += [P("Tôi là con của %s %s, sinh năm %d, hiện đang sinh sống cùng gia đình tôi tại địa chỉ nêu trên. %s %s không có lương hưu, không hưởng trợ cấp bảo hiểm xã hội hàng tháng." % (b["lower"], b["name"], c["ben_born"], b["title"], b["name"].split()[-1]), indent=10, **L),
                 P("Tôi làm đơn này kính đề nghị Ủy ban nhân dân huyện %s xem xét, giải quyết chế độ trợ cấp xã hội hàng tháng cho %s %s theo quy định của Nhà nước." % (c["district"], b["lower"], b["name"]), indent=10, **L)]
    else:
        d = c["deceased"]
        flow += [P("Tôi là con của %s %s, là đối tượng đang hưởng trợ cấp xã hội hàng tháng tại xã %s. %s %s đã từ trần %s." % (d["lower"], d["name"], c["commune"], d["title"], d["name"].split()[-1], vn_date(c["died"])), indent=10, **L),
                 P("Gia đình tôi đã tổ chức mai táng theo phong tục địa phương. Tôi làm đơn này kính đề nghị Ủy ban nhân dân huyện %s xem xét, giải quyết chế độ hỗ trợ chi phí mai táng theo quy định." % c["district"], indent=10, **L)]
    extras = ["Kèm theo đơn này, tôi gửi đầy đủ các giấy tờ có liên quan theo hướng dẫn của Bộ phận tiếp nhận và trả kết quả.",
              "Trong quá trình giải quyết hồ sơ, nếu cần bổ sung thông tin, đề nghị cơ quan liên hệ với tôi theo số điện thoại nêu trên."]
    flow += [P(e, indent=10, **L) for e in extras[:extra]]
    flow.append(P("Tôi xin cam đoan những lời khai trên là đúng sự thật và hoàn toàn chịu trách nhiệm trước pháp luật về nội dung đã khai./.", indent=10, **L))
    foot = {"left": [],
            "right": [I("%s, %s" % (c["district"], vn_date(date)), size=13.5, align="center"),
                      B("NGƯỜI LÀM ĐƠN", size=13, align="center"),
                      I("(Ký và ghi rõ họ tên)", size=12, align="center"), Space(20),
                      B(a["name"], size=13, align="center")]}
    fields = {"documentType": "Đơn đề nghị", "subject": c["app_subject"], "applicantName": a["name"],
              "citizenId": c["cid"], "phone": c["phone"], "address": c["address"],
              "issuedDate": date.isoformat(), "place": c["district"], "signerName": a["name"]}
    return {"heading": None, "flow": flow, "footer": foot}, fields


def case_decision(rng, c, extra=0, marks=()):
    ag = agency(rng, "huyen", c["prov"], c["district"])
    date = add_workdays(c["recv"], max(1, c["days"] - rng.randint(1, 3)))
    number = num_str(rng.randint(1, 2400))
    notation = "QĐ-UBND"
    a = c["applicant"]
    signer = person(rng)
    sig = signer_lines(rng, ag)
    commune, district = c["commune"], c["district"]
    if c["proc"] == "land":
        subj = "Về việc cho phép chuyển mục đích sử dụng đất"
        bases = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                 "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                 "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
                 "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số %d/TTr-TNMT %s." % (rng.randint(10, 400), vn_date(date - dt.timedelta(days=3)))]
        arts = ["Cho phép %s %s, thường trú tại %s, xã %s, huyện %s, được chuyển mục đích sử dụng %s m2 đất trồng cây lâu năm sang đất ở tại nông thôn tại thửa đất số %d, tờ bản đồ số %d, xã %s." % (a["lower"], a["name"], c["village"], commune, district, c["area"], c["parcel"], c["sheet"], commune),
                "%s %s có trách nhiệm nộp tiền sử dụng đất theo quy định; sử dụng đất đúng mục đích, đúng ranh giới thửa đất và chấp hành nghiêm các quy định của pháp luật về đất đai." % (a["title"], a["name"]),
                "Giao Phòng Tài nguyên và Môi trường chỉnh lý hồ sơ địa chính, cập nhật biến động đất đai; Chi cục Thuế khu vực xác định và thông báo số tiền sử dụng đất phải nộp; Ủy ban nhân dân xã %s giao quyết định này cho người sử dụng đất." % commune]
        who = "Trưởng phòng Tài nguyên và Môi trường, Chi cục trưởng Chi cục Thuế khu vực"
    elif c["proc"] == "allowance":
        b = c["beneficiary"]
        subj = "Về việc hưởng trợ cấp xã hội hàng tháng"
        bases = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 "Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009;",
                 "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;",
                 "Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện."]
        start = c["recv"].replace(day=1) + dt.timedelta(days=32)
        arts = ["Thực hiện chế độ trợ cấp xã hội hàng tháng đối với %s %s, sinh năm %d, thường trú tại %s, xã %s, huyện %s, thuộc đối tượng người cao tuổi từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hàng tháng." % (b["lower"], b["name"], c["ben_born"], c["village"], commune, district),
                "Mức trợ cấp hàng tháng là 540.000 đồng (Năm trăm bốn mươi nghìn đồng). Thời gian hưởng trợ cấp kể từ tháng %d năm %d." % (start.month, start.year),
                "Phòng Lao động - Thương binh và Xã hội có trách nhiệm hướng dẫn Ủy ban nhân dân xã %s thực hiện chi trả trợ cấp đúng đối tượng, đúng chế độ." % commune]
        who = "Trưởng phòng Lao động - Thương binh và Xã hội, Trưởng phòng Tài chính - Kế hoạch"
    else:
        d = c["deceased"]
        subj = "Về việc hỗ trợ chi phí mai táng"
        bases = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;",
                 "Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện."]
        arts = ["Hỗ trợ chi phí mai táng cho gia đình %s %s, trú tại %s, xã %s, huyện %s, là đối tượng bảo trợ xã hội đã từ trần %s." % (d["lower"], d["name"], c["village"], commune, district, vn_date(c["died"])),
                "Mức hỗ trợ là 10.800.000 đồng (Mười triệu tám trăm nghìn đồng). Người nhận hỗ trợ: %s %s, con của người đã từ trần." % (a["lower"], a["name"]),
                "Kinh phí thực hiện từ nguồn ngân sách bảo trợ xã hội năm %d của huyện đã được giao." % date.year]
        who = "Trưởng phòng Lao động - Thương binh và Xã hội, Trưởng phòng Tài chính - Kế hoạch"
    more = ["Ủy ban nhân dân xã %s có trách nhiệm niêm yết công khai quyết định này tại trụ sở và thông báo cho người dân được biết." % commune,
            "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân dân huyện để xem xét, giải quyết.",
            "Phòng Tài chính - Kế hoạch có trách nhiệm bảo đảm kinh phí và hướng dẫn thanh quyết toán theo quy định hiện hành."]
    flow = title_block("QUYẾT ĐỊNH", [subj])
    flow.append(B(ag["chair"], size=14, align="center", space_before=2))
    flow += [basis(b_) for b_ in bases]
    flow.append(B("QUYẾT ĐỊNH:", size=14, align="center", space_before=8))
    n = 1
    for t in arts[:2]:
        flow.append(art(n, t)); n += 1
    flow.append(art(n, arts[2])); n += 1
    for t in more[:extra]:
        flow.append(para(t))
    flow.append(art(n, "Quyết định này có hiệu lực kể từ ngày ký. %s, %s, Chủ tịch Ủy ban nhân dân xã %s và %s %s chịu trách nhiệm thi hành Quyết định này./." % (ag["office"], who, commune, a["lower"], a["name"])))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- Như Điều %d;" % n, "- Chủ tịch, các PCT UBND huyện;", "- UBND xã %s;" % commune, "- Lưu: VT, %s." % ("TNMT" if c["proc"] == "land" else "LĐTBXH")],
                  sig, signer["name"])
    fields = {"documentType": "Quyết định", **code_fields(number, notation), "issuedDate": date.isoformat(),
              "place": ag["place"], "organName": ag["org"], "subject": subj,
              "signerPosition": " ".join(sig), "signerName": signer["name"]}
    return {"heading": head, "flow": flow, "footer": foot}, fields


# ------------------------------------------------------------------ stand-alone documents
def _marks_fields(fields, marks):
    if "KHẨN" in marks:
        fields["urgency"] = "Khẩn"
    if "MẬT" in marks:
        fields["confidentiality"] = "Mật"
    return fields


def decision_committee(rng, year, extra=0, marks=()):
    """Quyết định of a department (parent agency printed separately)."""
    ag = agency(rng, DEPARTMENTS[0])
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 900))
    notation = "QĐ-SNV"
    subj = "Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm %d" % year
    signer = person(rng)
    sig = signer_lines(rng, ag)
    members = [(person(rng), "Phó Giám đốc Sở Nội vụ", "Chủ tịch Hội đồng"),
               (person(rng), "Trưởng phòng Công chức, viên chức", "Phó Chủ tịch Hội đồng"),
               (person(rng), "Phó Trưởng phòng Công chức, viên chức", "Ủy viên kiêm Thư ký"),
               (person(rng), "Chánh Thanh tra Sở", "Ủy viên"),
               (person(rng), "Chuyên viên phòng Tổ chức, biên chế", "Ủy viên")]
    flow = title_block("QUYẾT ĐỊNH", split_subject(subj, 56))
    flow.append(B(ag["chair"], size=14, align="center", space_before=2))
    flow += [basis("Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;"),
             basis("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức;"),
             basis("Căn cứ Quyết định số %d/QĐ-UBND %s của Ủy ban nhân dân tỉnh %s phê duyệt kế hoạch tuyển dụng viên chức năm %d;" % (rng.randint(100, 3000), vn_date(date - dt.timedelta(days=40)), ag["place"], year)),
             basis("Theo đề nghị của Trưởng phòng Công chức, viên chức."),
             B("QUYẾT ĐỊNH:", size=14, align="center", space_before=8),
             art(1, "Thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm %d, gồm các ông, bà có tên sau:" % year)]
    for i, (p_, job, role) in enumerate(members, 1):
        flow.append(P("%d. %s %s, %s - %s;" % (i, p_["title"], p_["name"], job, role), size=13.5, indent=10, space_before=2, align="left"))
    more = ["Hội đồng có nhiệm vụ thành lập Ban kiểm tra phiếu đăng ký dự tuyển, Ban kiểm tra sát hạch; tổ chức kiểm tra, sát hạch theo đúng nội dung, hình thức và thời gian quy định.",
            "Hội đồng tổng hợp kết quả kiểm tra, sát hạch, báo cáo Giám đốc Sở xem xét, quyết định công nhận kết quả xét tuyển và giải quyết phúc khảo theo thẩm quyền.",
            "Hội đồng làm việc theo nguyên tắc tập thể, quyết định theo đa số và tự giải thể sau khi hoàn thành nhiệm vụ.",
            "Kinh phí hoạt động của Hội đồng được bảo đảm từ nguồn thu phí dự tuyển và nguồn kinh phí chi thường xuyên của Sở.",
            "Thành viên Hội đồng, các ban giúp việc phải bảo đảm tính khách quan, công bằng, công khai và chịu trách nhiệm về kết quả thực hiện nhiệm vụ được giao."]
    flow.append(art(2, more[0]))
    for t in more[1:1 + extra]:
        flow.append(para(t))
    flow.append(art(3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Công chức, viên chức, Thủ trưởng các đơn vị có liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, CCVC."], sig, signer["name"])
    fields = _marks_fields({"documentType": "Quyết định", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


CV_BODY = [
    "Thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; để nâng cao tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến, {who} yêu cầu các cơ quan, đơn vị, địa phương tập trung thực hiện tốt một số nội dung sau:",
    "1. Rà soát, công bố đầy đủ danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình và một phần; cập nhật kịp thời trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
    "2. Bố trí công chức có năng lực, trách nhiệm làm việc tại Bộ phận tiếp nhận và trả kết quả; hướng dẫn, hỗ trợ tổ chức, cá nhân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến.",
    "3. Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định tại Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ; không yêu cầu người dân nộp lại giấy tờ đã được số hóa.",
    "4. Tăng cường công tác tuyên truyền để người dân, doanh nghiệp biết, tham gia sử dụng dịch vụ công trực tuyến; công khai số điện thoại đường dây nóng để tiếp nhận phản ánh, kiến nghị.",
    "5. Định kỳ hằng tháng đánh giá kết quả thực hiện, kịp thời phát hiện và xử lý các trường hợp chậm muộn, gây phiền hà cho người dân, doanh nghiệp trong quá trình giải quyết hồ sơ.",
    "6. Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước cấp trên nếu để xảy ra tình trạng hồ sơ quá hạn kéo dài hoặc tỷ lệ hồ sơ trực tuyến thấp hơn chỉ tiêu được giao.",
    "7. Văn phòng Ủy ban nhân dân có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo định kỳ vào ngày 20 hằng tháng.",
]


def cong_van(rng, year, extra=0, marks=()):
    ag = agency(rng, "tinh")
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 6000))
    notation = ag["cv"]
    subj = "V/v đẩy mạnh thực hiện dịch vụ công trực tuyến và số hóa hồ sơ thủ tục hành chính"
    signer = person(rng)
    sig = signer_lines(rng, ag, deputy=True)
    who = "Ủy ban nhân dân tỉnh"
    flow = [Space(4),
            P("Kính gửi:", size=14, align="left", left=35, space_before=4),
            P("- Các sở, ban, ngành cấp tỉnh;", size=14, align="left", left=55),
            P("- Ủy ban nhân dân các huyện, thành phố, thị xã.", size=14, align="left", left=55),
            Space(4)]
    body = CV_BODY[:4] + CV_BODY[4:4 + extra]
    for t in body:
        flow.append(para(t.format(who=who)))
    flow.append(para("Nhận được văn bản này, yêu cầu các cơ quan, đơn vị, địa phương khẩn trương triển khai thực hiện./."))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, vv=subj, marks=marks)
    foot = footer(["- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Chánh VP, các PCVP;", "- Lưu: VT, %s." % notation.split("-")[1]], sig, signer["name"])
    fields = _marks_fields({"documentType": "Công văn", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


def thong_bao(rng, year, extra=0, marks=()):
    ag = agency(rng, DEPARTMENTS[2])
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 900))
    notation = "TB-SGDĐT"
    subj = "Kết quả kiểm tra công tác chuẩn bị năm học %d - %d" % (year, year + 1)
    signer = person(rng)
    sig = signer_lines(rng, ag)
    flow = title_block("THÔNG BÁO", [subj])
    body = ["Thực hiện kế hoạch công tác năm học, từ ngày 05 đến ngày 20 tháng 8 năm %d, đoàn kiểm tra của Sở Giáo dục và Đào tạo đã tiến hành kiểm tra công tác chuẩn bị năm học mới tại các phòng giáo dục và đào tạo, các trường trung học phổ thông trên địa bàn tỉnh. Sở Giáo dục và Đào tạo thông báo kết quả như sau:" % year,
            "1. Các đơn vị đã chủ động rà soát, sửa chữa cơ sở vật chất, bổ sung thiết bị dạy học tối thiểu; công tác tuyển sinh lớp 1, lớp 6 và lớp 10 được thực hiện đúng quy chế, bảo đảm công khai, minh bạch.",
            "2. Một số trường còn thiếu giáo viên các môn Tin học, Ngoại ngữ, Giáo dục thể chất; việc sắp xếp, bố trí đội ngũ ở một số đơn vị chưa hợp lý, còn tình trạng thừa, thiếu cục bộ.",
            "3. Đề nghị các đơn vị khắc phục ngay những tồn tại đã được chỉ ra, hoàn thành việc phân công chuyên môn và xây dựng kế hoạch giáo dục nhà trường trước ngày khai giảng."]
    more = ["4. Các phòng giáo dục và đào tạo tham mưu Ủy ban nhân dân cấp huyện bố trí kinh phí sửa chữa phòng học xuống cấp, bảo đảm an toàn cho học sinh trong mùa mưa bão.",
            "5. Kết quả khắc phục gửi về Sở Giáo dục và Đào tạo qua phòng Giáo dục trung học trước ngày 15 tháng 9 năm %d để tổng hợp, báo cáo." % year]
    for t in body + more[:extra]:
        flow.append(para(t))
    flow.append(para("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./."))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- Các phòng GDĐT;", "- Các trường THPT;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, GDTrH."], sig, signer["name"])
    fields = _marks_fields({"documentType": "Thông báo", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


def ke_hoach(rng, year, extra=0, marks=()):
    ag = agency(rng, "huyen")
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 400))
    notation = "KH-UBND"
    subj = "Triển khai công tác chuyển đổi số trên địa bàn huyện %s năm %d" % (ag["district"], year)
    signer = person(rng)
    sig = signer_lines(rng, ag)
    flow = title_block("KẾ HOẠCH", split_subject(subj, 56))
    H = dict(size=13.5, align="left", space_before=6, keep_next=True)
    flow += [B("I. MỤC ĐÍCH, YÊU CẦU", **H),
             para("1. Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về vai trò của chuyển đổi số; phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn huyện."),
             para("2. Việc triển khai phải bảo đảm thiết thực, hiệu quả, phù hợp với điều kiện thực tế của địa phương; gắn trách nhiệm của người đứng đầu với kết quả thực hiện."),
             B("II. NỘI DUNG THỰC HIỆN", **H),
             para("1. Phát triển hạ tầng số: hoàn thành việc phủ sóng di động 4G đến 100% thôn, xóm; nâng cấp mạng nội bộ tại trụ sở Ủy ban nhân dân các xã, thị trấn."),
             para("2. Phát triển chính quyền số: 100% văn bản đi, đến được xử lý trên môi trường mạng, trừ văn bản mật; tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt trên 50%."),
             para("3. Phát triển kinh tế số: hướng dẫn hợp tác xã, hộ sản xuất đưa sản phẩm nông nghiệp lên các sàn thương mại điện tử; đẩy mạnh thanh toán không dùng tiền mặt.")]
    more = [para("4. Phát triển xã hội số: duy trì hoạt động của các tổ công nghệ số cộng đồng; hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử và sử dụng các tiện ích số."),
            para("5. Bảo đảm an toàn thông tin: triển khai giải pháp phòng, chống mã độc cho 100% máy tính của cơ quan nhà nước; tổ chức tập huấn kỹ năng an toàn thông tin cho cán bộ, công chức."),
            B("III. KINH PHÍ THỰC HIỆN", **H),
            para("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện năm %d và các nguồn hợp pháp khác theo quy định." % year)]
    flow += more[:extra]
    flow += [B("IV. TỔ CHỨC THỰC HIỆN", **H),
             para("Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 12 năm %d./." % year)]
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, HĐND huyện;", "- Các phòng, ban, ngành;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."], sig, signer["name"])
    fields = _marks_fields({"documentType": "Kế hoạch", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


def to_trinh(rng, year, extra=0, marks=()):
    ag = agency(rng, DEPARTMENTS[2])
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 700))
    notation = "TTr-SGDĐT"
    subj = "Về việc đề nghị phê duyệt danh mục mua sắm thiết bị dạy học tối thiểu năm %d" % year
    signer = person(rng)
    sig = signer_lines(rng, ag)
    flow = title_block("TỜ TRÌNH", split_subject(subj, 56))
    flow.append(P("Kính gửi: Ủy ban nhân dân tỉnh %s" % ag["place"], size=14, align="left", left=30, space_before=2))
    body = ["Căn cứ Thông tư số 37/2021/TT-BGDĐT ngày 30 tháng 12 năm 2021 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Danh mục thiết bị dạy học tối thiểu cấp trung học cơ sở;",
            "Căn cứ dự toán ngân sách nhà nước năm %d đã được giao, Sở Giáo dục và Đào tạo kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt danh mục mua sắm thiết bị dạy học tối thiểu năm %d với các nội dung chủ yếu sau:" % (year, year),
            "1. Phạm vi thực hiện: trang bị thiết bị dạy học tối thiểu cho lớp 8 và lớp 9 tại 46 trường trung học cơ sở trên địa bàn tỉnh.",
            "2. Tổng dự toán: 18.650.000.000 đồng (Mười tám tỷ sáu trăm năm mươi triệu đồng), từ nguồn sự nghiệp giáo dục và đào tạo năm %d." % year,
            "3. Hình thức lựa chọn nhà thầu: đấu thầu rộng rãi qua mạng; thời gian tổ chức lựa chọn nhà thầu trong quý II năm %d." % year]
    more = ["4. Thời gian thực hiện hợp đồng: 90 ngày kể từ ngày hợp đồng có hiệu lực; thiết bị được bàn giao trước khi bắt đầu năm học mới.",
            "5. Sở Giáo dục và Đào tạo chịu trách nhiệm về tính chính xác của số liệu và tổ chức thực hiện việc mua sắm đúng quy định của pháp luật về đấu thầu.",
            "6. Sau khi hoàn thành việc mua sắm, Sở Giáo dục và Đào tạo tổ chức tập huấn sử dụng, bảo quản thiết bị cho giáo viên và nhân viên thiết bị, thí nghiệm của các trường.",
            "Năm học vừa qua, số lượng thiết bị dạy học tại nhiều trường trung học cơ sở đã hư hỏng, xuống cấp, không đáp ứng yêu cầu thực hiện Chương trình giáo dục phổ thông năm 2018; một số trường vùng khó khăn chưa có phòng học bộ môn đạt chuẩn.",
            "Việc trang bị đồng bộ thiết bị dạy học tối thiểu là điều kiện cần thiết để nâng cao chất lượng dạy và học, nhất là đối với các môn Khoa học tự nhiên, Công nghệ và Tin học.",
            "Kèm theo Tờ trình này là danh mục thiết bị chi tiết và báo cáo thẩm định giá của đơn vị tư vấn."]
    for t in body + more[:extra]:
        flow.append(para(t))
    flow.append(para("Sở Giáo dục và Đào tạo kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- Như trên;", "- Sở Tài chính;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, KHTC."], sig, signer["name"])
    fields = _marks_fields({"documentType": "Tờ trình", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


def bao_cao(rng, year, extra=0, marks=()):
    ag = agency(rng, DEPARTMENTS[3])
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 800))
    notation = "BC-SYT"
    subj = "Kết quả công tác y tế dự phòng 6 tháng đầu năm %d" % year
    signer = person(rng)
    sig = signer_lines(rng, ag)
    flow = title_block("BÁO CÁO", [subj])
    H = dict(size=13.5, align="left", space_before=6, keep_next=True)
    flow += [B("I. KẾT QUẢ THỰC HIỆN", **H),
             para("1. Công tác phòng, chống dịch bệnh: trong 6 tháng đầu năm, toàn tỉnh ghi nhận 312 trường hợp mắc sốt xuất huyết, giảm 18% so với cùng kỳ; không có trường hợp tử vong. Các ổ dịch được phát hiện sớm và xử lý triệt để."),
             para("2. Công tác tiêm chủng mở rộng: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 94,6%; tỷ lệ phụ nữ có thai được tiêm phòng uốn ván đạt 92,1%."),
             para("3. Công tác an toàn thực phẩm: đã tổ chức 146 đoàn thanh tra, kiểm tra tại 2.310 cơ sở; xử phạt vi phạm hành chính 57 cơ sở với tổng số tiền 186.500.000 đồng."),
             B("II. TỒN TẠI, HẠN CHẾ", **H),
             para("Nhân lực làm công tác y tế dự phòng tuyến huyện, tuyến xã còn thiếu; kinh phí cho hoạt động giám sát dịch bệnh chưa đáp ứng yêu cầu; một số địa phương chưa quan tâm đúng mức đến công tác vệ sinh môi trường.")]
    more = [B("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM", **H),
            para("1. Chủ động giám sát, phát hiện sớm và xử lý kịp thời các ổ dịch, không để dịch bệnh lan rộng; tập trung phòng, chống sốt xuất huyết, tay chân miệng trong mùa mưa."),
            para("2. Duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt trên 95%; tăng cường kiểm tra an toàn thực phẩm trong dịp Tết Trung thu và các lễ hội."),
            para("3. Đề nghị Ủy ban nhân dân tỉnh bổ sung kinh phí mua hóa chất, vật tư phòng, chống dịch và bố trí đủ biên chế cho Trung tâm Kiểm soát bệnh tật tỉnh."),
            para("4. Tăng cường truyền thông giáo dục sức khỏe, hướng dẫn người dân chủ động thực hiện các biện pháp vệ sinh cá nhân, diệt lăng quăng, bọ gậy và xử lý môi trường tại hộ gia đình."),
            para("5. Kiện toàn mạng lưới y tế thôn, bản; tổ chức tập huấn chuyên môn về giám sát, phát hiện sớm dịch bệnh cho nhân viên y tế tuyến xã."),
            para("6. Phối hợp với ngành giáo dục triển khai công tác y tế trường học, khám sức khỏe định kỳ cho học sinh ngay từ đầu năm học mới.")]
    flow += more[:extra]
    flow.append(para("Trên đây là báo cáo kết quả công tác y tế dự phòng 6 tháng đầu năm %d của Sở Y tế./." % year))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- UBND tỉnh (để b/c);", "- Bộ Y tế (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, NVY."], sig, signer["name"])
    fields = _marks_fields({"documentType": "Báo cáo", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


def old_decision(rng, year, extra=0, marks=()):
    """Legal document of a province in the old <n>/<year>/<TYPE>-<ORGAN> numbering."""
    ag = agency(rng, "tinh")
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 60))
    notation = "%d/QĐ-UBND" % year
    subj = "Ban hành Quy định quản lý, sử dụng nhà văn hóa thôn, tổ dân phố trên địa bàn tỉnh %s" % ag["place"]
    signer = person(rng)
    sig = signer_lines(rng, ag)
    flow = title_block("QUYẾT ĐỊNH", split_subject(subj, 56))
    flow.append(B(ag["self"], size=14, align="center", space_before=2))
    flow += [basis("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
             basis("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;"),
             basis("Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số %d/TTr-SVHTTDL %s." % (rng.randint(10, 900), vn_date(date - dt.timedelta(days=12)))),
             B("QUYẾT ĐỊNH:", size=14, align="center", space_before=8),
             art(1, "Ban hành kèm theo Quyết định này Quy định quản lý, sử dụng nhà văn hóa thôn, tổ dân phố trên địa bàn tỉnh %s." % ag["place"]),
             art(2, "Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký ban hành.")]
    more = ["Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn, kiểm tra việc thực hiện Quy định này.",
            "Ủy ban nhân dân các huyện, thành phố, thị xã chỉ đạo Ủy ban nhân dân cấp xã xây dựng nội quy hoạt động của nhà văn hóa thôn, tổ dân phố."]
    for t in more[:extra]:
        flow.append(para(t))
    flow.append(art(3, "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, marks=marks)
    foot = footer(["- Như Điều 3;", "- Bộ Văn hóa, Thể thao và Du lịch;", "- Cục Kiểm tra VBQPPL - Bộ Tư pháp;", "- TT Tỉnh ủy, HĐND tỉnh;", "- Lưu: VT, VX."], sig, signer["name"])
    fields = _marks_fields({"documentType": "Quyết định", **code_fields(number, notation), "issuedDate": date.isoformat(),
                            "place": ag["place"], "organName": ag["org"], "subject": subj,
                            "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


def party_conclusion(rng, year, extra=0, marks=()):
    prov = rng.choice(PROVINCES)
    ag = {"parent": "ĐẢNG BỘ TỈNH " + upper(prov["name"]), "name": "TỈNH ỦY", "place": prov["name"]}
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, 300))
    notation = "KL/TU"
    subj_lines = ["của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh",
                  "cải cách hành chính giai đoạn %d - %d" % (year, year + 3)]
    signer = person(rng)
    sig = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
    flow = title_block("KẾT LUẬN", subj_lines)
    flow += [para("Tại phiên họp %s, sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác cải cách hành chính, ý kiến tham gia của các đồng chí Ủy viên Ban Thường vụ, Ban Thường vụ Tỉnh ủy kết luận như sau:" % vn_date(date - dt.timedelta(days=7))),
             para("1. Các cấp ủy, tổ chức đảng, chính quyền tiếp tục quán triệt sâu sắc quan điểm cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên; người đứng đầu phải trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm về kết quả thực hiện."),
             para("2. Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp; kiên quyết xử lý cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà.")]
    more = ["3. Tiếp tục sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả gắn với tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức.",
            "4. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch cụ thể, phân công rõ trách nhiệm, thời hạn hoàn thành và định kỳ báo cáo Ban Thường vụ Tỉnh ủy."]
    for t in more[:extra]:
        flow.append(para(t))
    flow.append(para("Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này."))
    head = state_heading(ag, "Số %s-%s" % (number, notation), date, party=True)
    foot = footer(["- Các đồng chí Tỉnh ủy viên,", "- Các ban cán sự đảng, đảng đoàn,", "- Các huyện ủy, thành ủy, thị ủy,", "- Lưu Văn phòng Tỉnh ủy."], sig, signer["name"])
    fields = {"documentType": "Kết luận", **code_fields(number, notation), "issuedDate": date.isoformat(),
              "place": ag["place"], "organName": "Tỉnh ủy " + prov["name"], "subject": " ".join(subj_lines),
              "signerPosition": " ".join(sig), "signerName": signer["name"]}
    return {"heading": head, "flow": flow, "footer": foot}, fields


STANDALONE = {"decision": decision_committee, "cong_van": cong_van, "thong_bao": thong_bao,
              "ke_hoach": ke_hoach, "to_trinh": to_trinh, "bao_cao": bao_cao,
              "old_decision": old_decision, "party": party_conclusion}


# ------------------------------------------------------------------ documents from text specs
def two_lines(name):
    """Break a long issuer name over two heading lines as agencies print it
    ("SỞ TÀI NGUYÊN VÀ" / "MÔI TRƯỜNG"): after "VÀ" when it has one, else near the middle."""
    words = name.split()
    cut = words.index("VÀ") + 1 if "VÀ" in words[1:-1] else (len(words) + 1) // 2
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def spec_agency(rng, spec):
    """The issuer a text spec asks for: tinh, huyen, or dept:<abbr> of the current pool."""
    who = spec["issuer"]
    if who.startswith("dept:"):
        dep = next(d for d in DEPARTMENTS if d[2] == who[5:])
        ag = agency(rng, dep)
    else:
        ag = agency(rng, who)
    if spec.get("two_line"):
        ag["name"] = two_lines(ag["name"])
    return ag


def body_item(text):
    """A body paragraph, or a section heading (`II. NỘI DUNG ...`: capitals) set bold on its own."""
    if text == upper(text) and text.split(".")[0] in ("I", "II", "III", "IV", "V", "VI"):
        return B(text, size=13.5, align="left", space_before=6, keep_next=True)
    return para(text)


def standard(rng, year, spec, extra=0, marks=()):
    """A state document (Công văn, Quyết định, Thông báo, ...) from a text spec of DOC_TEXTS:
    issuer, subject (a công văn's V/v in given lines beside the number), body, recipients.
    Text fields may use {year} {place} {org} {short} {level} {district}."""
    ag = spec_agency(rng, spec)
    date = rand_date(rng, year, year)
    number = num_str(rng.randint(1, spec.get("max_number", 900)))
    cong_van_ = spec["type"] == "Công văn"
    notation = ag["cv"] if cong_van_ else "%s-%s" % (spec["code"], ag["abbr"])
    signer = person(rng)
    sig = signer_lines(rng, ag, deputy=spec.get("deputy"))
    fmt = dict(year=year, place=ag["place"], org=ag["org"], short=ag["short"], level=ag["level"],
               district=ag.get("district", ""))
    f = lambda t: t.format(**fmt)  # noqa: E731
    vv = [f(v) for v in spec["vv"]] if cong_van_ else None
    subj = " ".join(vv) if cong_van_ else f(spec["subject"])
    if cong_van_:
        flow = [Space(4), P("Kính gửi:", size=14, align="left", left=35, space_before=4)]
        flow += [P(f(k), size=14, align="left", left=55) for k in spec["to"]] + [Space(4)]
    else:
        flow = title_block(upper(spec["type"]), split_subject(subj, 56))
        if spec.get("to"):                    # a tờ trình's single addressee
            flow.append(P("Kính gửi: " + f(spec["to"][0]), size=14, align="left", left=30, space_before=2))
    if spec["type"] == "Quyết định":
        flow.append(B(ag["chair"], size=14, align="center", space_before=2))
        flow += [basis(f(b_)) for b_ in spec["basis"]]
        flow.append(B("QUYẾT ĐỊNH:", size=14, align="center", space_before=8))
        arts = [f(a) for a in spec["articles"]]
        flow += [art(i, a) for i, a in enumerate(arts[:-1], 1)]
        flow += [para(f(t)) for t in spec["more"][:extra]]
        flow.append(art(len(arts), arts[-1]))
    else:
        flow += [body_item(f(t)) for t in spec["body"] + spec["more"][:extra]]
        flow.append(para(f(spec["closing"])))
    head = state_heading(ag, "Số: %s/%s" % (number, notation), date, vv=vv, marks=marks)
    foot = footer([f(r) for r in spec["recipients"]], sig, signer["name"])
    fields = _marks_fields({"documentType": spec["type"], **code_fields(number, notation),
                            "issuedDate": date.isoformat(), "place": ag["place"], "organName": ag["org"],
                            "subject": subj, "signerPosition": " ".join(sig), "signerName": signer["name"]}, marks)
    return {"heading": head, "flow": flow, "footer": foot}, fields


DEV_TEXTS = {
    "cv_tnmt": {
        "type": "Công văn", "issuer": "dept:STNMT", "two_line": True, "deputy": True, "max_number": 3000,
        "vv": ["V/v tăng cường quản lý, bảo vệ tài nguyên", "nước trên địa bàn tỉnh năm {year}"],
        "to": ["- Ủy ban nhân dân các huyện, thành phố, thị xã;", "- Các doanh nghiệp khai thác tài nguyên nước."],
        "body": ["Thực hiện Luật Tài nguyên nước và chỉ đạo của Ủy ban nhân dân tỉnh {place} về việc tăng cường công tác quản lý tài nguyên nước trong mùa khô năm {year}, Sở Tài nguyên và Môi trường đề nghị các đơn vị thực hiện tốt một số nội dung sau:",
                 "1. Rà soát các công trình khai thác, sử dụng nước mặt, nước dưới đất trên địa bàn; hướng dẫn tổ chức, cá nhân lập hồ sơ đề nghị cấp giấy phép theo quy định.",
                 "2. Kiểm tra việc chấp hành các quy định về xả nước thải vào nguồn nước; kịp thời phát hiện, xử lý các trường hợp vi phạm.",
                 "3. Xây dựng phương án cấp nước sinh hoạt cho người dân vùng thường xuyên thiếu nước; bảo đảm nước tưới cho cây trồng vụ Hè Thu."],
        "more": ["4. Tuyên truyền, vận động người dân sử dụng nước tiết kiệm, hiệu quả; không xả rác thải, chất thải xuống sông, suối, kênh, mương.",
                 "5. Các doanh nghiệp khai thác tài nguyên nước thực hiện quan trắc, giám sát lưu lượng, chất lượng nước và gửi số liệu về Sở trước ngày 10 hằng tháng.",
                 "6. Ủy ban nhân dân cấp huyện chỉ đạo Ủy ban nhân dân cấp xã cập nhật tình hình hạn hán, thiếu nước và báo cáo khi có diễn biến bất thường.",
                 "7. Các đơn vị quản lý hồ chứa, đập dâng thực hiện nghiêm quy trình vận hành, ưu tiên nước cho sinh hoạt; không để xảy ra tình trạng tranh chấp nguồn nước giữa các địa phương.",
                 "8. Phòng Tài nguyên và Môi trường các huyện thống kê các giếng khoan không còn sử dụng, hướng dẫn chủ giếng trám lấp theo đúng quy định để bảo vệ nước dưới đất.",
                 "9. Trường hợp phát hiện hiện tượng sụt lún, nhiễm mặn hoặc ô nhiễm nguồn nước, các đơn vị báo cáo ngay về Sở để phối hợp kiểm tra, xử lý."],
        "closing": "Đề nghị các đơn vị quan tâm phối hợp thực hiện; kết quả gửi về Sở Tài nguyên và Môi trường (qua Phòng Tài nguyên nước) trước ngày 30 tháng 6 năm {year}./.",
        "recipients": ["- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TNN."]},
    "qd_gddt": {
        "type": "Quyết định", "code": "QĐ", "issuer": "dept:SGDĐT", "two_line": True, "max_number": 1500,
        "subject": "Về việc công nhận kết quả kiểm định chất lượng giáo dục các trường trung học cơ sở năm {year}",
        "basis": ["Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
                  "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học;",
                  "Xét đề nghị của Trưởng phòng Quản lý chất lượng."],
        "articles": ["Công nhận 12 trường trung học cơ sở trên địa bàn tỉnh {place} đạt kiểm định chất lượng giáo dục cấp độ 2 (có danh sách kèm theo).",
                     "Thời hạn công nhận là 05 năm kể từ ngày ký Quyết định này. Các trường có trách nhiệm duy trì, nâng cao chất lượng giáo dục và thực hiện kế hoạch cải tiến sau đánh giá ngoài.",
                     "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý chất lượng, Trưởng phòng Giáo dục và Đào tạo các huyện và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."],
        "more": ["Phòng Giáo dục và Đào tạo các huyện, thành phố có trách nhiệm theo dõi, hướng dẫn các trường khắc phục những hạn chế đã được đoàn đánh giá ngoài chỉ ra.",
                 "Kinh phí tổ chức đánh giá ngoài được bảo đảm từ nguồn chi sự nghiệp giáo dục năm {year} của Sở.",
                 "Hằng năm, các trường tự đánh giá và báo cáo kết quả duy trì tiêu chuẩn về Sở Giáo dục và Đào tạo trước ngày 31 tháng 5.",
                 "Các trường được công nhận có trách nhiệm công khai kết quả kiểm định chất lượng giáo dục trên trang thông tin điện tử của nhà trường và niêm yết tại trụ sở.",
                 "Trường hợp trường không duy trì được các tiêu chuẩn đã được công nhận, Sở Giáo dục và Đào tạo xem xét thu hồi quyết định công nhận theo quy định.",
                 "Giao Phòng Quản lý chất lượng tổng hợp kết quả, cập nhật cơ sở dữ liệu kiểm định chất lượng giáo dục và báo cáo Bộ Giáo dục và Đào tạo theo quy định.",
                 "Các trường chưa đạt kiểm định chất lượng giáo dục xây dựng kế hoạch cải tiến, đăng ký đánh giá ngoài trong năm học tiếp theo."],
        "recipients": ["- Như Điều 3;", "- Bộ GDĐT (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLCL."]},
    # more development texts (second session): subjects with commas, hyphens and numbers over two lines, as real ones
    "tb_snv": {
        "type": "Thông báo", "code": "TB", "issuer": "dept:SNV", "max_number": 800,
        "subject": "Kết luận của Giám đốc Sở Nội vụ tại cuộc họp giao ban công tác cải cách hành chính quý III năm {year}",
        "body": ["Ngày 05 tháng 10 năm {year}, Giám đốc Sở Nội vụ chủ trì cuộc họp giao ban công tác cải cách hành chính quý III năm {year}. Tham dự có các Phó Giám đốc Sở, Trưởng các phòng, đơn vị thuộc Sở.",
                 "Sau khi nghe Phòng Cải cách hành chính báo cáo kết quả thực hiện nhiệm vụ quý III và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
                 "1. Trong quý III, các phòng, đơn vị đã hoàn thành 92% nhiệm vụ theo kế hoạch; tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,5%.",
                 "2. Yêu cầu các phòng, đơn vị tập trung rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền; hoàn thành trước ngày 15 tháng 11 năm {year}."],
        "more": ["3. Phòng Cải cách hành chính chủ trì, phối hợp với Văn phòng Sở tổng hợp kết quả chấm điểm Chỉ số cải cách hành chính (PAR Index) của các sở, ngành, địa phương.",
                 "4. Văn phòng Sở bảo đảm kinh phí, cơ sở vật chất cho hoạt động của Bộ phận tiếp nhận và trả kết quả; kịp thời đề xuất sửa chữa, nâng cấp trang thiết bị.",
                 "5. Thanh tra Sở tăng cường kiểm tra công vụ, chấn chỉnh kỷ luật, kỷ cương hành chính trong giờ làm việc."],
        "closing": "Sở Nội vụ thông báo để các phòng, đơn vị thuộc Sở biết, thực hiện./.",
        "recipients": ["- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, CCHC."]},
    "kh_huyen_pl": {
        "type": "Kế hoạch", "code": "KH", "issuer": "huyen", "max_number": 400,
        "subject": "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm {year} trên địa bàn huyện {district}",
        "body": ["I. MỤC ĐÍCH, YÊU CẦU",
                 "1. Tiếp tục quán triệt, phổ biến sâu rộng ý nghĩa, tầm quan trọng của Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (ngày 09 tháng 11) đến cán bộ, công chức và Nhân dân.",
                 "2. Các hoạt động hưởng ứng được tổ chức thiết thực, hiệu quả, phù hợp với điều kiện của từng cơ quan, đơn vị, địa phương; tránh hình thức, lãng phí.",
                 "II. NỘI DUNG HOẠT ĐỘNG",
                 "1. Tổ chức treo băng rôn, khẩu hiệu tại trụ sở các cơ quan, đơn vị và nơi công cộng từ ngày 01 đến ngày 15 tháng 11 năm {year}."],
        "more": ["2. Tổ chức tọa đàm, hội nghị phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ 6, Quốc hội khóa XV.",
                 "3. Phát động cuộc thi tìm hiểu pháp luật trực tuyến; tuyên truyền trên Đài Truyền thanh - Truyền hình huyện và hệ thống loa truyền thanh cơ sở.",
                 "III. TỔ CHỨC THỰC HIỆN",
                 "Phòng Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, đôn đốc thực hiện Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 20 tháng 11 năm {year}."],
        "closing": "Trên đây là Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm {year} của Ủy ban nhân dân huyện {district}./.",
        "recipients": ["- Sở Tư pháp (để b/c);", "- TT Huyện ủy, HĐND huyện;", "- Các cơ quan, đơn vị;", "- UBND các xã, thị trấn;", "- Lưu: VT, TP."]},
    "cv_syt": {
        "type": "Công văn", "issuer": "dept:SYT", "deputy": True, "max_number": 4000,
        "vv": ["V/v triển khai tiêm vắc xin phòng bệnh sởi,", "rubella cho trẻ em từ 1 đến 5 tuổi năm {year}"],
        "to": ["- Trung tâm Kiểm soát bệnh tật tỉnh;", "- Trung tâm Y tế các huyện, thành phố, thị xã."],
        "body": ["Thực hiện Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm {year} của Ủy ban nhân dân tỉnh {place} về tiêm vắc xin phòng bệnh sởi, rubella, Sở Y tế đề nghị các đơn vị triển khai một số nội dung sau:",
                 "1. Rà soát, lập danh sách trẻ em từ 1 đến 5 tuổi chưa tiêm hoặc chưa tiêm đủ mũi vắc xin sởi - rubella trên địa bàn; hoàn thành trước ngày 30 tháng 4 năm {year}.",
                 "2. Bảo đảm an toàn tiêm chủng theo Nghị định số 104/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ; bố trí đủ nhân lực, thuốc, trang thiết bị xử trí phản ứng sau tiêm."],
        "more": ["3. Tăng cường truyền thông về lợi ích của tiêm chủng; vận động cha mẹ, người chăm sóc trẻ đưa trẻ đi tiêm đầy đủ, đúng lịch.",
                 "4. Trung tâm Kiểm soát bệnh tật tỉnh tiếp nhận, cấp phát vắc xin, vật tư tiêm chủng cho các đơn vị; hướng dẫn ghi chép trên Hệ thống thông tin tiêm chủng quốc gia.",
                 "5. Các đơn vị báo cáo kết quả tiêm chủng hằng tuần (trước 16 giờ thứ Sáu) về Sở Y tế qua Phòng Nghiệp vụ Y."],
        "closing": "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế (qua Phòng Nghiệp vụ Y, điện thoại 0238.3844.xxx) để được hướng dẫn./.",
        "recipients": ["- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, NVY."]},
}


# ------------------------------------------------------------------ pools by set
# held-out pools: other people, places, departments and texts (never used to choose a rule)
HELDOUT_TEXTS = {
    "cv_khdt": {
        "type": "Công văn", "issuer": "dept:SKHĐT", "two_line": True, "deputy": True, "max_number": 2500,
        "vv": ["V/v đôn đốc giải ngân kế hoạch vốn", "đầu tư công năm {year}"],
        "to": ["- Các chủ đầu tư có dự án sử dụng vốn đầu tư công;", "- Ủy ban nhân dân các huyện, thị xã, thành phố."],
        "body": ["Theo số liệu của Kho bạc Nhà nước tỉnh, đến hết tháng 8 năm {year}, tỷ lệ giải ngân vốn đầu tư công của tỉnh {place} mới đạt 41,7% kế hoạch được giao, thấp hơn mức bình quân chung của cả nước. Để hoàn thành mục tiêu giải ngân, Sở Kế hoạch và Đầu tư đề nghị các đơn vị:",
                 "1. Khẩn trương hoàn thiện thủ tục đầu tư, lựa chọn nhà thầu đối với các dự án khởi công mới; tập trung thi công, nghiệm thu khối lượng hoàn thành để thanh toán ngay với Kho bạc.",
                 "2. Đẩy nhanh công tác bồi thường, giải phóng mặt bằng; chủ động phối hợp với chính quyền cơ sở giải quyết dứt điểm các vướng mắc về đất đai, tài sản trên đất.",
                 "3. Rà soát, đề xuất điều chuyển vốn của các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt hơn trước ngày 15 tháng 10 năm {year}."],
        "more": ["4. Thủ trưởng các chủ đầu tư chịu trách nhiệm trước Ủy ban nhân dân tỉnh về tiến độ giải ngân; kết quả giải ngân là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của tập thể, cá nhân.",
                 "5. Báo cáo tình hình giải ngân định kỳ vào ngày 25 hằng tháng qua Hệ thống thông tin quốc gia về đầu tư công, đồng thời gửi bản giấy về Sở Kế hoạch và Đầu tư.",
                 "6. Đối với các dự án sử dụng vốn nước ngoài, các chủ đầu tư làm việc với nhà tài trợ để hoàn tất thủ tục rút vốn, tránh tình trạng tạm ứng kéo dài.",
                 "7. Các huyện, thị xã, thành phố chỉ đạo Ban quản lý dự án cấp huyện lập kế hoạch giải ngân chi tiết theo từng tháng, từng dự án và công khai tiến độ.",
                 "8. Trường hợp có khó khăn vượt thẩm quyền, các đơn vị báo cáo bằng văn bản để Sở tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, xử lý."],
        "closing": "Sở Kế hoạch và Đầu tư đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
        "recipients": ["- Như trên;", "- UBND tỉnh (để b/c);", "- Kho bạc Nhà nước tỉnh;", "- Lưu: VT, TH."]},
    "qd_nnptnt": {
        "type": "Quyết định", "code": "QĐ", "issuer": "dept:SNNPTNT", "two_line": True, "max_number": 1200,
        "subject": "Về việc phê duyệt Kế hoạch phòng, chống dịch bệnh động vật trên cạn năm {year}",
        "basis": ["Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;",
                  "Căn cứ Nghị định số 35/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều của Luật Thú y;",
                  "Xét đề nghị của Chi cục trưởng Chi cục Chăn nuôi và Thú y."],
        "articles": ["Phê duyệt Kế hoạch phòng, chống dịch bệnh động vật trên cạn năm {year} trên địa bàn tỉnh {place}, với tổng kinh phí dự kiến 6.420.000.000 đồng (Sáu tỷ bốn trăm hai mươi triệu đồng).",
                     "Chi cục Chăn nuôi và Thú y chủ trì tổ chức tiêm phòng vắc xin lở mồm long móng, dịch tả lợn châu Phi, cúm gia cầm và bệnh dại cho đàn vật nuôi; giám sát, phát hiện sớm và xử lý kịp thời các ổ dịch.",
                     "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Chi cục trưởng Chi cục Chăn nuôi và Thú y, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."],
        "more": ["Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo lực lượng thú y cơ sở thống kê tổng đàn, lập danh sách hộ chăn nuôi và bố trí nhân lực tiêm phòng đợt 1 trong tháng 4, đợt 2 trong tháng 10.",
                 "Tăng cường kiểm soát vận chuyển, giết mổ động vật và sản phẩm động vật; xử lý nghiêm các trường hợp vận chuyển động vật không rõ nguồn gốc qua địa bàn tỉnh.",
                 "Tổ chức tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi hai đợt trong năm; cấp phát hóa chất cho các xã có nguy cơ cao.",
                 "Hướng dẫn người chăn nuôi áp dụng các biện pháp an toàn sinh học, không sử dụng thức ăn thừa chưa qua xử lý nhiệt cho lợn ăn.",
                 "Định kỳ hằng quý, Chi cục Chăn nuôi và Thú y tổng hợp tình hình dịch bệnh, kết quả tiêm phòng và báo cáo Giám đốc Sở.",
                 "Kinh phí mua vắc xin, hóa chất được bảo đảm từ ngân sách tỉnh; kinh phí công tiêm phòng do ngân sách cấp huyện bố trí."],
        "recipients": ["- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Cục Thú y;", "- Lưu: VT, CNTY."]},
    "tb_ldtbxh": {
        "type": "Thông báo", "code": "TB", "issuer": "dept:SLĐTBXH", "two_line": True, "max_number": 700,
        "subject": "Tuyển sinh đào tạo nghề cho lao động nông thôn năm {year}",
        "body": ["Thực hiện kế hoạch đào tạo nghề cho lao động nông thôn năm {year} đã được Ủy ban nhân dân tỉnh {place} phê duyệt, Sở Lao động - Thương binh và Xã hội thông báo tuyển sinh như sau:",
                 "1. Đối tượng: lao động nông thôn trong độ tuổi từ đủ 15 tuổi trở lên, có nhu cầu học nghề; ưu tiên người khuyết tật, người thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số và lao động bị thu hồi đất canh tác.",
                 "2. Ngành nghề đào tạo: kỹ thuật trồng cây ăn quả, chăn nuôi gia cầm, sửa chữa máy nông nghiệp, may công nghiệp, điện dân dụng và chế biến món ăn; thời gian đào tạo từ 2 đến 3 tháng.",
                 "3. Chế độ hỗ trợ: người học được miễn học phí, hỗ trợ tiền ăn 30.000 đồng một ngày thực học và tiền đi lại theo quy định; được cấp chứng chỉ sơ cấp khi hoàn thành khóa học."],
        "more": ["4. Hồ sơ đăng ký gồm: phiếu đăng ký học nghề, bản sao căn cước công dân, giấy xác nhận thuộc đối tượng ưu tiên (nếu có); nộp tại Ủy ban nhân dân cấp xã nơi cư trú.",
                 "5. Thời gian nhận hồ sơ từ ngày 02 tháng 5 đến hết ngày 30 tháng 6 năm {year}; các lớp học được tổ chức tại trung tâm giáo dục nghề nghiệp cấp huyện hoặc tại thôn, bản.",
                 "6. Sau khi tốt nghiệp, người học được giới thiệu việc làm tại các doanh nghiệp trong và ngoài tỉnh hoặc được hỗ trợ vay vốn từ Ngân hàng Chính sách xã hội để tự tạo việc làm.",
                 "7. Ủy ban nhân dân cấp xã có trách nhiệm thông báo rộng rãi trên hệ thống loa truyền thanh, niêm yết tại trụ sở và tổng hợp danh sách đăng ký gửi về Phòng Lao động - Thương binh và Xã hội cấp huyện.",
                 "8. Mọi thông tin chi tiết liên hệ Phòng Giáo dục nghề nghiệp, Sở Lao động - Thương binh và Xã hội trong giờ hành chính."],
        "closing": "Sở Lao động - Thương binh và Xã hội thông báo để các cơ quan, đơn vị và người lao động biết, thực hiện./.",
        "recipients": ["- UBND các huyện, thị xã, thành phố;", "- Các cơ sở giáo dục nghề nghiệp;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, GDNN."]},
    "kh_huyen": {
        "type": "Kế hoạch", "code": "KH", "issuer": "huyen", "max_number": 350,
        "subject": "Tổ chức Tháng hành động vì an toàn thực phẩm năm {year} trên địa bàn huyện {district}",
        "body": ["I. MỤC ĐÍCH, YÊU CẦU",
                 "Nâng cao nhận thức, trách nhiệm của người sản xuất, kinh doanh và người tiêu dùng về bảo đảm an toàn thực phẩm; phòng ngừa ngộ độc thực phẩm và các bệnh truyền qua thực phẩm.",
                 "II. NỘI DUNG HOẠT ĐỘNG",
                 "1. Tổ chức lễ phát động Tháng hành động tại trung tâm huyện với sự tham gia của các cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể và các trường học.",
                 "2. Thành lập 03 đoàn kiểm tra liên ngành kiểm tra các cơ sở sản xuất, chế biến, kinh doanh thực phẩm, dịch vụ ăn uống, chợ đầu mối và bếp ăn tập thể của các khu công nghiệp.",
                 "3. Tuyên truyền trên Đài Truyền thanh huyện, hệ thống loa truyền thanh cơ sở và mạng xã hội; treo băng rôn, khẩu hiệu tại các tuyến đường chính."],
        "more": ["4. Lấy mẫu xét nghiệm nhanh các chỉ tiêu hàn the, phẩm màu, dư lượng thuốc bảo vệ thực vật trong rau, quả tại các chợ; xử lý nghiêm các trường hợp vi phạm.",
                 "5. Ủy ban nhân dân các xã, thị trấn ký cam kết bảo đảm an toàn thực phẩm với các hộ kinh doanh nhỏ lẻ, thức ăn đường phố trên địa bàn.",
                 "III. KINH PHÍ",
                 "Kinh phí thực hiện từ nguồn ngân sách huyện năm {year} đã được giao cho Phòng Y tế và Trung tâm Y tế huyện; các xã, thị trấn bố trí kinh phí cho hoạt động tại địa phương.",
                 "IV. TỔ CHỨC THỰC HIỆN",
                 "Phòng Y tế là cơ quan thường trực, chủ trì phối hợp với Phòng Kinh tế và Hạ tầng, Phòng Nông nghiệp và Phát triển nông thôn, Công an huyện triển khai Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân huyện trước ngày 20 tháng 5 năm {year}.",
                 "Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để tổ chức thực hiện."],
        "closing": "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Y tế để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, giải quyết./.",
        "recipients": ["- Ban Chỉ đạo liên ngành ATTP tỉnh;", "- TT Huyện ủy, HĐND huyện;", "- Các cơ quan, đơn vị liên quan;", "- UBND các xã, thị trấn;", "- Lưu: VT, YT."]},
    "bc_gtvt": {
        "type": "Báo cáo", "code": "BC", "issuer": "dept:SGTVT", "max_number": 600,
        "subject": "Tình hình trật tự, an toàn giao thông quý I năm {year}",
        "body": ["I. TÌNH HÌNH TAI NẠN GIAO THÔNG",
                 "Trong quý I năm {year}, trên địa bàn tỉnh {place} xảy ra 58 vụ tai nạn giao thông đường bộ, làm chết 31 người, bị thương 44 người; so với cùng kỳ năm trước giảm 9 vụ, giảm 5 người chết và giảm 12 người bị thương.",
                 "Nguyên nhân chủ yếu là người điều khiển phương tiện đi không đúng phần đường, làn đường, chạy quá tốc độ quy định, sử dụng rượu, bia khi tham gia giao thông.",
                 "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
                 "1. Thanh tra Sở đã kiểm tra 1.126 phương tiện kinh doanh vận tải, phát hiện và xử lý 187 trường hợp vi phạm, tạm giữ 23 phương tiện, tước giấy phép lái xe có thời hạn 41 trường hợp.",
                 "2. Hoàn thành sửa chữa 26 điểm hư hỏng mặt đường, bổ sung 140 biển báo, 2.300 mét tôn lượn sóng trên các tuyến đường tỉnh; xử lý 05 điểm đen về tai nạn giao thông."],
        "more": ["3. Phối hợp với Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục an toàn giao thông; tổ chức tuyên truyền cho học sinh, sinh viên về đội mũ bảo hiểm đúng quy cách.",
                 "III. TỒN TẠI, HẠN CHẾ",
                 "Tình trạng xe quá tải trọng còn diễn ra trên một số tuyến đường huyện; việc xử lý vi phạm hành lang an toàn đường bộ chưa triệt để; lực lượng thanh tra còn mỏng so với yêu cầu nhiệm vụ.",
                 "IV. NHIỆM VỤ QUÝ II NĂM {year}",
                 "1. Tăng cường tuần tra, kiểm soát tải trọng phương tiện tại các mỏ đất, đá, cát và các điểm tập kết vật liệu xây dựng.",
                 "2. Rà soát, xử lý các điểm tiềm ẩn nguy cơ tai nạn giao thông trước mùa mưa bão; bảo đảm giao thông thông suốt trong dịp nghỉ lễ 30 tháng 4 và 01 tháng 5.",
                 "3. Kiến nghị Ủy ban nhân dân tỉnh bố trí kinh phí bảo trì các tuyến đường tỉnh đã xuống cấp nghiêm trọng."],
        "closing": "Trên đây là báo cáo tình hình trật tự, an toàn giao thông quý I năm {year} của Sở Giao thông vận tải./.",
        "recipients": ["- Ban ATGT tỉnh;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLVT."]},
    "cv_tinh": {
        "type": "Công văn", "issuer": "tinh", "deputy": True, "max_number": 5000,
        "vv": ["V/v chủ động triển khai công tác phòng, chống", "thiên tai và tìm kiếm cứu nạn năm {year}"],
        "to": ["- Các sở, ban, ngành cấp tỉnh;", "- Ủy ban nhân dân các huyện, thị xã, thành phố."],
        "body": ["Theo nhận định của cơ quan khí tượng thủy văn, năm {year} thời tiết diễn biến phức tạp, có khả năng xuất hiện nhiều cơn bão, áp thấp nhiệt đới, mưa lớn gây lũ quét, sạt lở đất. Để chủ động ứng phó, giảm thiểu thiệt hại, Ủy ban nhân dân tỉnh yêu cầu:",
                 "1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; phân công cụ thể trách nhiệm từng thành viên phụ trách địa bàn.",
                 "2. Rà soát, cập nhật phương án ứng phó với các cấp độ rủi ro thiên tai, nhất là phương án sơ tán dân ở vùng trũng thấp, ven sông, vùng có nguy cơ sạt lở.",
                 "3. Kiểm tra an toàn hồ chứa, đê điều, kè chắn sóng trước mùa mưa bão; khắc phục ngay các hư hỏng, sự cố công trình."],
        "more": ["4. Chuẩn bị đầy đủ lương thực, thuốc men, nước uống, phương tiện, trang thiết bị theo phương châm bốn tại chỗ; tổ chức diễn tập ứng phó ở các địa bàn trọng điểm.",
                 "5. Các cơ quan thông tin đại chúng tăng thời lượng phổ biến kiến thức, kỹ năng phòng tránh thiên tai cho người dân; đưa tin kịp thời, chính xác khi có thiên tai xảy ra.",
                 "6. Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, tổng hợp tình hình, tham mưu Ủy ban nhân dân tỉnh chỉ đạo ứng phó kịp thời.",
                 "7. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh xây dựng kế hoạch huy động lực lượng, phương tiện sẵn sàng tham gia cứu hộ, cứu nạn.",
                 "8. Ủy ban nhân dân cấp huyện chỉ đạo cấp xã tổ chức thường trực 24/24 giờ trong thời gian có thiên tai; báo cáo nhanh thiệt hại về Văn phòng thường trực."],
        "closing": "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố nghiêm túc thực hiện./.",
        "recipients": ["- Như trên;", "- Ban Chỉ đạo quốc gia về PCTT (để b/c);", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KT."]},
    "tt_tuphap": {
        "type": "Tờ trình", "code": "TTr", "issuer": "dept:STP", "max_number": 400,
        "subject": "Về việc ban hành Kế hoạch phổ biến, giáo dục pháp luật năm {year}",
        "to": ["Ủy ban nhân dân tỉnh {place}"],
        "body": ["Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012; căn cứ chỉ đạo của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Sở Tư pháp kính trình Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm {year} với các nội dung chủ yếu sau:",
                 "1. Tập trung phổ biến các luật mới được Quốc hội thông qua, nhất là các quy định liên quan trực tiếp đến người dân, doanh nghiệp về đất đai, nhà ở, kinh doanh bất động sản và căn cước.",
                 "2. Đổi mới hình thức phổ biến pháp luật, ứng dụng công nghệ thông tin, mạng xã hội; duy trì Ngày Pháp luật Việt Nam tại các cơ quan, đơn vị.",
                 "3. Nâng cao chất lượng hoạt động hòa giải ở cơ sở; bồi dưỡng kỹ năng cho hòa giải viên tại các thôn, tổ dân phố."],
        "more": ["4. Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến cho cán bộ, công chức, viên chức và Nhân dân trên địa bàn tỉnh trong quý III.",
                 "5. Xây dựng tủ sách pháp luật điện tử, cập nhật văn bản quy phạm pháp luật của tỉnh trên Cổng thông tin điện tử.",
                 "6. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.",
                 "7. Tăng cường phổ biến pháp luật cho đồng bào dân tộc thiểu số, người lao động tại các khu công nghiệp và học sinh, sinh viên bằng hình thức phù hợp với từng nhóm đối tượng.",
                 "8. Giao Sở Tư pháp là cơ quan thường trực của Hội đồng, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch và tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 năm {year}.",
                 "Năm qua, công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh đã có nhiều chuyển biến tích cực, song một số nơi còn hình thức, chưa sát với nhu cầu của người dân; đội ngũ báo cáo viên pháp luật ở cấp huyện còn thiếu.",
                 "Việc ban hành Kế hoạch là cần thiết nhằm thống nhất chỉ đạo, phân công rõ trách nhiệm của các sở, ngành, địa phương và bố trí nguồn lực bảo đảm thực hiện hiệu quả.",
                 "Kèm theo Tờ trình là dự thảo Kế hoạch và báo cáo tổng hợp, tiếp thu ý kiến góp ý của các sở, ngành, địa phương."],
        "closing": "Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        "recipients": ["- Như trên;", "- Hội đồng PHPBGDPL tỉnh;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, PBGDPL."]},
    "qd_huyen": {
        "type": "Quyết định", "code": "QĐ", "issuer": "huyen", "max_number": 3000,
        "subject": "Về việc công nhận danh sách hộ nghèo, hộ cận nghèo trên địa bàn huyện năm {year}",
        "basis": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                  "Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2022 - 2025;",
                  "Xét đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện."],
        "articles": ["Công nhận 1.284 hộ nghèo và 1.962 hộ cận nghèo trên địa bàn huyện {district} năm {year} theo chuẩn nghèo đa chiều (có danh sách chi tiết kèm theo).",
                     "Các hộ có tên trong danh sách được hưởng các chính sách hỗ trợ về y tế, giáo dục, nhà ở, tín dụng ưu đãi và các chính sách khác theo quy định hiện hành.",
                     "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Lao động - Thương binh và Xã hội, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./."],
        "more": ["Ủy ban nhân dân các xã, thị trấn có trách nhiệm niêm yết công khai danh sách tại trụ sở và nhà văn hóa thôn, tổ dân phố; cấp giấy chứng nhận hộ nghèo, hộ cận nghèo cho các hộ.",
                 "Phòng Lao động - Thương binh và Xã hội cập nhật danh sách vào phần mềm quản lý hộ nghèo và theo dõi biến động hằng năm.",
                 "Bảo hiểm xã hội huyện căn cứ danh sách để cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo kịp thời, đúng đối tượng.",
                 "Phòng Giáo dục và Đào tạo chỉ đạo các trường thực hiện miễn, giảm học phí và hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo, hộ cận nghèo.",
                 "Ngân hàng Chính sách xã hội huyện ưu tiên cho vay vốn đối với các hộ có nhu cầu phát triển sản xuất, thoát nghèo bền vững."],
        "recipients": ["- Như Điều 3;", "- Sở LĐTBXH (để b/c);", "- TT Huyện ủy, HĐND huyện;", "- Lưu: VT, LĐTBXH."]},
}

HELDOUT_POOLS = {
    "SURNAMES": ["Vũ", "Trịnh", "Lâm", "Mai", "Cao", "Tạ", "Huỳnh", "Kiều", "Quách", "Triệu", "Châu", "Tôn",
                 "Doãn", "Hà", "Lục", "Khúc"],
    "MALE_MID": ["Bá", "Tiến", "Ngọc", "Khắc", "Viết", "Duy", "Trung", "Anh", "Kim", "Sỹ"],
    "MALE_GIVEN": ["Cường", "Bình", "Kiên", "Thịnh", "Luân", "Nhân", "Trí", "Hậu", "Định", "Việt", "Khoa",
                   "Bảo", "Thuận", "Tài", "Chiến", "Quyết", "Lợi", "Tâm"],
    "FEMALE_MID": ["Thị Kim", "Thị Bích", "Thị Ngọc", "Diệu", "Bảo", "Thị Lệ", "Thị Tuyết"],
    "FEMALE_GIVEN": ["Nhung", "Quyên", "Vân", "Loan", "Ngân", "Xuân", "Tuyết", "Thủy", "Diệp", "My", "Châu",
                     "Giang", "Khuê", "Trinh"],
    "PROVINCES": [
        {"name": "Quảng Ngãi", "districts": ["Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Mộ Đức"], "code": "H51", "cccd": "051"},
        {"name": "Đắk Lắk", "districts": ["Krông Pắc", "Krông Ana", "Buôn Đôn", "Lắk"], "code": "H66", "cccd": "066"},
        {"name": "Lào Cai", "districts": ["Bảo Thắng", "Bát Xát", "Văn Bàn"], "code": "H10", "cccd": "010"},
        {"name": "Sóc Trăng", "districts": ["Mỹ Xuyên", "Kế Sách", "Long Phú"], "code": "H94", "cccd": "094"},
        {"name": "Phú Thọ", "districts": ["Thanh Ba", "Lâm Thao", "Hạ Hòa"], "code": "H25", "cccd": "025"},
        {"name": "Bình Định", "districts": ["Tuy Phước", "Phù Cát", "Phù Mỹ"], "code": "H52", "cccd": "052"},
    ],
    "COMMUNES": ["Bình Thạnh", "Tịnh Hà", "Nghĩa Kỳ", "Đức Chánh", "Ea Phê", "Phú Nhuận", "Cốc San", "Thạnh Thới",
                 "Hà Lộc", "Cát Hanh", "Mỹ Thọ", "Kim Đức"],
    "VILLAGES": ["thôn An Phú", "thôn Tân Hội", "buôn Ea Kmar", "ấp Hòa Lời", "khu phố 3", "thôn Vĩnh Thành",
                 "tổ dân phố Gò Gạo", "thôn Phước Lộc", "bản Cốc Ly"],
    "DEPARTMENTS": [
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư", "SKHĐT", ["SKHĐT-TH", "SKHĐT-ĐKKD"]),
        ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT",
         ["SNNPTNT-CNTY", "SNNPTNT-KHTC"]),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH",
         ["SLĐTBXH-GDNN", "SLĐTBXH-BTXH"]),
        ("SỞ GIAO THÔNG VẬN TẢI", "Sở Giao thông vận tải", "SGTVT", ["SGTVT-QLVT"]),
        ("SỞ TƯ PHÁP", "Sở Tư pháp", "STP", ["STP-PBGDPL"]),
    ],
    "DOC_TEXTS": HELDOUT_TEXTS,
}

DOC_TEXTS = DEV_TEXTS
POOLS = {"dev": {}, "heldout": HELDOUT_POOLS}   # dev: the module's lists above, as they are


def use_pools(name):
    """Select the content pools of a set: the development pools as defined above, or the
    held-out pools (other people, provinces, departments and texts), by rebinding the module's
    pool names that the builders read."""
    globals().update(POOLS[name])

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
    if spec["type"] == "Quyết định":
        flow.append(B(ag["chair"], size=14, align="center", space_before=2))
        flow += [basis(f(b_)) for b_ in spec["basis"]]
        flow.append(B("QUYẾT ĐỊNH:", size=14, align="center", space_before=8))
        arts = [f(a) for a in spec["articles"]]
        flow += [art(i, a) for i, a in enumerate(arts[:-1], 1)]
        flow += [para(f(t)) for t in spec["more"][:extra]]
        flow.append(art(len(arts), arts[-1]))
    else:
        flow += [para(f(t)) for t in spec["body"] + spec["more"][:extra]]
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
}


# ------------------------------------------------------------------ pools by set
DOC_TEXTS = DEV_TEXTS
POOLS = {"dev": {}}   # the module's lists above are the development pools


def use_pools(name):
    """Select the content pools of a set: the development pools as defined above, or the
    held-out pools (other people, provinces, departments and texts), by rebinding the module's
    pool names that the builders read."""
    globals().update(POOLS[name])

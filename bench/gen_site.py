#!/usr/bin/env python3
"""Generate a synthetic report site of any size, in two forms built from the same data:

  OUT/Content   the project's own content format (see ../spec/content-format.md)
  OUT/hugo      an equivalent Hugo site: one page per unit with the same Markdown body,
                a taxonomy page per province listing its units by score, a home page

Usage: gen_site.py --units 10000 --years 3 --out /tmp/site [--seed 1] [--csv-units]
Everything is deterministic for a given seed. Standard library only.

(Copy of shared/bench/gen_site.py kept in the repository for `make bench` and `make test-site`, with one fix:
 YAML strings in directive front matter are escaped, so a title that quotes a phrase stays valid.)
"""
import argparse
import os
import random
import shutil

PROVINCES = [
    ("ha-noi", "Hà Nội", "01"), ("hue", "Thành phố Huế", "46"), ("quang-tri", "Quảng Trị", "44"),
    ("vinh-long", "Vĩnh Long", "86"), ("ho-chi-minh", "Thành phố Hồ Chí Minh", "79"),
    ("da-nang", "Thành phố Đà Nẵng", "48"), ("hai-phong", "Thành phố Hải Phòng", "31"),
    ("can-tho", "Thành phố Cần Thơ", "92"), ("an-giang", "An Giang", "91"), ("bac-ninh", "Bắc Ninh", "24"),
    ("ca-mau", "Cà Mau", "96"), ("cao-bang", "Cao Bằng", "04"), ("dak-lak", "Đắk Lắk", "66"),
    ("dien-bien", "Điện Biên", "11"), ("dong-nai", "Đồng Nai", "75"), ("dong-thap", "Đồng Tháp", "82"),
    ("gia-lai", "Gia Lai", "52"), ("ha-tinh", "Hà Tĩnh", "42"), ("hung-yen", "Hưng Yên", "33"),
    ("khanh-hoa", "Khánh Hòa", "56"), ("lai-chau", "Lai Châu", "12"), ("lam-dong", "Lâm Đồng", "68"),
    ("lang-son", "Lạng Sơn", "20"), ("lao-cai", "Lào Cai", "15"), ("nghe-an", "Nghệ An", "40"),
    ("ninh-binh", "Ninh Bình", "37"), ("phu-tho", "Phú Thọ", "25"), ("quang-ngai", "Quảng Ngãi", "51"),
    ("quang-ninh", "Quảng Ninh", "22"), ("son-la", "Sơn La", "14"), ("tay-ninh", "Tây Ninh", "80"),
    ("thai-nguyen", "Thái Nguyên", "19"), ("thanh-hoa", "Thanh Hóa", "38"), ("tuyen-quang", "Tuyên Quang", "08"),
]

CRITERIA = [
    ("leadership", "Lãnh đạo, chỉ đạo, tổ chức thực hiện", 20),
    ("propaganda", "Tuyên truyền, giáo dục, nâng cao ý thức cảnh giác", 20),
    ("protection", "Bảo vệ an ninh nội bộ, bí mật nhà nước, tài sản", 25),
    ("forces", "Xây dựng lực lượng bảo vệ và mô hình tự quản", 20),
    ("results", "Kết quả phòng, chống tội phạm, tệ nạn xã hội, cháy nổ", 15),
]

DIRECTIVES = [
    ("ct-03-ubnd-hue-2021", "03/CT-UBND", "chỉ thị", "UBND thành phố Huế", "2021-04-12", "hue",
     "Tiếp tục đẩy mạnh công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường"),
    ("nq-51-tw-2019", "51-NQ/TW", "nghị quyết", "Bộ Chính trị", "2019-09-05", "national",
     "Chiến lược bảo vệ an ninh quốc gia"),
    ("nq-30-tw-2018", "30-NQ/TW", "nghị quyết", "Bộ Chính trị", "2018-07-25", "national",
     "Chiến lược an ninh mạng quốc gia"),
    ("kl-44-tw-2019", "44-KL/TW", "kết luận", "Ban Bí thư", "2019-01-22", "national",
     "Tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW về phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    ("nd-06-2013", "06/2013/NĐ-CP", "nghị định", "Chính phủ", "2013-01-09", "national",
     "Quy định về bảo vệ cơ quan, doanh nghiệp"),
    ("tt-124-2021", "124/2021/TT-BCA", "thông tư", "Bộ Công an", "2021-12-28", "national",
     "Quy định khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn \"An toàn về an ninh, trật tự\""),
]

KINDS = ["agency", "enterprise", "school"]
KIND_WORDS = {"agency": ["Sở", "Chi cục", "Trung tâm", "Ban"],
              "enterprise": ["Công ty", "Tổng công ty", "Xí nghiệp", "Nhà máy"],
              "school": ["Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Cao đẳng"]}
NAME_WORDS = ["Điện lực", "Xây dựng", "Thủy lợi", "Môi trường", "Giao thông", "Ánh Dương", "Bình Minh",
              "Hòa Bình", "Lê Lợi", "Nguyễn Du", "Trần Phú", "Quang Trung", "Hùng Vương", "Phú Xuân",
              "Thuận Hóa", "Đông Hà", "Gio Linh", "Hải Lăng", "Hướng Hóa", "Đakrông", "Tân Thành"]
MODELS = ["Camera an ninh", "Tự phòng, tự quản, tự bảo vệ", "Tổ bảo vệ chuyên trách",
          "Phòng cháy chữa cháy tại chỗ", "An toàn giao thông"]

SENTENCES = [
    "Đơn vị đã quán triệt, triển khai đầy đủ các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bảo đảm an ninh, trật tự.",
    "Công tác tuyên truyền, phổ biến nâng cao ý thức cảnh giác cho cán bộ, công chức, viên chức và người lao động được duy trì thường xuyên.",
    "Lực lượng bảo vệ chuyên trách được củng cố về số lượng và chất lượng, phối hợp chặt chẽ với Công an xã, phường, thị trấn.",
    "Đơn vị xây dựng và nhân rộng mô hình tự phòng, tự quản, tự bảo vệ, lắp đặt hệ thống camera an ninh tại các vị trí trọng yếu.",
    "Công tác bảo vệ bí mật nhà nước, bảo vệ an ninh mạng và phòng, chống cháy nổ còn một số hạn chế cần khắc phục.",
    "Trong năm, đơn vị không để xảy ra vụ việc phức tạp về an ninh, trật tự; tài sản được bảo vệ an toàn.",
    "Ban lãnh đạo đã ban hành nội quy, quy chế bảo vệ cơ quan theo Nghị định 06/2013/NĐ-CP và tổ chức kiểm tra định kỳ.",
]


def yq(s):
    """A YAML double-quoted scalar: backslashes and quotes escaped (a title may quote a phrase)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def slug(i):
    return f"dv-{i:06d}"


def body(rng, paragraphs=3):
    return "\n\n".join(" ".join(rng.sample(SENTENCES, 3)) for _ in range(paragraphs))


def scores(rng, quality):
    out = []
    for _, _, mx in CRITERIA:
        v = max(0.0, min(mx, round(rng.gauss(quality * mx, mx * 0.08) * 2) / 2))
        out.append(v)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=1000)
    ap.add_argument("--years", type=int, default=3)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--csv-units", action="store_true", help="write units as one CSV per province, not Markdown files (no Hugo twin)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shutil.rmtree(a.out, ignore_errors=True)
    c = os.path.join(a.out, "Content")
    h = os.path.join(a.out, "hugo")
    for d in ["directives", "units", "assessments", "reports"]:
        os.makedirs(os.path.join(c, d))
    years = [2025 - a.years + 1 + k for k in range(a.years)]

    w = lambda p, s: open(p, "w", encoding="utf-8").write(s)
    w(os.path.join(c, "site.yaml"), f'title: "Phong trào toàn dân bảo vệ an ninh Tổ quốc"\nsubtitle: "Dữ liệu tổng hợp {a.units} đơn vị"\nlanguage: vi\nsample: true\norganization: "Bộ phận tổng hợp"\n')
    sc = "criteria:\n" + "".join(f'  - id: {i}\n    name: "{n}"\n    max: {m}\n' for i, n, m in CRITERIA)
    sc += ('classes:\n  - { id: excellent, name: "Xuất sắc", min: 90 }\n  - { id: good, name: "Khá", min: 70 }\n'
           '  - { id: average, name: "Trung bình", min: 50 }\n  - { id: weak, name: "Yếu", min: 0 }\n'
           'ranking:\n  by: [mean_score, share_excellent, share_safe]\n')
    w(os.path.join(c, "scheme.yaml"), sc)
    w(os.path.join(c, "provinces.yaml"), "".join(f'- id: {i}\n  name: "{n}"\n  code: "{k}"\n' for i, n, k in PROVINCES))
    for did, num, kind, issuer, date, scope, title in DIRECTIVES:
        w(os.path.join(c, "directives", did + ".md"),
          f'---\nnumber: "{num}"\nkind: {kind}\ntitle: {yq(title)}\nissuer: {yq(issuer)}\nissued: {date}\nscope: {scope}\n---\n{body(rng, 2)}\n')

    units = []
    for i in range(a.units):
        p = PROVINCES[rng.randrange(len(PROVINCES))][0]
        k = KINDS[rng.randrange(3)]
        name = f"{rng.choice(KIND_WORDS[k])} {rng.choice(NAME_WORDS)} {i}"
        dirs = sorted(rng.sample([d[0] for d in DIRECTIVES], 2))
        models = rng.sample(MODELS, rng.randint(0, 2))
        units.append((slug(i), name, k, p, dirs, models, rng.uniform(0.55, 0.95)))

    if a.csv_units:
        by_p = {}
        for u in units:
            by_p.setdefault(u[3], []).append(u)
        for p, us in by_p.items():
            lines = ["id,name,kind,province,directives,models"]
            for uid, name, k, _, dirs, models, _ in us:
                lines.append(f'{uid},"{name}",{k},{p},{";".join(dirs)},"{";".join(models)}"')
            w(os.path.join(c, "units", p + ".csv"), "\n".join(lines) + "\n")
    else:
        for uid, name, k, p, dirs, models, _ in units:
            d = os.path.join(c, "units", p)
            os.makedirs(d, exist_ok=True)
            fm = f'---\nname: "{name}"\nkind: {k}\nprovince: {p}\ndirectives: [{", ".join(dirs)}]\nmodels: [{", ".join(chr(34) + m + chr(34) for m in models)}]\n---\n'
            w(os.path.join(d, uid + ".md"), fm + body(rng) + "\n")

    latest = {}
    for y in years:
        lines = ["unit,safe,inspected,commended," + ",".join(x[0] for x in CRITERIA)]
        for uid, _, _, _, _, _, q in units:
            if rng.random() < 0.1:
                continue  # not every unit is assessed every year
            s = scores(rng, q)
            latest[uid] = s
            safe = "true" if sum(s) >= 75 and rng.random() < 0.9 else "false"
            lines.append(f"{uid},{safe},{rng.choice(['true', 'false'])},{'true' if rng.random() < 0.1 else 'false'},"
                         + ",".join(f"{v:g}" for v in s))
        w(os.path.join(c, "assessments", f"{y}.csv"), "\n".join(lines) + "\n")
    w(os.path.join(c, "reports", f"bao-cao-{years[-1]}.md"),
      f'---\ntitle: "Báo cáo tổng kết năm {years[-1]}"\ndate: {years[-1]}-12-15\n---\n{body(rng, 4)}\n\n'
      f'```ranking\nyear: {years[-1]}\ntop: 10\n```\n\n```chart\nyear: {years[-1]}\nof: classes\n```\n')

    if a.csv_units:
        return
    # The Hugo twin: same pages, same Markdown bodies, scores in front matter.
    os.makedirs(os.path.join(h, "content", "units"))
    os.makedirs(os.path.join(h, "layouts", "_default"))
    unit_body = {}
    for uid, _, _, p, _, _, _ in units:
        text = open(os.path.join(c, "units", p, uid + ".md"), encoding="utf-8").read()
        unit_body[uid] = text.split("---\n", 2)[2]
    for uid, name, k, p, dirs, models, _ in units:
        total = sum(latest.get(uid, [0]))
        w(os.path.join(h, "content", "units", uid + ".md"),
          f'---\ntitle: "{name}"\nprovinces: ["{p}"]\nkind: {k}\nscore: {total:g}\ndirectives: [{", ".join(dirs)}]\n---\n{unit_body[uid]}')
    w(os.path.join(h, "hugo.toml"), 'baseURL = "/"\ntitle = "Bench"\nrelativeURLs = true\ndisableKinds = ["RSS"]\n[taxonomies]\nprovince = "provinces"\n')
    L = os.path.join(h, "layouts", "_default")
    w(os.path.join(L, "baseof.html"), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>')
    w(os.path.join(L, "single.html"), '{{ define "main" }}<h1>{{ .Title }}</h1><dl><dt>Loại</dt><dd>{{ .Params.kind }}</dd><dt>Điểm</dt><dd>{{ .Params.score }}</dd></dl>{{ .Content }}{{ end }}')
    w(os.path.join(L, "list.html"), '{{ define "main" }}<h1>{{ .Title }}</h1><table>{{ range $i, $p := .Pages.ByParam "score" }}<tr><td>{{ $i }}</td><td><a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a></td><td>{{ $p.Params.score }}</td></tr>{{ end }}</table>{{ end }}')
    w(os.path.join(L, "terms.html"), '{{ define "main" }}<table>{{ range .Data.Terms.ByCount }}<tr><td><a href="{{ .Page.RelPermalink }}">{{ .Name }}</a></td><td>{{ .Count }}</td></tr>{{ end }}</table>{{ end }}')


if __name__ == "__main__":
    main()

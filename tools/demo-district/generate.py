#!/usr/bin/env python3
"""Generate the fictional demo district 示例区 in DutyAtlas source format v2.

Usage: python3 tools/demo-district/generate.py OUTPUT_DIR

Standard library only and deterministic: the same run always writes the same bytes. The data
lives in the modules beside this file; this script assigns ids and codes, resolves the history of
duties (三定 and adjustments) into clause keys, and writes JSON and CSV.
"""

import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep tools/demo-district free of __pycache__

import bodies_data as BD  # noqa: E402
import history  # noqa: E402
import contacts_data  # noqa: E402
import lists_data  # noqa: E402
import powers_a  # noqa: E402
import powers_b  # noqa: E402
import powers_c  # noqa: E402
import powers_d  # noqa: E402
import powers_street  # noqa: E402
import sanding_gov_a  # noqa: E402
import sanding_gov_b  # noqa: E402
import sanding_gov_c  # noqa: E402
import sanding_party  # noqa: E402
import sanding_streets  # noqa: E402
from pinyin import initials  # noqa: E402

DIVISION_CODE = "999901"
DATA_DATE = "2026-11-01"
HEAD = "各镇党委和人民政府、各街道党工委和办事处，区级各部门："
CN_NUM = "一二三四五六七八九十"


# ---------------------------------------------------------------- codes

ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(base8):
    """GB 11714 organization code: 8 digits and a check character."""
    s = sum(int(c) * w for c, w in zip(base8, ORG_WEIGHTS))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind, seq):
    """GB 32100 unified social credit code: kind (11/12/13) + division + org code + check."""
    body = kind + DIVISION_CODE + org_code("%08d" % seq)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def cn_date(d):
    y, m, dd = d.split("-")
    return "%s年%d月%d日" % (y, int(m), int(dd))


# ---------------------------------------------------------------- bodies

def id_from_short(short):
    s = short
    if s.startswith("区") and not s.startswith("区委"):
        s = s[1:]
    return initials(s)


def build_bodies():
    bodies = []
    used = set()

    def take(wanted):
        bid = wanted
        n = 2
        while bid in used:
            bid = "%s-%d" % (wanted, n)
            n += 1
        used.add(bid)
        return bid

    for i, (bid, name, short, cat, rank) in enumerate(BD.ADMINISTRATIVE):
        kind = "13" if cat == "federation" else "11"
        bodies.append(dict(id=take(bid), name=name, short_name=short, category=cat, rank=rank,
                           uscc=uscc(kind, 10210000 + i * 173), division_code=DIVISION_CODE))
    admin_ids = {b["id"] for b in bodies}

    places = BD.STREETS + BD.TOWNS
    for i, row in enumerate(BD.INSTITUTIONS):
        n, parent, cls, rank = row[:4]
        assert parent in admin_ids, (n, parent)
        if n.startswith("中共"):
            full, short = n, n.replace("中共示例区委", "区委")
        else:
            full = "示例区" + n
            m = re.match(r"^(市场监督管理局|自然资源局)(.+所)$", n)
            if m:
                short = m.group(2).replace("市场监督管理所", "市场监管所")
            elif any(n.startswith(p) for p in places):
                short = n
            else:
                short = "区" + n
        bid = take(row[4] if len(row) > 4 else id_from_short(short))
        bodies.append(dict(id=bid, name=full, short_name=short, category="institution", rank=rank,
                           parent=parent, uscc=uscc("12", 42150000 + i * 97),
                           division_code=DIVISION_CODE, institution_class=cls))

    for i, (bid, name, short, rank) in enumerate(BD.DEVZONE):
        b = dict(id=take(bid), name=name, short_name=short, category="devzone", rank=rank,
                 uscc=uscc("11" if i < 7 else "12", 10870000 + i * 131), division_code=DIVISION_CODE)
        if i:
            b["parent"] = "jkqgwh"
        bodies.append(b)
    all_ids = {b["id"] for b in bodies}

    for i, row in enumerate(BD.COORDINATION):
        n, short, host = row[:3]
        assert host in all_ids, (n, host)
        full = n if n.startswith(("中共", "示例")) else "示例区" + n
        bid = take(row[3] if len(row) > 3 else id_from_short(short))
        bodies.append(dict(id=bid, name=full, short_name=short, category="coordination",
                           uscc=uscc("11", 10530000 + i * 59), division_code=DIVISION_CODE, host=host))
    return bodies


# ---------------------------------------------------------------- 三定 and history

def all_sanding():
    out = []
    for mod in (sanding_party, sanding_gov_a, sanding_gov_b, sanding_gov_c, sanding_streets):
        out.extend(mod.SANDING)
    return out


def split_duty(d):
    if d.startswith("#"):
        tag, text = d[1:].split(":", 1)
        return tag, text
    return None, d


def leaders(spec):
    out = []
    for part in spec.split(","):
        m = re.match(r"^(.+?)(\d+)$", part)
        out.append({"title": m.group(1), "count": int(m.group(2))})
    return out


def sanding_issuer(category):
    if category == "party":
        return "中共示例区委办公室"
    if category in ("government", "street"):
        return "中共示例区委办公室、示例区人民政府办公室"
    return "中共示例区委机构编制委员会"


def build_history(bodies):
    by_id = {b["id"]: b for b in bodies}
    sandings = all_sanding()
    events = []  # (effective, order, doc_no, kind, payload)
    docs = []
    sanding_files = []

    for s in sandings:
        body = by_id[s["body"]]
        year = s.get("year", 2019)
        doc_no = "示编〔%d〕%d号" % (year, s["no"])
        bname = s.get("title_body", body["name"])
        issuer = sanding_issuer(body["category"])
        title = "%s关于印发《%s职能配置、内设机构和人员编制规定》的通知" % (issuer.replace("、", " "), bname)
        lines = [HEAD, "《%s职能配置、内设机构和人员编制规定》已经区委、区政府同意，现予印发，请遵照执行。" % bname]
        if "file" in s:
            lines.append("本规定自%s起施行。%d年印发的《%s职能配置、内设机构和人员编制规定》同时废止。"
                         % (cn_date(s["effective"]), 2019, bname))
        lines.extend(issuer.split("、"))
        lines.append(cn_date(s["issued"]))
        docs.append(dict(doc_no=doc_no, title=title, issuer=issuer, kind="sanding",
                         issued=s["issued"], effective=s["effective"], text="\n".join(lines)))
        duties = []
        tags = {}
        for i, d in enumerate(s["duties"]):
            tag, text = split_duty(d)
            duties.append(text)
            if tag:
                assert tag not in tags, (s["body"], tag)
                tags[tag] = str(i + 1)
        sd = {"body": s["body"], "document": doc_no, "setup": s["setup"], "duties": duties}
        if s.get("transformation"):
            sd["transformation"] = s["transformation"]
        if s.get("divisions"):
            sd["divisions"] = [{"name": n, "duties": ds} for n, ds in s["divisions"]]
        st = s.get("staffing")
        if st:
            staffing = {}
            for k in ("administrative", "career", "service"):
                if st.get(k):
                    staffing[k] = st[k]
            staffing["leaders"] = leaders(st["leaders"])
            sd["staffing"] = staffing
        if s.get("boundaries"):
            sd["boundaries"] = [{"with": w, "text": t} for w, t in s["boundaries"]]
        sanding_files.append((s.get("file", s["body"]), sd))
        events.append((s["effective"], 0, doc_no, "sanding", (s["body"], duties, tags)))

    for a in history.ADJUSTMENTS:
        events.append((a["effective"], 1, a["doc_no"], "adjustment", a))

    def ev_key(e):
        m = re.search(r"〔(\d+)〕(\d+)号", e[2])
        return (e[0], e[1], int(m.group(1)), int(m.group(2)), e[2])

    events.sort(key=ev_key)

    state = {}  # body -> {"clauses": {key: text}, "tags": {tag: key}}
    counters = {}
    used_keys = {}

    def new_key(body, prefix, year):
        k = (body, prefix, year)
        counters[k] = counters.get(k, 0) + 1
        key = "%s%d-%d" % (prefix, year, counters[k])
        assert key not in used_keys.setdefault(body, set())
        used_keys[body].add(key)
        return key

    def resolve(body, tag):
        st = state[body]
        if tag in st["tags"]:
            key = st["tags"][tag]
        else:
            key = tag
        assert key in st["clauses"], ("clause not in force", body, tag)
        return key

    for eff, _, doc_no, kind, payload in events:
        if kind == "sanding":
            body, duties, tags = payload
            state[body] = {"clauses": {str(i + 1): t for i, t in enumerate(duties)}, "tags": dict(tags)}
            continue
        a = payload
        year = int(eff[:4])
        changes = []
        for ch in a["changes"]:
            act, body = ch[0], ch[1]
            if act == "add":
                _, _, tag, text = ch
                key = new_key(body, "a", year)
                state[body]["clauses"][key] = text
                state[body]["tags"][tag] = key
                changes.append({"action": "add", "body": body, "clause": key, "text": text})
            elif act == "remove":
                key = resolve(body, ch[2])
                del state[body]["clauses"][key]
                changes.append({"action": "remove", "body": body, "clause": key})
            elif act == "reword":
                key = resolve(body, ch[2])
                state[body]["clauses"][key] = ch[3]
                changes.append({"action": "reword", "body": body, "clause": key, "text": ch[3]})
            elif act == "transfer":
                _, _, tag, to, new_tag, text = ch
                key = resolve(body, tag)
                moved = state[body]["clauses"].pop(key)
                key2 = new_key(to, "t", year)
                state[to]["clauses"][key2] = text or moved
                state[to]["tags"][new_tag] = key2
                c = {"action": "transfer", "body": body, "clause": key, "to": to, "as": key2}
                if text:
                    c["text"] = text
                changes.append(c)
            else:
                raise ValueError(act)
        lines = [HEAD if "〔" in a["doc_no"] and a["doc_no"].startswith("示编") else "各镇人民政府、各街道办事处，区级各部门：",
                 a["intro"]]
        for i, p in enumerate(a["points"]):
            lines.append("%s、%s" % (CN_NUM[i], p))
        word = "决定" if "决定" in a["title"] else "通知"
        lines.append("本%s自%s起施行。此前有关规定与本%s不一致的，以本%s为准。" % (word, cn_date(eff), word, word))
        issuer = a.get("issuer", history.BWJ)
        lines.append(issuer)
        lines.append(cn_date(a["issued"]))
        docs.append(dict(doc_no=a["doc_no"], title=a["title"], issuer=issuer, kind="adjustment",
                         issued=a["issued"], effective=eff, text="\n".join(lines), changes=changes))
    return docs, sanding_files, state


# ---------------------------------------------------------------- powers

TYPES = {
    "XK": ("行政许可", "XZXK"), "CF": ("行政处罚", "XZCF"), "QZ": ("行政强制", "XZQZ"),
    "ZS": ("行政征收", "XZZS"), "GF": ("行政给付", "XZGF"), "JC": ("行政检查", "XZJC"),
    "QR": ("行政确认", "XZQR"), "JL": ("行政奖励", "XZJL"), "CJ": ("行政裁决", "XZCJ"),
    "QT": ("其他行政权力", "QTXZ"), "FW": ("公共服务事项", "GGFW"),
}
TYPE_ORDER = ["XK", "CF", "QZ", "ZS", "GF", "JC", "QR", "JL", "CJ", "QT", "FW"]
DEFAULT_LIMIT = {"XK": "20个工作日", "CF": "90日", "QZ": "30日", "ZS": "即时办结", "GF": "20个工作日",
                 "QR": "15个工作日", "CJ": "60日", "FW": "即时办结"}
LAW_ENDINGS = ("法", "条例", "办法", "规定", "细则", "决定", "意见", "规则", "纲要", "方案", "通知", "（试行）")

SERVICE_UNITS = {
    "zhzfj": {"CF": "区城市管理综合行政执法大队", "QZ": "区城市管理综合行政执法大队",
              "JC": "区城市管理综合行政执法大队", "FW": "区数字化城市管理中心"},
    "scjgj": {"CF": "区市场监管综合行政执法大队", "QZ": "区市场监管综合行政执法大队",
              "JC": "区市场监管综合行政执法大队", "FW": "区消费者权益保护服务中心", "QR": "区计量测试所"},
    "sthjj": {"CF": "区生态环境保护综合行政执法大队", "QZ": "区生态环境保护综合行政执法大队",
              "JC": "区生态环境保护综合行政执法大队", "FW": "区生态环境监测站"},
    "jtj": {"CF": "区交通运输综合行政执法大队", "QZ": "区交通运输综合行政执法大队",
            "JC": "区交通运输综合行政执法大队", "FW": "区道路运输服务中心"},
    "yjglj": {"CF": "区应急管理综合行政执法大队", "QZ": "区应急管理综合行政执法大队",
              "JC": "区应急管理综合行政执法大队", "GF": "区应急物资储备中心", "FW": "区安全生产技术服务中心"},
    "nyncj": {"CF": "区农业综合行政执法大队", "QZ": "区农业综合行政执法大队", "JC": "区农业综合行政执法大队",
              "FW": "区农业技术推广中心", "GF": "区乡村振兴服务中心"},
    "wtlj": {"CF": "区文化市场综合行政执法大队", "QZ": "区文化市场综合行政执法大队",
             "JC": "区文化市场综合行政执法大队", "FW": "区文化馆"},
    "wjj": {"CF": "区卫生健康综合行政执法大队", "QZ": "区卫生健康综合行政执法大队",
            "JC": "区卫生健康综合行政执法大队", "FW": "区疾病预防控制中心"},
    "slj": {"CF": "区水政监察大队", "QZ": "区水政监察大队", "JC": "区水政监察大队"},
    "zrzyj": {"CF": "区自然资源执法监察大队", "QZ": "区自然资源执法监察大队", "JC": "区自然资源执法监察大队",
              "QR": "区不动产登记中心", "FW": "区不动产登记中心"},
    "rsj": {"CF": "区劳动保障监察大队", "JC": "区劳动保障监察大队", "GF": "区社会保险事业管理中心",
            "QR": "区社会保险事业管理中心", "FW": "区就业服务中心", "CJ": "区劳动人事争议仲裁院"},
    "ybj": {"GF": "区医疗保障事务中心", "QR": "区医疗保障事务中心", "FW": "区医疗保障事务中心"},
    "zwfwj": {"FW": "区政务服务中心", "JC": "区公共资源交易服务中心"},
    "jyj": {"GF": "区学生资助管理中心", "FW": "区教育考试中心"},
    "tyjrj": {"GF": "区退役军人服务中心", "FW": "区退役军人服务中心"},
    "sfj": {"GF": "区法律援助中心", "FW": "区法律援助中心"},
    "zjj": {"GF": "区住房保障服务中心", "JC": "区建设工程质量安全监督站", "QR": "区建设工程质量安全监督站"},
    "mzj": {"GF": "区低收入家庭经济状况核对中心"},
    "qwb": {"FW": "区档案馆", "JC": "区档案馆"},
}

FEES = [
    ("登记", "区自然资源局", "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"),
    ("护照", None, "《国家发展改革委 财政部关于调整因私普通护照等出入境证件收费标准的通知》"),
    ("往来港澳", None, "《国家发展改革委 财政部关于调整因私普通护照等出入境证件收费标准的通知》"),
    ("居民身份证", None, "《财政部 国家发展改革委关于居民身份证收费标准及有关问题的通知》（补领、换领收费）"),
    ("公证服务", None, "《示例省公证服务收费标准》"),
    ("计量器具", None, "《示例省计量检定收费标准》"),
]


def parse_power_lines(text, where):
    law = None
    obj = None
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split("|")
            law = parts[0]
            obj = parts[1] if len(parts) > 1 else None
            yield ("law", law, obj)
            continue
        f = line.split("|")
        code = f[0]
        t, flag = code[:2], code[2:]
        assert t in TYPES, (where, line)
        article, name = f[1], f[2]
        sub = f[3] if len(f) > 3 else ""
        limit = f[4] if len(f) > 4 else ""
        if article.startswith("《"):
            basis = article
        else:
            assert law and law.endswith(LAW_ENDINGS), (where, "relative article without a law", line)
            basis = "《%s》%s" % (law, article)
        yield ("item", dict(type=t, flag=flag, basis=basis, name=name, sub=sub, limit=limit, law=law, obj=obj))


def power_name(t, name):
    if t == "CF" and not name.startswith("对"):
        return "对%s的行政处罚" % name
    return name


def fee_for(name, body_name):
    for word, body, basis in FEES:
        if word in name and (body is None or body == body_name):
            return basis
    return "不收费"


def build_powers(bodies):
    by_id = {b["id"]: b for b in bodies}
    sources = {}
    for mod in (powers_a, powers_b, powers_c, powers_d):
        for k, v in mod.POWERS.items():
            assert k not in sources, k
            sources[k] = v
    order = [b["id"] for b in bodies if b["category"] in ("party", "government")]
    streets = [b["id"] for b in bodies if b["category"] == "street"]
    towns = set(streets[6:])
    rows = []
    counters = {}
    delegated = {"*": [], "+": []}

    def emit(bid, t, name, sub, basis, limit, service):
        code_t = TYPES[t][1]
        k = (bid, code_t)
        counters[k] = counters.get(k, 0) + 1
        b = by_id[bid]
        rows.append({
            "事项编码": "%s-%s-%04d" % (code_t, bid.upper(), counters[k]),
            "事项名称": name, "子项名称": sub, "事项类型": TYPES[t][0], "实施主体": b["name"],
            "实施依据": basis, "责任主体": b["short_name"], "服务单位": service,
            "办理时限": limit or DEFAULT_LIMIT.get(t, ""), "收费依据": fee_for(name, b["short_name"]),
        })

    def emit_item(bid, it, service_map, seen_checks):
        t = it["type"]
        name = power_name(t, it["name"])
        service = service_map.get(t, "")
        if t == "XK" and name.endswith("许可") and not it["sub"]:
            for sub in ("新办", "变更", "延续", "注销"):
                emit(bid, t, name, "%s（%s）" % (name, sub), it["basis"], it["limit"], service)
        else:
            emit(bid, t, name, it["sub"], it["basis"], it["limit"], service)

    def check_item(bid, law, obj, seen, service_map):
        name = "对%s的监督检查" % obj
        if name in seen:
            name = "对%s执行《%s》情况的监督检查" % (obj, law)
        seen.add(name)
        emit(bid, "JC", name, "", "《%s》" % law, "", service_map.get("JC", ""))

    for bid in order:
        if bid not in sources:
            continue
        service_map = SERVICE_UNITS.get(bid, {})
        seen = set()
        for kind, *rest in parse_power_lines(sources[bid], bid):
            if kind == "law":
                law, obj = rest
                if obj:
                    check_item(bid, law, obj, seen, service_map)
                continue
            it = rest[0]
            emit_item(bid, it, service_map, seen)
            for fl in ("*", "+"):
                if fl in it["flag"]:
                    delegated[fl].append(it)

    street_sources = [("ALL", powers_street.ALL), ("STREET", powers_street.STREET), ("TOWN", powers_street.TOWN)]
    for sid in streets:
        b = by_id[sid]
        service_map = {"FW": b["short_name"] + "便民服务中心", "GF": b["short_name"] + "便民服务中心"}
        is_town = sid in towns
        seen = set()
        for scope, text in street_sources:
            if scope == "STREET" and is_town or scope == "TOWN" and not is_town:
                continue
            for kind, *rest in parse_power_lines(text, sid):
                if kind == "item":
                    emit_item(sid, rest[0], service_map, seen)
        items = delegated["*"] + (delegated["+"] if is_town else [])
        laws = []
        for it in items:
            if it["obj"] and (it["law"], it["obj"]) not in laws:
                laws.append((it["law"], it["obj"]))
        for law, obj in laws:
            check_item(sid, law, obj, seen, {})
        for it in items:
            emit_item(sid, it, {}, seen)
    return rows


RESP = {
    "XK": [("受理", "公示依法应当提交的材料；一次性告知补正材料；依法受理或者不予受理（不予受理的应当告知理由）。",
            "对符合法定条件的申请不予受理，或者未一次性告知补正材料的"),
           ("审查", "对申请材料进行审查，需要现场核查的组织核查，提出审查意见。", "未依法说明不予许可理由，或者审查中玩忽职守、滥用职权的"),
           ("决定", "作出准予许可或者不予许可的书面决定，不予许可的说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。",
            "对不符合法定条件的申请人准予许可或者超越法定职权作出准予许可决定的"),
           ("送达", "准予许可的制发许可证件，依法送达并信息公开。", "未在法定期限内送达或者未依法公开许可结果的"),
           ("事后监管", "建立实施监督检查的运行机制和管理制度，开展定期和不定期检查，依法采取相关处置措施。",
            "不依法履行监督职责或者监督不力，造成严重后果的")],
    "CF": [("立案", "对监督检查中发现、投诉举报、上级交办、其他部门移送的违法案件线索，决定是否立案。",
            "对应当立案的案件不予立案，或者对不应当立案的案件违法立案的"),
           ("调查", "指定两名以上执法人员调查取证，出示执法证件，全面、客观、公正地收集证据，制作笔录。",
            "执法人员少于两人或者未出示执法证件调查，或者违法收集证据的"),
           ("审查", "审查案件事实、证据、调查程序、法律适用、处罚种类和幅度；重大执法决定进行法制审核和集体讨论。",
            "未经法制审核或者集体讨论作出重大执法决定的"),
           ("告知", "作出处罚决定前书面告知当事人拟作出的处罚内容及事实、理由、依据，告知当事人依法享有陈述、申辩和要求听证的权利。",
            "未依法告知当事人陈述、申辩、听证权利的"),
           ("决定", "制作行政处罚决定书，载明违法事实、证据、处罚依据和内容、履行方式和期限、救济途径，依法送达并监督执行。",
            "违法实施处罚，或者擅自改变处罚种类、幅度，或者对当事人进行处罚不使用法定单据的")],
    "QZ": [("审批", "实施前向行政机关负责人报告并经批准；情况紧急当场实施的，在二十四小时内补办批准手续。",
            "未经批准擅自实施行政强制措施的"),
           ("告知", "通知当事人到场，当场告知采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径。",
            "未依法告知当事人理由、依据和权利的"),
           ("实施", "由两名以上执法人员实施，制作现场笔录和查封扣押清单，妥善保管查封扣押的财物。",
            "扩大强制措施对象范围，或者使用、截留、私分查封扣押财物的"),
           ("解除", "查封扣押期限届满或者不再需要采取措施的，及时作出解除决定并退还财物。",
            "应当解除而不及时解除行政强制措施的")],
    "ZS": [("核定", "依法核定征收对象、标准和数额，书面告知缴纳义务人。", "违反规定核定征收标准或者数额的"),
           ("征收", "依法开具票据，按规定将征收款项缴入国库。", "擅自减免、截留、挪用征收款项的"),
           ("监管", "对征收款项的缴纳、使用情况进行监督检查。", "不依法履行监督职责的")],
    "GF": [("受理", "公示申请条件和材料，受理申请并一次性告知补正材料。", "对符合条件的申请不予受理的"),
           ("审核", "对申请人资格条件进行审核，需要入户调查的组织调查核实并公示。", "对不符合条件的申请人审核通过，或者优亲厚友的"),
           ("决定", "作出给付或者不予给付的决定，不予给付的书面说明理由。", "违法作出给付决定的"),
           ("发放", "按规定标准和期限足额发放，实行动态管理。", "截留、挪用、克扣或者延迟发放给付资金的")],
    "JC": [("检查", "按照“双随机、一公开”要求制定检查计划，两名以上执法人员出示证件实施检查并制作检查记录。",
            "未按规定实施检查，或者检查中索取、收受财物的"),
           ("处置", "对检查中发现的问题，依法责令改正或者移交立案查处。", "发现违法行为不依法处置的"),
           ("事后监管", "跟踪整改落实情况，公开检查结果。", "对整改情况不跟踪、不督促，造成严重后果的")],
    "QR": [("受理", "公示确认条件和材料，依法受理申请。", "对符合条件的申请不予受理的"),
           ("审查", "对申请材料进行审查，必要时实地核查。", "审查中玩忽职守、弄虚作假的"),
           ("决定", "作出确认或者不予确认的决定，不予确认的说明理由。", "对不符合条件的事项予以确认的"),
           ("送达", "依法送达确认文书并归档。", "未依法送达的")],
    "JL": [("评审", "制定奖励方案，组织申报推荐和评审。", "评审中徇私舞弊、弄虚作假的"),
           ("公示", "对拟奖励对象进行公示，受理异议。", "未按规定公示的"),
           ("决定", "作出奖励决定并兑现奖励。", "违规实施奖励或者截留、挪用奖励资金的")],
    "CJ": [("受理", "依法受理当事人的裁决申请，告知当事人权利义务。", "对符合受理条件的申请不予受理的"),
           ("审理", "组织当事人陈述、举证、质证，调查核实争议事实。", "审理中偏袒一方当事人的"),
           ("裁决", "依法作出裁决决定并送达当事人。", "违法作出裁决决定的"),
           ("执行", "监督裁决决定的履行，当事人不履行的依法申请强制执行。", "不依法督促执行的")],
    "QT": [("受理", "依法受理申请或者启动程序。", "对符合条件的事项不予办理的"),
           ("办理", "按照规定程序和时限办理，作出处理结果。", "超过时限办理或者违法办理的"),
           ("监管", "对办理结果进行跟踪监督。", "不依法履行监督职责的")],
    "FW": [("受理", "公开服务指南，受理群众申请并一次性告知所需材料。", "推诿、拒绝提供服务的"),
           ("办理", "按照服务标准和时限办理，及时反馈办理结果。", "超过承诺时限或者服务中刁难群众的")],
}
TYPE_BY_NAME = {v[0]: k for k, v in TYPES.items()}


def build_responsibilities(powers):
    out = []
    for p in powers:
        t = TYPE_BY_NAME[p["事项类型"]]
        for stage, duty, blame in RESP[t]:
            out.append({"事项编码": p["事项编码"], "环节": stage, "责任事项": duty,
                        "追责情形": "因" + blame + "，依法依规追究相关人员责任。" if not blame.startswith("因") else blame,
                        "责任主体": p["责任主体"]})
    return out


# ---------------------------------------------------------------- lists

def build_division():
    rows = []
    for no, group, matter, stages, local in lists_data.DIVISION:
        for stage, lead, coop, basis in stages:
            rows.append({"编号": no, "分组": group, "事项": matter, "环节": stage, "牵头单位": lead,
                         "配合单位": coop, "依据": basis, "属地职责": local})
    return rows


def build_keywords(state, bodies, powers):
    order = {b["id"]: i for i, b in enumerate(bodies)}

    def key_order(k):
        return (0, int(k), "") if k.isdigit() else (1, 0, k)

    clauses = []
    for body in sorted(state, key=lambda x: order[x]):
        for k in sorted(state[body]["clauses"], key=key_order):
            clauses.append(("%s#%s" % (body, k), state[body]["clauses"][k], body))
    street_ids = {b["id"] for b in bodies if b["category"] == "street"}
    matters = [(no, matter) for no, _, matter, _, _ in lists_data.DIVISION]
    dept = [p for p in powers if p["事项编码"].split("-")[1].lower() in
            {b["id"] for b in bodies if b["category"] in ("party", "government")}]
    rows = []
    seen = set()
    missing = []
    for word, pats in lists_data.KEYWORDS:
        def hit(text):
            return any(p in text for p in pats)
        def rank(c):
            text = c[1]
            first = min((text.index(p) for p in pats if p in text), default=len(text))
            return (-sum(text.count(p) for p in pats), first)
        duty_hits = [(obj, b) for obj, text, b in sorted((c for c in clauses if hit(c[1])), key=rank)]
        found = [("职责", obj) for obj, b in duty_hits if b not in street_ids][:3]
        found += [("职责", obj) for obj, b in duty_hits if b in street_ids][:1]
        found += [("分工事项", no) for no, m in matters if hit(m) or word in m][:3]
        pw = [p for p in dept if hit(p["事项名称"])]
        pw.sort(key=lambda p: (0 if p["事项类型"] == "行政处罚" else 1))
        found += [("权力事项", p["事项编码"]) for p in pw[:3]]
        if not found:
            missing.append(word)
        for typ, obj in found:
            if (word, typ, obj) not in seen:
                seen.add((word, typ, obj))
                rows.append({"关键词": word, "类型": typ, "对象": obj})
    assert not missing, ("keywords without target", missing)
    for word, typ, obj in lists_data.PINNED_KEYWORDS:
        if (word, typ, obj) not in seen:
            seen.add((word, typ, obj))
            rows.append({"关键词": word, "类型": typ, "对象": obj})
    return rows


# ---------------------------------------------------------------- writing

def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_json(path, obj):
    write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in rows:
        w.writerow(r)
    write_text(path, buf.getvalue())


def doc_file(doc_no):
    m = re.match(r"^(.+?)〔(\d+)〕(\d+)号$", doc_no)
    prefix = {"示编": "sb", "示府发": "sff"}[m.group(1)]
    return "%s-%s-%03d.json" % (prefix, m.group(2), int(m.group(3)))


def clean(out):
    for sub, exts in (("documents", (".json",)), ("sanding", (".json",)), ("lists", (".json", ".csv"))):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(exts):
                    os.remove(os.path.join(d, f))


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUTPUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    bodies = build_bodies()
    docs, sanding_files, state = build_history(bodies)
    powers = build_powers(bodies)
    resp = build_responsibilities(powers)
    division = build_division()
    keywords = build_keywords(state, bodies, powers)

    clean(out)
    write_json(os.path.join(out, "dataset.json"), {
        "name": "示例区", "title": "示例区机构职责", "sample": True, "data_date": DATA_DATE,
        "division_code": DIVISION_CODE, "csv_encoding": "auto",
        "lists_published": lists_data.LISTS_PUBLISHED})
    keys = ["id", "name", "short_name", "category", "rank", "parent", "host", "institution_class", "uscc",
            "division_code", "contact"]
    contacts = contacts_data.build_contacts(bodies, {b["id"]: b["short_name"] for b in bodies
                                                     if b["category"] == "street"})
    for b in bodies:
        if b["id"] in contacts:
            b["contact"] = contacts[b["id"]]
    write_json(os.path.join(out, "bodies.json"),
               {"bodies": [{k: b[k] for k in keys if k in b} for b in bodies]})
    for d in sorted(docs, key=lambda d: doc_file(d["doc_no"])):
        write_json(os.path.join(out, "documents", doc_file(d["doc_no"])), d)
    for name, sd in sorted(sanding_files, key=lambda x: x[0]):
        write_json(os.path.join(out, "sanding", name + ".json"), sd)
    write_csv(os.path.join(out, "lists", "powers.csv"),
              ["事项编码", "事项名称", "子项名称", "事项类型", "实施主体", "实施依据", "责任主体", "服务单位", "办理时限", "收费依据"],
              powers)
    write_csv(os.path.join(out, "lists", "responsibilities.csv"), ["事项编码", "环节", "责任事项", "追责情形", "责任主体"], resp)
    write_json(os.path.join(out, "lists", "tasks.json"),
               [{"id": i, "name": n, "file": f, "published": lists_data.TASK_LISTS_PUBLISHED[i]}
                for i, n, f in lists_data.TASK_LISTS])
    for tid, _, fname in lists_data.TASK_LISTS:
        rows = [{"序号": str(i + 1), "责任单位": u, "职责任务": t, "依据": b}
                for i, (u, t, b) in enumerate(lists_data.TASKS[tid])]
        write_csv(os.path.join(out, "lists", fname), ["序号", "责任单位", "职责任务", "依据"], rows)
    write_csv(os.path.join(out, "lists", "division.csv"),
              ["编号", "分组", "事项", "环节", "牵头单位", "配合单位", "依据", "属地职责"], division)
    write_csv(os.path.join(out, "keywords.csv"), ["关键词", "类型", "对象"], keywords)
    write_csv(os.path.join(out, "synonyms.csv"), ["词", "同义词"],
              [{"词": w, "同义词": s} for w, s in lists_data.SYNONYMS])
    print("wrote %s: %d bodies, %d documents, %d 三定, %d powers, %d responsibilities, %d keywords"
          % (out, len(bodies), len(docs), len(sanding_files), len(powers), len(resp), len(keywords)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

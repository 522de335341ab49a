#!/usr/bin/env python3
"""Check a DutyAtlas source tree (format v2) and the scale of the 示例区 demo district.

Usage: python3 tools/demo-district/check.py [DIR]   (default: assets/demo)

Reads only the files in DIR (it does not import the generator), so it can check a tree that a
person has edited. Prints a summary; exits 1 if any error was found. Rules marked "demo" are
the scale targets of the demo district, not rules of the format.
"""

import csv
import datetime
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

CATEGORIES = ["party", "government", "npc", "cppcc", "court", "procuratorate", "federation", "street",
              "institution", "devzone", "coordination"]
ADMIN = CATEGORIES[:8]
KINDS = {"sanding", "adjustment", "list", "other"}
TYPES = ["行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决",
         "其他行政权力", "公共服务事项"]
GROUPS = ["生态环保", "市场监管", "民生", "其他"]
SLUG = re.compile(r"^[a-z0-9-]+$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
BIG_PARTY = {"qwb", "zzb", "xcb", "tzb", "zfw", "qwbb"}

# demo scale targets
EXPECT_CATEGORIES = {"party": 10, "government": 27, "npc": 2, "cppcc": 3, "court": 1, "procuratorate": 1,
                     "federation": 1, "street": 10, "institution": 270, "devzone": 9, "coordination": 177}
EXPECT_CIVIL_SERVICE = 30


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: %s" % (where, msg))


R = Report()


def read_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        R.error(path, "UTF-8 BOM")
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        R.error(path, "not UTF-8: %s" % e)
        return raw.decode("utf-8", "replace")


def load_json(path):
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as e:
        R.error(path, "malformed JSON: %s" % e)
        return None


def load_csv(path, columns):
    text = read_text(path)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        R.error(path, "empty CSV")
        return []
    header = rows[0]
    for c in columns:
        if c not in header:
            R.error(path, "missing column %s" % c)
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            R.error("%s:%d" % (path, i), "%d fields, header has %d" % (len(r), len(header)))
            continue
        d = dict(zip(header, r))
        d["_line"] = i
        out.append(d)
    return out


SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "schema")
_TYPES = {"string": str, "array": list, "object": dict, "boolean": bool, "null": type(None)}


def schema_errors(value, schema, path="$"):
    """The subset of JSON Schema used by docs/schema/: type, required, properties,
    additionalProperties, items, pattern, enum, const, minLength, minimum, minItems, allOf/if/then."""
    out = []
    types = schema.get("type")
    if types:
        types = types if isinstance(types, list) else [types]
        ok = any((t == "integer" and isinstance(value, int) and not isinstance(value, bool))
                 or (t in _TYPES and isinstance(value, _TYPES[t]) and not (t != "boolean" and isinstance(value, bool)))
                 for t in types)
        if not ok:
            return ["%s: expected %s" % (path, "/".join(types))]
    if "enum" in schema and value not in schema["enum"]:
        out.append("%s: %r not one of %s" % (path, value, schema["enum"]))
    if "const" in schema and value != schema["const"]:
        out.append("%s: %r is not %r" % (path, value, schema["const"]))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            out.append("%s: empty" % path)
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append("%s: %r does not match %s" % (path, value, schema["pattern"]))
    if isinstance(value, int) and "minimum" in schema and value < schema["minimum"]:
        out.append("%s: below %s" % (path, schema["minimum"]))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append("%s: fewer than %d items" % (path, schema["minItems"]))
        if "items" in schema:
            for i, v in enumerate(value):
                out.extend(schema_errors(v, schema["items"], "%s[%d]" % (path, i)))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for r in schema.get("required", []):
            if r not in value:
                out.append("%s: missing %s" % (path, r))
        for k, v in value.items():
            if k in props:
                out.extend(schema_errors(v, props[k], "%s.%s" % (path, k)))
            elif schema.get("additionalProperties") is False:
                out.append("%s: unknown member %s" % (path, k))
    for sub in schema.get("allOf", []):
        if "if" in sub:
            if not schema_errors(value, sub["if"], path):
                out.extend(schema_errors(value, sub.get("then", {}), path))
        else:
            out.extend(schema_errors(value, sub, path))
    return out


def check_schema(obj, name, where):
    path = os.path.join(SCHEMA_DIR, name)
    if obj is None or not os.path.isfile(path):
        return
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    for e in schema_errors(obj, schema)[:20]:
        R.error(where, "schema %s: %s" % (name, e))


def valid_date(s):
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except (TypeError, ValueError):
        return False


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def key_order(k):
    return (0, int(k), "") if k.isdigit() else (1, 0, k)


def main(argv):
    root = argv[1] if len(argv) > 1 else "assets/demo"
    P = lambda *p: os.path.join(root, *p)  # noqa: E731
    summary = []

    # ---------------------------------------------------------- dataset
    ds = load_json(P("dataset.json")) or {}
    check_schema(ds, "dataset.schema.json", "dataset.json")
    for f in ("name", "title", "data_date", "division_code"):
        if f not in ds:
            R.error("dataset.json", "missing %s" % f)
    data_date = ds.get("data_date", "")
    if not valid_date(data_date):
        R.error("dataset.json", "bad data_date %r" % data_date)
    if not re.match(r"^\d{6}$", ds.get("division_code", "")):
        R.error("dataset.json", "bad division_code")
    if ds.get("csv_encoding", "auto") not in ("auto", "utf-8", "gb18030"):
        R.error("dataset.json", "bad csv_encoding")

    # ---------------------------------------------------------- bodies
    bj = load_json(P("bodies.json")) or {}
    check_schema(bj, "bodies.schema.json", "bodies.json")
    bodies = bj.get("bodies", [])
    by_id = {}
    by_label = {}
    usccs = set()
    for i, b in enumerate(bodies):
        w = "bodies.json[%d]" % i
        for f in ("id", "name", "category", "uscc", "division_code"):
            if f not in b:
                R.error(w, "missing %s" % f)
        bid = b.get("id", "")
        if not SLUG.match(bid):
            R.error(w, "id %r is not a slug" % bid)
        if bid in by_id:
            R.error(w, "duplicate id %s" % bid)
        by_id[bid] = b
        if b.get("category") not in CATEGORIES:
            R.error(w, "unknown category %r" % b.get("category"))
        labels = {b.get("name"), b.get("short_name", b.get("name"))}
        for lab in labels:
            if lab in by_label and by_label[lab] != bid:
                R.error(w, "name or short name %r also used by %s" % (lab, by_label[lab]))
            by_label[lab] = bid
        u = b.get("uscc", "")
        if not uscc_ok(u):
            R.error(w, "uscc %r is not a valid 18-character code" % u)
        if u in usccs:
            R.error(w, "duplicate uscc %s" % u)
        usccs.add(u)
        cat = b.get("category")
        want = {"institution": "12", "federation": "13"}.get(cat, "11")
        if cat != "devzone" and not u.startswith(want):
            R.error(w, "uscc of a %s should begin with %s" % (cat, want))
        if not re.match(r"^\d{6}$", b.get("division_code", "")):
            R.error(w, "bad division_code")
        if cat == "coordination":
            if "rank" in b:
                R.error(w, "coordination body with a rank")
            if "host" not in b:
                R.error(w, "coordination body without host")
        if cat == "institution":
            if b.get("institution_class") not in ("civil-service", "public-1", "public-2"):
                R.error(w, "bad institution_class")
            if "parent" not in b:
                R.error(w, "institution without parent")
    for b in bodies:
        for f in ("parent", "host"):
            if f in b and b[f] not in by_id:
                R.error("bodies.json %s" % b["id"], "%s %r does not exist" % (f, b[f]))
    cats = Counter(b.get("category") for b in bodies)
    for c, n in EXPECT_CATEGORIES.items():
        if cats[c] != n:
            R.error("demo", "%d bodies of category %s, expected %d" % (cats[c], c, n))
    classes = Counter(b.get("institution_class") for b in bodies if b.get("category") == "institution")
    if classes["civil-service"] != EXPECT_CIVIL_SERVICE:
        R.error("demo", "%d civil-service institutions, expected %d" % (classes["civil-service"], EXPECT_CIVIL_SERVICE))
    summary.append("bodies: %d (%s); institutions %s" % (
        len(bodies), ", ".join("%s %d" % (c, cats[c]) for c in CATEGORIES),
        ", ".join("%s %d" % kv for kv in sorted(classes.items()))))

    def resolve(label):
        label = label.strip()
        if label in by_id:
            return label
        return by_label.get(label)

    # ---------------------------------------------------------- documents
    docs = {}
    for fn in sorted(os.listdir(P("documents"))):
        if not fn.endswith(".json"):
            continue
        d = load_json(P("documents", fn))
        if d is None:
            continue
        w = "documents/" + fn
        check_schema(d, "document.schema.json", w)
        for f in ("doc_no", "title", "issuer", "kind", "issued", "effective"):
            if f not in d:
                R.error(w, "missing %s" % f)
        if d.get("kind") not in KINDS:
            R.error(w, "unknown kind %r" % d.get("kind"))
        if d.get("doc_no") in docs:
            R.error(w, "duplicate doc_no %s" % d.get("doc_no"))
        if not (valid_date(d.get("issued")) and valid_date(d.get("effective"))):
            R.error(w, "bad date")
        elif d["effective"] < d["issued"]:
            R.error(w, "effective before issued")
        d["_file"] = w
        docs[d.get("doc_no")] = d
    kinds = Counter(d["kind"] for d in docs.values())
    adjustments = [d for d in docs.values() if d["kind"] == "adjustment"]
    if len(adjustments) < 12:
        R.error("demo", "%d adjustment documents, expected at least 12" % len(adjustments))
    for d in adjustments:
        if not ("2019-01-01" <= d["effective"] <= "2026-12-31"):
            R.error(d["_file"], "adjustment outside 2019-2026")
        if not d.get("text"):
            R.error(d["_file"], "adjustment without text")
        if not d.get("changes"):
            R.error(d["_file"], "adjustment without changes")

    # ---------------------------------------------------------- sanding
    sandings = []
    for fn in sorted(os.listdir(P("sanding"))):
        if not fn.endswith(".json"):
            continue
        s = load_json(P("sanding", fn))
        if s is None:
            continue
        w = "sanding/" + fn
        check_schema(s, "sanding.schema.json", w)
        for f in ("body", "document", "setup", "duties"):
            if f not in s:
                R.error(w, "missing %s" % f)
        if s.get("body") not in by_id:
            R.error(w, "unknown body %r" % s.get("body"))
            continue
        doc = docs.get(s.get("document"))
        if doc is None:
            R.error(w, "document %r not found" % s.get("document"))
            continue
        if doc["kind"] != "sanding":
            R.error(w, "document %s is not a sanding document" % doc["doc_no"])
        duties = s.get("duties", [])
        if not duties:
            R.warn(w, "empty duty list")
        if len(set(duties)) != len(duties):
            R.warn(w, "two clauses with the same text")
        for bd in s.get("boundaries", []):
            for x in bd.get("with", []):
                if x not in by_id:
                    R.error(w, "boundary with unknown body %r" % x)
        st = s.get("staffing", {})
        for k in ("administrative", "career", "service"):
            if k in st and not isinstance(st[k], int):
                R.error(w, "staffing.%s not an integer" % k)
        body = by_id[s["body"]]
        cat = body["category"]
        n = len(duties)
        divs = s.get("divisions", [])
        if cat == "government" or s["body"] in BIG_PARTY:
            if not 15 <= n <= 35:
                R.error(w, "demo: department with %d clauses (15-35)" % n)
        if cat in ("government", "party", "street") and not 3 <= len(divs) <= 10:
            R.error(w, "demo: %d divisions (3-10)" % len(divs))
        for dv in divs:
            if not 2 <= len(dv.get("duties", [])) <= 6:
                R.error(w, "demo: division %s has %d duties (2-6)" % (dv.get("name"), len(dv.get("duties", []))))
        if not 1 <= len(s.get("transformation", [])) <= 4:
            R.error(w, "demo: transformation paragraphs 1-4")
        s["_file"] = w
        s["_doc"] = doc
        sandings.append(s)
    admin = [b for b in bodies if b["category"] in ADMIN]
    with_sanding = {s["body"] for s in sandings}
    for b in admin:
        if b["id"] not in with_sanding:
            R.warn("bodies.json %s" % b["id"], "administrative body with no 三定")
            R.error("demo", "administrative body %s without 三定" % b["id"])
    for s in sandings:
        if s["body"] not in {b["id"] for b in admin}:
            R.error(s["_file"], "三定 of a body that is not administrative")
    used_docs = Counter(s["document"] for s in sandings)
    for no, d in docs.items():
        if d["kind"] == "sanding" and used_docs[no] != 1:
            R.error(d["_file"], "sanding document used by %d 三定 files" % used_docs[no])

    # ---------------------------------------------------------- history replay
    events = []
    for s in sandings:
        events.append((s["_doc"]["effective"], 0, s["_doc"]["issued"], s["document"], "sanding", s))
    for d in adjustments:
        events.append((d["effective"], 1, d["issued"], d["doc_no"], "adjustment", d))
    events.sort(key=lambda e: e[:4])
    state = {}
    ever = defaultdict(set)
    nchanges = Counter()
    second = []
    transfers_between = set()
    removed = defaultdict(set)
    for eff, _, _, doc_no, kind, obj in events:
        if kind == "sanding":
            if obj["body"] in state:
                second.append("%s (%s)" % (obj["body"], doc_no))
            state[obj["body"]] = {str(i + 1): t for i, t in enumerate(obj["duties"])}
            continue
        for j, ch in enumerate(obj.get("changes", [])):
            w = "%s changes[%d]" % (obj["_file"], j)
            act, body, key = ch.get("action"), ch.get("body"), ch.get("clause")
            nchanges[act] += 1
            if body not in by_id:
                R.error(w, "unknown body %r" % body)
                continue
            if body not in state:
                R.error(w, "body %s has no 三定 in force on %s" % (body, eff))
                continue
            cl = state[body]
            if act == "add":
                if key in cl or key in ever[body]:
                    R.error(w, "new key %s already used for %s" % (key, body))
                if not ch.get("text"):
                    R.error(w, "add without text")
                cl[key] = ch.get("text", "")
                ever[body].add(key)
            elif act in ("remove", "reword", "transfer"):
                if key not in cl:
                    R.error(w, "clause %s#%s not in force on %s" % (body, key, eff))
                    continue
                if act == "remove":
                    removed[body].add(cl.pop(key))
                elif act == "reword":
                    if not ch.get("text"):
                        R.error(w, "reword without text")
                    cl[key] = ch.get("text", cl[key])
                else:
                    to, new = ch.get("to"), ch.get("as")
                    if to not in by_id:
                        R.error(w, "transfer to missing body %r" % to)
                        continue
                    if to not in state:
                        R.error(w, "transfer to %s, which has no 三定 in force" % to)
                        continue
                    if not new or new in state[to] or new in ever[to]:
                        R.error(w, "transfer key %r already used for %s" % (new, to))
                    text = cl.pop(key)
                    state[to][new] = ch.get("text") or text
                    ever[to].add(new)
                    transfers_between.add((body, to))
            else:
                R.error(w, "unknown action %r" % act)
        if eff > data_date:
            R.warn(obj["_file"], "takes effect after data_date")
    # state now holds the clauses in force at the end; data_date is after every document here
    if any(e[0] > data_date for e in events):
        R.error("demo", "a document takes effect after data_date: keyword check would be wrong")
    in_force = {(b, k) for b, cl in state.items() for k in cl}
    for need, have in (("transfer", 4), ("reword", 1), ("remove", 1), ("add", 1)):
        if nchanges[need] < have:
            R.error("demo", "fewer than %d %s changes" % (have, need))
    if not second:
        R.error("demo", "no body with a second 三定")
    readded = sorted(b for b in removed if any(t[:8] in x for t in removed[b] for x in state.get(b, {}).values()))
    if not readded:
        R.error("demo", "no clause removed and a similar one added again later")
    summary.append("documents: %d (%s); changes %s; transfers between %d pairs of bodies; second 三定: %s; removed and re-added: %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%s %d" % kv for kv in sorted(nchanges.items())), len(transfers_between), ", ".join(second),
        ", ".join(readded)))
    nclauses = sum(len(cl) for cl in state.values())
    summary.append("三定: %d files for %d administrative bodies; %d clauses in force on %s" % (
        len(sandings), len(with_sanding & {b["id"] for b in admin}), nclauses, data_date))

    # ---------------------------------------------------------- powers
    pcols = ["事项编码", "事项名称", "子项名称", "事项类型", "实施主体", "实施依据", "责任主体", "服务单位", "办理时限", "收费依据"]
    powers = load_csv(P("lists", "powers.csv"), pcols)
    codes = {}
    ptypes = Counter()
    pbodies = Counter()
    for r in powers:
        w = "lists/powers.csv:%d" % r["_line"]
        c = r.get("事项编码", "")
        if not c:
            R.error(w, "empty 事项编码")
        if c in codes:
            R.error(w, "duplicate 事项编码 %s" % c)
        codes[c] = r
        if r.get("事项类型") not in TYPES:
            R.error(w, "unknown 事项类型 %r" % r.get("事项类型"))
        ptypes[r.get("事项类型")] += 1
        for f in ("实施主体", "责任主体"):
            if not resolve(r.get(f, "")):
                R.error(w, "%s %r is not a body" % (f, r.get(f)))
        if r.get("服务单位") and not resolve(r["服务单位"]):
            R.error(w, "服务单位 %r is not a body" % r["服务单位"])
        if not r.get("事项名称") or not r.get("实施依据"):
            R.error(w, "empty 事项名称 or 实施依据")
        if r.get("事项类型") == "行政处罚":
            pbodies[resolve(r["实施主体"])] += 1
    if len(powers) < 3000:
        R.error("demo", "%d powers, expected at least 3000" % len(powers))
    missing_types = [t for t in TYPES if not ptypes[t]]
    if missing_types:
        R.error("demo", "no powers of type %s" % "、".join(missing_types))
    share = ptypes["行政处罚"] / max(1, len(powers))
    if not 0.50 <= share <= 0.60:
        R.error("demo", "penalties are %.1f%% of powers (about 55%%)" % (100 * share))
    summary.append("powers: %d (%s); penalties %.1f%%, by %d bodies" % (
        len(powers), ", ".join("%s %d" % (t, ptypes[t]) for t in TYPES), 100 * share, len(pbodies)))

    resp = load_csv(P("lists", "responsibilities.csv"), ["事项编码", "环节", "责任事项", "追责情形", "责任主体"])
    per = Counter()
    for r in resp:
        w = "lists/responsibilities.csv:%d" % r["_line"]
        if r.get("事项编码") not in codes:
            R.error(w, "事项编码 %r is not a power" % r.get("事项编码"))
        if not resolve(r.get("责任主体", "")):
            R.error(w, "责任主体 %r is not a body" % r.get("责任主体"))
        per[r.get("事项编码")] += 1
    bad = [c for c in codes if not 2 <= per[c] <= 5]
    if bad:
        R.error("demo", "%d powers without 2-5 responsibility rows (e.g. %s)" % (len(bad), bad[0]))
    summary.append("responsibilities: %d rows, %d-%d per power" % (len(resp), min(per.values() or [0]), max(per.values() or [0])))

    # ---------------------------------------------------------- tasks
    tl = load_json(P("lists", "tasks.json")) or []
    check_schema(tl, "tasks.schema.json", "lists/tasks.json")
    tsum = []
    ids = set()
    for t in tl:
        for f in ("id", "name", "file"):
            if f not in t:
                R.error("lists/tasks.json", "missing %s" % f)
        if t.get("id") in ids:
            R.error("lists/tasks.json", "duplicate id %s" % t.get("id"))
        ids.add(t.get("id"))
        path = P("lists", t.get("file", ""))
        if not os.path.isfile(path):
            R.error("lists/tasks.json", "file %s missing" % t.get("file"))
            continue
        rows = load_csv(path, ["序号", "责任单位", "职责任务", "依据"])
        units = set()
        for r in rows:
            for u in r.get("责任单位", "").split("、"):
                b = resolve(u)
                if not b:
                    R.error("lists/%s:%d" % (t["file"], r["_line"]), "责任单位 %r is not a body" % u)
                units.add(b)
        if not 40 <= len(rows) <= 120:
            R.error("demo", "task list %s has %d rows (40-120)" % (t["id"], len(rows)))
        tsum.append("%s %d rows/%d bodies" % (t.get("id"), len(rows), len(units)))
    if ids != {"safety", "disaster", "school"}:
        R.error("demo", "task lists %s, expected safety, disaster, school" % sorted(ids))
    summary.append("task lists: " + "; ".join(tsum))

    # ---------------------------------------------------------- division
    div = load_csv(P("lists", "division.csv"), ["编号", "分组", "事项", "环节", "牵头单位", "配合单位", "依据"])
    matters = {}
    mrows = Counter()
    dbodies = set()
    for r in div:
        w = "lists/division.csv:%d" % r["_line"]
        no = r.get("编号")
        if r.get("分组") not in GROUPS:
            R.error(w, "unknown 分组 %r" % r.get("分组"))
        if no in matters and matters[no] != (r.get("分组"), r.get("事项")):
            R.error(w, "编号 %s with different 分组 or 事项" % no)
        matters[no] = (r.get("分组"), r.get("事项"))
        mrows[no] += 1
        lead = resolve(r.get("牵头单位", ""))
        if not lead:
            R.error(w, "牵头单位 %r is not a body" % r.get("牵头单位"))
        dbodies.add(lead)
        for u in filter(None, r.get("配合单位", "").split("、")):
            b = resolve(u)
            if not b:
                R.error(w, "配合单位 %r is not a body" % u)
            dbodies.add(b)
    dbodies.discard(None)
    groups = Counter(g for g, _ in matters.values())
    if len(matters) != 46:
        R.error("demo", "%d matters in division.csv, expected 46" % len(matters))
    if set(groups) != set(GROUPS):
        R.error("demo", "division groups %s" % sorted(groups))
    if len(dbodies) != 25:
        R.error("demo", "%d distinct bodies in division.csv, expected 25" % len(dbodies))
    if any(not 1 <= n <= 3 for n in mrows.values()):
        R.error("demo", "a matter with other than 1-3 stage rows")
    summary.append("division: %d matters (%s), %d rows, %d distinct bodies" % (
        len(matters), ", ".join("%s %d" % (g, groups[g]) for g in GROUPS), len(div), len(dbodies)))

    # ---------------------------------------------------------- keywords, synonyms
    kw = load_csv(P("keywords.csv"), ["关键词", "类型", "对象"])
    ktypes = Counter()
    for r in kw:
        w = "keywords.csv:%d" % r["_line"]
        t, o = r.get("类型"), r.get("对象", "")
        ktypes[t] += 1
        if t == "职责":
            if "#" not in o:
                R.error(w, "职责 object %r is not body#clause" % o)
            else:
                b, k = o.split("#", 1)
                if (b, k) not in in_force:
                    R.error(w, "clause %s not in force on %s" % (o, data_date))
        elif t == "分工事项":
            if o not in matters:
                R.error(w, "matter %r not in division.csv" % o)
        elif t == "权力事项":
            if o not in codes:
                R.error(w, "power %r not in powers.csv" % o)
        else:
            R.error(w, "unknown 类型 %r" % t)
    words = {r["关键词"] for r in kw}
    syn = load_csv(P("synonyms.csv"), ["词", "同义词"])
    for r in syn:
        if not r.get("词") or not r.get("同义词"):
            R.error("synonyms.csv:%d" % r["_line"], "empty field")
    if len(kw) < 300:
        R.error("demo", "%d keyword rows, expected several hundred" % len(kw))
    if len(syn) < 60:
        R.error("demo", "%d synonym rows, expected 60+" % len(syn))
    summary.append("keywords: %d rows, %d words (%s); synonyms: %d rows" % (
        len(kw), len(words), ", ".join("%s %d" % kv for kv in sorted(ktypes.items())), len(syn)))

    # ---------------------------------------------------------- files
    total = 0
    nfiles = 0
    for d, _, fs in os.walk(root):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
            nfiles += 1
    summary.append("files: %d, %.1f MB" % (nfiles, total / 1e6))

    print("check %s%s" % (root, "" if os.path.isdir(SCHEMA_DIR) else " (docs/schema not found: JSON Schemas not applied)"))
    for s in summary:
        print("  " + s)
    for w in R.warnings[:50]:
        print("warning: " + w)
    for e in R.errors[:100]:
        print("error: " + e)
    print("%d errors, %d warnings" % (len(R.errors), len(R.warnings)))
    return 1 if R.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

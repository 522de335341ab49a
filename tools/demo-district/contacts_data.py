"""Fictional contacts (联系方式) for the demo district's bodies, made by rule, not typed.

Every number is in the fictional range 0300-555xxxx … 0300-557xxxx (0300 is not an area code
in use; the local part is numbered by the body's position), every address is in 示例区, every
website under https://shiliqu.example/ (.example is reserved for examples, RFC 2606); the
client and the HTML edition label them as examples because dataset.json says "sample".
Coordination bodies (议事协调机构) get none: the public reaches them through the office of the
department that hosts them.
"""

AREA = "0300"
ROADS = ["示例大道", "和平路", "建设路", "文化路", "人民路", "长青路", "新华路", "滨河路"]
OFFICE_HOURS = "工作日 9:00—12:00，13:30—17:30（法定节假日除外）"
STREET_HOURS = "工作日 8:30—12:00，14:00—17:30（法定节假日除外）"
ORDER = ["phones", "address", "hours", "website", "service_hall"]  # as docs/source-format.md
ADMINISTRATIVE = {"party", "government", "npc", "cppcc", "court", "procuratorate", "federation"}


def phone(label, first, n):
    return {"label": label, "number": "%s-%d%04d" % (AREA, first, n)}


def contact_for(body, n, place):
    """The contact of the n-th body that gets one (n from 1); `place` is a street's short name."""
    cat = body["category"]
    road = ROADS[n % len(ROADS)]
    c = {"phones": [phone("办公室", 555, n)], "hours": OFFICE_HOURS}
    if cat in ADMINISTRATIVE:
        c["address"] = "示例区示例大道 1 号行政中心 %s 座 %d 楼" % ("ABCD"[n % 4], 2 + n % 9)
        c["website"] = "https://shiliqu.example/%s/" % body["id"]
    if cat == "government":
        c["phones"].append(phone("投诉举报", 556, n))
        c["phones"].append(phone("政务服务窗口", 557, n))
        c["service_hall"] = "示例区政务服务中心 %d 楼 %d 号窗口" % (1 + n % 3, n)
    elif cat == "street":
        c["address"] = "示例区%s%s %d 号" % (place, road, 10 + n)
        c["phones"].append(phone("便民服务中心", 557, n))
        c["hours"] = STREET_HOURS
        c["service_hall"] = "%s便民服务中心一楼大厅" % place
        c["website"] = "https://shiliqu.example/%s/" % body["id"]
    elif cat == "institution":
        c["address"] = "示例区%s %d 号" % (road, 20 + n % 180)
        if n % 3 == 0:
            c["website"] = "https://shiliqu.example/%s/" % body["id"]
    elif cat == "devzone":
        c["address"] = "示例区经济开发区创业大道 %d 号" % (100 + n)
        c["website"] = "https://shiliqu.example/jkq/%s/" % body["id"]
    return c


def build_contacts(bodies, street_names):
    """{body id: contact} for every body but the coordination bodies, in the bodies' order.
    `street_names` maps a street's or town's id to its short name (东示街道 …)."""
    out = {}
    n = 0
    for b in bodies:
        if b["category"] == "coordination":
            continue
        n += 1
        c = contact_for(b, n, street_names.get(b["id"], ""))
        out[b["id"]] = {k: c[k] for k in ORDER if k in c}
    return out

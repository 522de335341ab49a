"""Pinyin initials for ids, from GB2312 code order (level-1 hanzi are sorted by pinyin).

Level-2 hanzi and a few readings that differ from the first one are listed in OVERRIDES;
an unknown character raises an error so that ids never silently change.
"""

import bisect

_BOUNDS = [
    (0xB0A1, "a"), (0xB0C5, "b"), (0xB2C1, "c"), (0xB4EE, "d"), (0xB6EA, "e"),
    (0xB7A2, "f"), (0xB8C1, "g"), (0xB9FE, "h"), (0xBBF7, "j"), (0xBFA6, "k"),
    (0xC0AC, "l"), (0xC2E8, "m"), (0xC4C3, "n"), (0xC5B6, "o"), (0xC5BE, "p"),
    (0xC6DA, "q"), (0xC8BB, "r"), (0xC8F6, "s"), (0xCBFA, "t"), (0xCDDA, "w"),
    (0xCEF4, "x"), (0xD1B9, "y"), (0xD4D1, "z"),
]
_STARTS = [b for b, _ in _BOUNDS]

OVERRIDES = {
    "殡": "b", "邪": "x", "曲": "q", "禀": "b", "涝": "l", "坝": "b", "岭": "l",
    "塘": "t", "湾": "w", "秸": "j", "秆": "g", "诈": "z", "骗": "p", "廉": "l",
    "侨": "q", "犬": "q", "藏": "c", "沥": "l", "赈": "z", "畜": "x", "芯": "x",
    "碳": "t", "卫": "w", "毒": "d", "涉": "s", "艾": "a", "滋": "z",
}


def initial(ch):
    if ch in OVERRIDES:
        return OVERRIDES[ch]
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    try:
        raw = ch.encode("gb2312")
    except UnicodeEncodeError:
        raise ValueError("no pinyin initial for %r" % ch)
    if len(raw) != 2:
        return ""
    code = raw[0] * 256 + raw[1]
    if code < 0xB0A1:
        return ""  # punctuation, full-width forms
    if code > 0xD7F9:
        raise ValueError("level-2 hanzi %r: add it to OVERRIDES" % ch)
    return _BOUNDS[bisect.bisect_right(_STARTS, code) - 1][1]


def initials(text):
    return "".join(initial(c) for c in text)

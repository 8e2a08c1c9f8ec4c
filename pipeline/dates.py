"""Dates and ordinal session names as printed in the six languages -> values."""
import re

from .languages import EN_MONTHS, LANGUAGES, Language
from .model import Dated


def _month_pattern(lang: Language) -> tuple[re.Pattern, dict[str, int]]:
    names = {m: i + 1 for i, m in enumerate(EN_MONTHS)}
    names.update({m: i + 1 for i, m in enumerate(lang.months)})
    alt = "|".join(sorted((re.escape(m) for m in names), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er|º|st|nd|rd|th)?\s+(?:de\s+)?({alt})\s*,?\s+(?:de\s+)?(\d{{4}})",
                         re.I)
    return pattern, names


_PATTERNS = {code: _month_pattern(lang) for code, lang in LANGUAGES.items()}
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_EN_US_DATE = re.compile(rf"({'|'.join(EN_MONTHS)})\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I)


def find_dates(text: str, lang: str) -> list[Dated]:
    """Every date in `text`, in order, with the span as printed."""
    dates, rest = [], text
    while (d := find_date(rest, lang)) is not None:
        dates.append(d)
        rest = rest[rest.index(d.text) + len(d.text):]
    return dates


def find_date(text: str, lang: str) -> Dated | None:
    """The first date in `text`, with the span as printed."""
    pattern, names = _PATTERNS.get(lang, _PATTERNS["en"])
    found = []
    m = pattern.search(text)
    if m:
        found.append((m.start(), m.group(0), int(m.group(3)), names[m.group(2).lower()], int(m.group(1))))
    m = _ZH_DATE.search(text)
    if m:
        found.append((m.start(), m.group(0), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = _EN_US_DATE.search(text)
    if m:
        found.append((m.start(), m.group(0), int(m.group(3)), EN_MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))))
    for _, printed, year, month, day in sorted(found):
        if 1 <= month <= 12 and 1 <= day <= 31:
            return Dated(printed, f"{year:04d}-{month:02d}-{day:02d}")
    return None


_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _zh_number(s: str) -> int:
    total, digit = 0, 0
    for ch in s:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += (digit or 1) * 100
            digit = 0
    return total + digit


def session_number(text: str, lang: str) -> int | None:
    """'Cinquante-huitième session' -> 58; '第八十届会议' -> 80; '58th session' -> 58."""
    m = re.search(r"(\d{1,3})\s*(?:st|nd|rd|th|e|ª|[‑-]?я)?\b", text)
    if m:
        return int(m.group(1))
    m = re.search(r"第([一二三四五六七八九十百]+)届", text)
    if m:
        return _zh_number(m.group(1))
    table = LANGUAGES.get(lang)
    if table is None or not table.ordinals_units:
        return None
    words = re.sub(r"quatre-vingt", "quatrevingt", text.lower())
    total = 0
    for word in re.findall(r"\w+", words):
        word = word.replace("quatrevingt", "quatre-vingt")
        if lang == "ar" and word.startswith("و") and word[1:] in {**table.ordinals_units, **table.ordinals_tens}:
            word = word[1:]
        total += table.ordinals_units.get(word, 0) + table.ordinals_tens.get(word, 0)
        if lang == "fr" and word == "dix":
            total += 10
    return total or None

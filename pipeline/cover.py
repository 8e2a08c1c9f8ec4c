"""The cover page: masthead, symbol, issuing body, distribution, date, session,
agenda items, the adoption line and the committee report (docProponent)."""
import re

from .blocks import SYMBOL
from .dates import find_date, session_number
# the cover's italics are read as the body's: a star glued to a letter or digit on its outer side
# opens or closes none ("0*0*" keeps its two words apart)
from .inline import _ITALIC as _ITALIC_MARKS
from .languages import LANGUAGES
from .model import Cover

PUBLISHERS = ["United Nations", "Nations Unies", "Naciones Unidas", "Организация Объединенных Наций",
              "الأمم المتحدة", "联合国"]
_DISTR = re.compile(r"Distr\.?\s*:?\s*(?:\n|\s)*(GENERAL|General|générale|general|LIMITED|Limited|RESTRICTED)?")
_SC_NUMBER = re.compile(r"^(?:RESOLUTION|Resolution|Résolution|Resolución|Резолюция|القرار|第)\s*(\d{1,4})\s*(\(\d{4}\))", re.I)
_COMMITTEES = {
    "first": "firstCommittee", "second": "secondCommittee", "third": "thirdCommittee",
    "fourth": "fourthCommittee", "fifth": "fifthCommittee", "sixth": "sixthCommittee",
    "première": "firstCommittee", "deuxième": "secondCommittee", "troisième": "thirdCommittee",
    "quatrième": "fourthCommittee", "cinquième": "fifthCommittee", "sixième": "sixthCommittee",
    "primera": "firstCommittee", "segunda": "secondCommittee", "tercera": "thirdCommittee",
    "cuarta": "fourthCommittee", "quinta": "fifthCommittee", "sexta": "sixthCommittee",
    "первого": "firstCommittee", "второго": "secondCommittee", "третьего": "thirdCommittee",
    "четвертого": "fourthCommittee", "пятого": "fifthCommittee", "шестого": "sixthCommittee",
    "первый": "firstCommittee", "второй": "secondCommittee", "третий": "thirdCommittee",       # "(Четвертый комитет)"
    "четвертый": "fourthCommittee", "пятый": "fifthCommittee", "шестой": "sixthCommittee",
    "четвёртого": "fourthCommittee", "четвёртый": "fourthCommittee",
    "الأولى": "firstCommittee", "الثانية": "secondCommittee", "الثالثة": "thirdCommittee",
    "الرابعة": "fourthCommittee", "الخامسة": "fifthCommittee", "السادسة": "sixthCommittee",
    "第一": "firstCommittee", "第二": "secondCommittee", "第三": "thirdCommittee",
    "第四": "fourthCommittee", "第五": "fifthCommittee", "第六": "sixthCommittee",
}
# "[without reference to a Main Committee (A/78/L.4)]" in any of the languages (a cover may mix them)
_NO_COMMITTEE = re.compile("|".join(f"(?:{t.no_committee})" for t in LANGUAGES.values()), re.I)


def _squeeze(s: str) -> str:
    return re.sub(r"[\s\u0640]+", "", s)     # spaces and Arabic tatweel


def committee_of(proponent: str) -> str:
    if _NO_COMMITTEE.search(proponent):
        return "noMainCommittee"
    low = proponent.lower()
    for word, tlc in sorted(_COMMITTEES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low) or (not word.isascii() and word in low):
            return tlc
    return "mainCommittee"


def committee_name(tlc: str, lang: str, proponent: str = "") -> str:
    """The committee's name as the UN's own files show it (references/@showAs): "Third Committee",
    "sans renvoi à une grande commission"; for a committee the tables do not know, the
    proponent's own words, without brackets and the report's symbol."""
    name = LANGUAGES[lang].committees.get(tlc) if lang in LANGUAGES else None
    if name:
        return name
    words = re.sub(r"\([^()]*\)", "", proponent).strip("[] \t")
    return re.sub(r"\s+", " ", words) or tlc


def agenda_keys(line: str) -> list[str]:
    """'Point 117, b, de l'ordre du jour' -> ['117 b']; 'Points 132 et 143' -> ['132', '143'];
    'البند 98 (و) من جدول الأعمال' -> ['98 و'] (an Arabic sub-item letter); 'Пункт 69 а) повестки дня'
    -> ['69 а'] (a Cyrillic one); 'Temas 132 y 143 del programa' -> ['132', '143']."""
    keys = []
    # a letter, or one written twice in brackets: sub-items after (z) are "(aa)", "(bb)", in Arabic "(ن ن)"
    letter = r"(?:\((?![ivx]{2}\))([a-zа-яё]|[\u0621-\u064a])\s?\2\)|(\s*,)?\s*(\()?([a-zа-яё]|[\u0621-\u064a])(\))?(?=[\s,)]|$))"
    for m in re.finditer(rf"(\d{{1,3}})(?:\s*{letter})?", line):
        if m.group(2):
            keys.append(f"{m.group(1)} {m.group(2) * 2}")
            continue
        single = m.group(5)
        if single and not (m.group(3) or m.group(4) or m.group(6) or re.match(r"\s*(?:,|$)", line[m.end():])):
            single = None       # a bare letter between words is a conjunction: "132 y 143", "Пункты 13 и пункт 117"
        keys.append(m.group(1) + (f" {single}" if single else ""))
    return keys


def parse_cover(blocks: list[str], lang: str) -> Cover:
    """Read the cover lines (everything before the resolution number or the formula)."""
    table = LANGUAGES[lang]
    bodies = {"ga": [n for t in LANGUAGES.values() for n in t.general_assembly],
              "sc": [n for t in LANGUAGES.values() for n in t.security_council]}
    cover = Cover()
    after_agenda = False
    for raw in blocks:
        # the cover is plain text in AKN4UN: italics the reader saw ("[*on the report of …*]",
        # printed in italics inside the brackets) are not kept as marks
        line = _ITALIC_MARKS.sub(r"\1", raw).strip("* ")
        rest = line
        for pub in PUBLISHERS:
            if _squeeze(rest).startswith(_squeeze(pub)) and cover.publisher is None:
                cover.publisher = pub
                rest = _cut_prefix(rest, pub)
        m = SYMBOL.search(rest)
        if m and "/RES/" in m.group(1) and cover.symbol is None and not rest.startswith("["):
            cover.symbol = re.sub(r"\s+", " ", m.group(1)).strip()
            rest = (rest[:m.start()] + rest[m.end():]).strip()
        for body, names in bodies.items():
            for name in names:
                if rest.startswith(name) and cover.body_name is None and not re.match(table.adopted, rest):
                    cover.body, cover.body_name = body, name
                    rest = rest[len(name):].strip()
        dm = _DISTR.search(rest)
        if dm and rest.startswith("Distr"):
            cover.distribution = rest[dm.start():dm.end()].strip()
            rest = rest[dm.end():].strip()
        if not rest:
            continue
        if cover.distribution and cover.distribution.rstrip(":.") == "Distr" and rest.isupper() and " " not in rest:
            cover.distribution += "\n" + rest          # "Distr." / "GENERAL" on two lines
            continue
        if re.match(table.adopted, rest, re.I) or re.match(LANGUAGES["en"].adopted, rest, re.I):
            cover.adopted_title, after_agenda = rest, False
            continue
        if re.match(r"^Adopted by|^Adoptée par|^Aprobada por|^Принята|^اتخذه|^安全理事会.*通过", rest):
            cover.adoption_line, after_agenda = rest, False
            continue
        if cover.adoption_line and not cover.adoption_line.rstrip().endswith(tuple("0123456789")) and find_date(rest, lang):
            cover.adoption_line += " " + rest       # "... at its 4103rd meeting" / "on 17 February 2000"
            continue
        if _SC_NUMBER.match(rest) and cover.res_number_title is None:
            cover.res_number_title = rest
            continue
        if (rest.startswith("[") or rest.endswith("]")) and not (cover.proponent or "").endswith("]"):
            cover.proponent = f"{cover.proponent} {rest}" if cover.proponent else rest   # wrapped over lines
            cover.committee = committee_of(cover.proponent)
            after_agenda = False
            continue
        if cover.session is None and re.search(r"session|sesiones|сессия|الدورة|届会议", rest, re.I):
            value = session_number(rest, lang)
            if value:
                cover.session = (value, rest)
                continue
        if re.match(table.agenda, rest, re.I) or re.match(LANGUAGES["en"].agenda, rest):
            cover.agenda.append((" ".join(agenda_keys(rest)), rest))
            after_agenda = True
            continue
        if cover.issued is None and (d := find_date(rest, lang)) and len(rest) < len(d.text) + 6:
            cover.issued = d
            continue
        if after_agenda:
            cover.agenda_names.append(rest)
            continue
        cover.other.append(rest)
    return cover


def _cut_prefix(line: str, prefix: str) -> str:
    """Remove `prefix` from `line`, ignoring spaces and tatweel inside the line."""
    target, i, j = _squeeze(prefix), 0, 0
    while i < len(line) and j < len(target):
        if line[i].isspace() or line[i] == "\u0640":
            i += 1
            continue
        i, j = i + 1, j + 1
    return line[i:].strip()

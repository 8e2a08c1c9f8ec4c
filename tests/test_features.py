"""Each recognised feature pinned on real resolutions from ../shared/corpus, in several languages."""

import pytest
from lxml import etree

from pipeline.akn import build
from pipeline.convert import parse_file
from pipeline.reading import read_text
from pipeline.structure import parse
from shared_corpus import CORPUS  # noqa: E402

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def doc_of(relative: str):
    return parse(read_text(CORPUS / relative))


def akn_of(relative: str):
    return etree.fromstring(parse_file(CORPUS / relative).xml)


@pytest.mark.parametrize("lang,formula", [
    ("en", "The General Assembly,"), ("fr", "L’Assemblée générale,"), ("es", "La Asamblea General,"),
    ("ru", "Генеральная Ассамблея,"), ("ar", "إن الجمعية العامة،"), ("zh", "大会，")])
def test_enacting_formula_in_six_languages(lang, formula):
    assert doc_of(f"clean-ga/A_RES_80_45_{lang}.txt").formula == formula


@pytest.mark.parametrize("relative,leads", [
    ("clean-ga/A_RES_77_335_en.txt", ["Bearing in mind"]),
    ("clean-ga/A_RES_76_243_fr.txt", ["Ayant examiné"]),
    ("clean-ga/A_RES_77_335_es.txt", ["Acogiendo con beneplácito", "Acogiendo con beneplácito también"]),
    ("clean-ga/A_RES_80_45_ar.txt", ["إذ تشير", "وإذ تضع في اعتبارها"]),
    ("clean-ga/A_RES_78_123_zh.txt", ["重申", "又重申"]),
    ("clean-ga/A_RES_78_123_ru.txt", ["подтверждая"]),
])
def test_leading_participles(relative, leads):
    found = [u.lead for u in doc_of(relative).preamble]
    for lead in leads:
        assert lead in found


@pytest.mark.parametrize("relative,num,lead", [
    ("clean-ga/A_RES_77_335_es.txt", "2.", "Acoge con beneplácito"),
    ("clean-ga/A_RES_80_236_A-B_en.txt", "1.", "Takes note with appreciation"),
    ("clean-ga/A_RES_78_123_zh.txt", "1.", "决定"),
    ("clean-ga/A_RES_80_45_ar.txt", "1 -", "تشير"),
])
def test_leading_verbs_of_operative_paragraphs(relative, num, lead):
    unit = next(u for u in doc_of(relative).body if u.num == num)
    assert unit.lead == lead


def test_leading_phrase_is_set_in_italics_in_the_akn():
    root = akn_of("clean-ga/A_RES_78_123_zh.txt")
    para = root.find(".//a:mainBody/a:paragraph", NS)
    assert para.find(".//a:span[@class='italic']", NS).text == "决定"


@pytest.mark.parametrize("relative,parent,children", [
    ("raw-sc/S_RES_1735_2006.txt", "1.", ["(a)", "(b)", "(c)"]),                  # (a) in PDF text
    ("clean-ga/A_RES_80_45_ar.txt", "3 -", ["(أ)", "(ب)", "(ج)", "(د)", "(ه)", "(و)"]),   # Arabic letters
    ("clean-akn2txt/S_RES_2713_2023_en.txt", "19.", ["a.", "b."]),             # a. (Security Council 2020+)
])
def test_sub_paragraphs_in_every_style(relative, parent, children):
    unit = next(u for u in doc_of(relative).body if u.num == parent)
    assert [c.num for c in unit.children][:len(children)] == children


def test_sub_paragraphs_become_akn_lists():
    root = akn_of("raw-sc/S_RES_1735_2006.txt")
    para = root.find(".//a:mainBody//a:paragraph", NS)     # paragraph 1, under the heading "Measures"
    assert para.find("a:list/a:intro/a:p", NS) is not None
    assert [n.text for n in para.findall("a:list/a:point/a:num", NS)] == ["(a)", "(b)", "(c)"]


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "zh"])
def test_parts_with_their_own_preamble_become_sections(lang):
    root = akn_of(f"clean-ga/A_RES_78_247_{lang}.txt")
    sections = root.findall(".//a:mainBody/a:section", NS)
    assert len(sections) >= 2
    assert all(s.find("a:crossHeading[@refersTo='#preamble']", NS) is not None for s in sections[-2:])


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_multi_part_resolution_is_a_document_collection(lang):
    root = akn_of(f"clean-ga/A_RES_80_236_A-B_{lang}.txt")
    assert root.find("a:documentCollection/a:preface//a:docNumber", NS).text == "80/236."
    parts = root.findall("a:components/a:component/a:statement", NS)
    assert [p.find("a:preface//a:docNumber", NS).text for p in parts] == ["A", "B"]
    assert all(p.find("a:preamble/a:formula", NS) is not None and p.find("a:conclusions", NS) is not None
               for p in parts)
    assert parts[0].find(".//a:FRBRWork/a:FRBRuri", NS).get("value").endswith("/80-236A")


def test_annex_is_an_attachment_with_its_heading():
    root = akn_of("clean-ga/A_RES_76_243_en.txt")
    annex = root.find(".//a:attachments/a:attachment/a:doc[@name='annex']", NS)
    assert annex is not None
    assert "".join(annex.find(".//a:mainBody", NS).itertext()).strip().startswith("Annex")


@pytest.mark.parametrize("relative,marker,inside", [
    ("seed/A_RES_58_170_fr.txt", "1", "25 juin 1993"),                 # ¹ superscript
    ("pdfish-ga/A_RES_78_247_fr.txt", "1", "30 juin 2023"),            # "20231," digit glued to a year
    ("pdfish-ga/A_RES_78_123_en.txt", "1", "forty-third session"),     # "session,1" glued to punctuation
    ("clean-ga/A_RES_80_45_ar.txt", "1", "معاهدة عدم انتشار الأسلحة النووية"),   # "(¹)" in Arabic
    ("pdfish-ga/A_RES_78_247_ar.txt", "1", "2023"),                     # "2023(1)،" in Arabic PDF text
    ("older/A_RES_48_161_en.txt", "1", "7 August 1987"),                # "1/" in older layouts
])
def test_footnote_anchored_at_its_marker(relative, marker, inside):
    root = akn_of(relative)
    note = next(n for n in root.iter("{%s}authorialNote" % NS["a"]) if n.get("marker") == marker)
    before = (note.getprevious().tail if note.getprevious() is not None else note.getparent().text) or ""
    assert inside in before[-80:]
    assert "".join(note.itertext()).strip()


def test_references_link_to_undocs():
    root = akn_of("seed/A_RES_58_170_fr.txt")
    hrefs = {a.get("href") for a in root.iter("{%s}a" % NS["a"])}
    assert {"https://undocs.org/fr/A/RES/57/224", "https://undocs.org/fr/A/CONF.157/24",
            "https://undocs.org/fr/E/2003/23"} <= hrefs
    sc = akn_of("raw-sc/S_RES_1735_2006.txt")
    assert "https://undocs.org/en/S/RES/1267(1999)" in {a.get("href") for a in sc.iter("{%s}a" % NS["a"])}


@pytest.mark.parametrize("relative,meeting,iso", [
    ("clean-ga/A_RES_76_243_en.txt", 54, "2021-12-24"),        # "54th (resumed) plenary meeting"
    ("clean-ga/A_RES_78_123_ru.txt", 47, "2023-12-08"),
    ("clean-ga/A_RES_78_247_ar.txt", 50, "2023-12-22"),        # "الجلسة العامة 50 (المستأنفة)"
    ("clean-ga/A_RES_78_123_es.txt", 47, "2023-12-08"),
])
def test_closing_meeting_and_date(relative, meeting, iso):
    closing = doc_of(relative).conclusions[-1]
    assert closing.meeting == meeting and closing.date.iso == iso


def test_committee_report_is_the_proponent():
    doc = doc_of("clean-ga/A_RES_78_247_fr.txt")
    assert doc.cover.committee == "fifthCommittee"
    assert [key for key, _ in doc.cover.agenda] == ["132 143"]
    assert doc_of("clean-ga/A_RES_78_123_en.txt").cover.committee == "noMainCommittee"


def test_older_layout_number_title_and_numbered_paragraphs():
    doc = doc_of("older/A_RES_48_161_en.txt")
    assert doc.number == "48/161." and doc.title.startswith("The situation in Central America:")
    assert doc.cover.symbol == "A/RES/48/161" and doc.cover.session[0] == 48
    assert [u.num for u in doc.body if u.kind == "operative"][:3] == ["1.", "2.", "3."]


def test_unknown_text_is_kept_in_order():
    doc = doc_of("older/S_RES_1_1946_en.txt")
    tree = build(doc)
    text = " ".join("".join(tree.getroot().find(".//a:mainBody", NS).itertext()).split())
    source = " ".join(read_text(CORPUS / "older/S_RES_1_1946_en.txt").split())
    for line in [ln.strip() for ln in read_text(CORPUS / "older/S_RES_1_1946_en.txt").splitlines() if ln.strip()][-3:]:
        assert " ".join(line.split()) in text
    assert len(text) > 0.5 * len(source)


@pytest.mark.parametrize("relative", ["clean-ga/A_RES_77_335_ar.txt", "clean-ga-md/A_RES_77_335_ar.txt"])
def test_arabic_labels_behind_invisible_direction_marks_keep_their_number(relative):
    """"‏(ب)‏" (RLM on both sides) is sub-paragraph (b) of paragraph 4, after (a) and its
    items ’1‘ and ’2‘: not an unplaced paragraph that lost its label."""
    doc = parse(read_text(CORPUS / relative))
    four = next(u for u in doc.body if u.num == "4 -")
    assert [c.num for c in four.children] == ["(أ)", "(ب)", "(ج)"]
    assert [c.num for c in four.children[0].children] == ["’1‘", "’2‘"]
    assert not any("unplaced" in w for w in doc.warnings), doc.warnings

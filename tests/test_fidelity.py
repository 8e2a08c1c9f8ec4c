"""Fidelity to the UN's markup on documents of every kind (issue 13): each test pins one kind of
defect on a real corpus snippet, in several languages where the kind is not one language's."""

import re

import pytest

from pipeline import notes as footnotes
from pipeline.reading import read_text
from pipeline.structure import parse
from shared_corpus import CORPUS  # noqa: E402


def doc_of(relative: str):
    return parse(read_text(CORPUS / relative))


def lead_of(doc, opening: str) -> str | None:
    """The lead of the (preambular or operative) paragraph whose text opens with `opening`."""
    for unit in doc.preamble + doc.body:
        if unit.text.lstrip("* ").startswith(opening):
            return unit.lead
    raise AssertionError(f"no paragraph opens with {opening!r}")


def test_note_continuation_naming_an_annex_stays_in_the_note():
    # "2 () المرجع نفسه، …، المرفق الأول، المقرر\nدإ-6/1، المرفق." then
    # "المرفق، المقرر 19/1، المرفق." on its own line: the note's text, not an annex heading
    doc = doc_of("pdfish-ga/A_RES_76_208_ar.txt")
    assert not doc.annexes
    assert len([u for u in doc.body if u.kind == "operative"]) == 18
    assert any("المقرر 19/1" in n for n in doc.notes)


def test_security_council_italicizes_the_verb_without_its_object():
    doc = doc_of("raw-sc/S_RES_1623_2005.txt")
    assert lead_of(doc, "Reaffirming its strong commitment") == "Reaffirming"


def headings_of(doc) -> list[str]:
    return [" ".join(u.text.strip("* ").split()) for u in doc.body if u.kind == "heading"]


def test_unnumbered_heading_between_wrapped_paragraphs():
    # "…within existing resources;" / "Working methods" / "33. Stresses …": its own heading, though
    # "Working" opens like a participle; a long one ("Strengthening of the accountability, …")
    # before a numbered paragraph too
    headings = headings_of(doc_of("pdfish-ga/A_RES_77_335_en.txt"))
    assert "Working methods" in headings
    assert "Role and authority of the General Assembly" in headings
    assert any(h.startswith("Strengthening of the accountability") for h in headings)


@pytest.mark.parametrize("relative,title", [
    ("pdfish-ga/A_RES_78_247_fr.txt", "Activités du Comité consultatif indépendant pour les questions d’audit"),
    ("pdfish-ga/A_RES_80_236_A-B_es.txt", "Condiciones de servicio aplicables a ambos cuadros de personal"),
])
def test_part_label_and_its_title_are_two_heading_lines(relative, title):
    # "II" / its title / "Rappelant …": the title is not folded into the paragraph after it
    assert title in headings_of(doc_of(relative))


def test_heading_after_the_last_preambular_paragraph():
    # "Acting under Chapter VII of the Charter of the United Nations," / "Measures" / "1. Decides"
    doc = doc_of("raw-sc/S_RES_1735_2006.txt")
    assert doc.preamble[-1].text.endswith("United Nations,")
    assert headings_of(doc)[0] == "Measures"


@pytest.mark.parametrize("relative,opening", [
    # "…报告，2" / "审查了…": a line after a paragraph's comma (and its note marker) that opens with a
    # leading phrase starts the next preambular paragraph, though the comma line is full width
    ("pdfish-ga/A_RES_75_104_zh.txt", "审查了给予殖民地国家"),
    ("pdfish-ga/A_RES_79_26_zh.txt", "希望促成在尽可能低的军备"),
    ("pdfish-ga/A_RES_76_151_zh.txt", "赞赏地肯定人权理事会"),
])
def test_chinese_wrapped_preambular_paragraph_opens_on_its_leading_phrase(relative, opening):
    doc = doc_of(relative)
    assert any(u.text.lstrip("* ").startswith(opening) for u in doc.preamble)


def test_chinese_leading_phrase_after_a_comma_inside_a_numbered_paragraph_goes_on():
    # "1. 欢迎…的决定，14" / "表示注意到成果信息15…；": still paragraph 1; and "…的影响，" /
    # "并回顾大会的有关决议，": "并" joins a second phrase to the paragraph
    doc = doc_of("pdfish-ga/A_RES_76_208_zh.txt")
    assert not any(u.text.lstrip("* ").startswith("表示注意到成果信息") for u in doc.preamble + doc.body)
    doc = doc_of("pdfish-ga/A_RES_75_104_zh.txt")
    assert not any(u.text.lstrip("* ").startswith("并回顾大会的有关决议") for u in doc.preamble)


def test_chinese_note_marker_after_a_closing_title_bracket():
    # "《2030年可持续发展议程》2 的挑战", "《联合国气候变化框架公约》" / "3 和《巴黎协定》4 的":
    # a marker after a closing title bracket, in the paragraph that names the title
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("pdfish-ga/A_RES_79_110_zh.txt")
    placed = {int(m.group(1)): u.text for u in doc.preamble for m in PLACEHOLDER_RE.finditer(u.text)}
    assert "《2030年可持续发展议程》\ue0001\ue001的挑战" in placed[1].replace(" ", "")
    assert placed[2] == placed[3] and placed[2].lstrip("* ").startswith("又回顾管理国宣布")


def test_items_printed_inside_the_sentence_stay_in_it():
    # "…tasks:" / "(a) assist …; (b) gather …" and "…outcome; (b) that it shall …;" / "(c) that it
    # shall …": a run of items inside the paragraph's sentence, a label at a line's start only by
    # wrapping; the official S/RES/1929 (2010) has no sub-paragraph
    doc = doc_of("raw-sc/S_RES_1929_2010.txt")
    assert not any(u.children for u in doc.body)
    assert any("(b) gather" in u.text and u.text.startswith("Requests the Secretary-General") for u in doc.body)
    assert any(u.text.startswith("Affirms that it shall review") and "(c) that it shall" in u.text for u in doc.body)


def test_roman_items_directly_under_a_paragraph_are_siblings():
    # "1. Decides … the following specific measures:" / "(i) inclusion …;" / "(ii) the provision …;":
    # a list numbered (i), (ii) … under the paragraph, not (ii) inside (i)
    doc = doc_of("raw-sc/S_RES_1473_2003.txt")
    first = doc.body[0]
    assert [u.num for u in first.children] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]
    assert not any(u.children for u in first.children)


def test_dash_items_after_a_colon_are_sub_paragraphs():
    # "9. Decides that the measures … shall not apply to:" / "– supplies and related technical
    # training …;" / "– supplies of non-lethal …": each dash item a point of paragraph 9 (the
    # official S/RES/1556 (2004) gives them the dash as num), not three unnumbered paragraphs
    doc = doc_of("raw-sc/S_RES_1556_2004.txt")
    ninth = next(u for u in doc.body if u.num == "9.")
    assert [u.num for u in ninth.children] == ["–", "–", "–"]
    assert ninth.children[0].text.startswith("supplies and related technical training")
    assert [u.num for u in doc.body if u.kind == "operative"][9] == "10."
    # in an annex, dash lines stay text ("Nuclear Energy" / "– Reaffirmation of Iran's right …")
    annexed = doc_of("raw-sc/S_RES_1929_2010.txt")
    assert not any(u.children for u in annexed.annexes)


def test_page_number_glued_to_the_job_number_is_page_furniture():
    # "S/RES/2161 (2014)" / "5/2314-55595" (page 5 of 23, job 14-55595) in the middle of
    # paragraph 2: dropped, not a heading that cuts "(a) Participating …" off its paragraph
    doc = doc_of("raw-sc/S_RES_2161_2014.txt")
    assert not any("55595" in u.text for u in doc.body if u.kind == "heading")
    second = next(u for u in doc.body if u.num == "2.")
    assert [u.num for u in second.children] == ["(a)", "(b)", "(c)"]


def test_short_lines_announced_by_a_colon_are_a_list_not_headings():
    # "10. Décide en outre que … se tiendront comme suit :" / "Lundi 9 juin, de 9 heures à 13 heures
    # …" / "Mardi 10 juin, …": the days the colon announces (the official A/RES/78/128 has them as
    # paragraphs without a number), not headings; a lettered heading after a colon stays one
    doc = doc_of("clean-akn2txt/A_RES_78_128_fr.txt")
    units = doc.body + doc.annexes
    assert not any(u.kind == "heading" and u.text.startswith(("Lundi", "Mardi", "Vendredi")) for u in units)
    tables = doc_of("clean-akn2txt/A_RES_79_253_fr.txt")
    assert any(u.kind == "heading" and u.text.startswith("A.") and "Secrétariat du Comité mixte" in u.text
               for u in tables.body)
    # one short line after a colon, before a numbered paragraph, is still a heading
    sanctions = doc_of("raw-sc/S_RES_2161_2014.txt")
    assert any(u.kind == "heading" and u.text == "Asset Freeze" for u in sanctions.body + sanctions.annexes)


def test_short_chinese_pdf_text_with_mostly_one_line_paragraphs_is_unwrapped():
    # "满意地注意到…1978年3" / "月19日第425(1978)号决议…": few paragraphs run over a line, but those
    # fill the width; the text is wrapped, and no half paragraph becomes a heading
    doc = doc_of("pdfish-ga/A_RES_78_11_zh.txt")
    assert not any(u.kind == "heading" for u in doc.body)
    assert any("1978年3月19日" in u.text for u in doc.preamble)
    assert [u.num for u in doc.body if u.kind == "operative"] == [f"{n}." for n in range(1, 9)]


@pytest.mark.parametrize("relative", ["pdfish-ga/A_RES_80_236_A-B_es.txt", "clean-ga/A_RES_80_236_A-B_es.txt"])
def test_part_label_its_title_and_lettered_headings_over_two_lines(relative):
    # "…esfuerzos;" / "I" / "Condiciones de servicio …" / "Aprueba, …": the label after a paragraph's
    # end opens a block, the title under it is a heading however long ("Condiciones de servicio del
    # personal del Cuadro Orgánico y categorías superiores", 81 characters); "B. Evolución … de los" /
    # "Estados Unidos" is one heading; "… superior al de" / "117." / "69a sesión plenaria": the number
    # ends the sentence, it opens no paragraph
    doc = doc_of(relative)
    assert headings_of(doc) == [
        "I", "Condiciones de servicio aplicables a ambos cuadros de personal",
        "II", "Condiciones de servicio del personal del Cuadro Orgánico y categorías superiores",
        "A. Escala de sueldos básicos/mínimos",
        "B. Evolución del margen entre la remuneración neta de las Naciones Unidas y la de los Estados Unidos"]
    assert any(u.text.endswith("superior al de 117.") for u in doc.body)


@pytest.mark.parametrize("relative,heading", [
    # as wide as the text, between "…сессии;" and "56. подтверждает …"
    ("pdfish-ga/A_RES_77_335_ru.txt", "Выбор и назначение Генерального секретаря и других административных руководителей"),
    # over two lines, the second before "79. подчеркивает …"
    ("pdfish-ga/A_RES_77_335_ru.txt", "Укрепление подотчетности, транспарентности и институциональной памяти "
                                      "Канцелярии Председателя Генеральной Ассамблеи"),
    ("pdfish-ga/A_RES_77_335_fr.txt", "Renforcement de la responsabilité, de la transparence et de la mémoire "
                                      "institutionnelle du Bureau de la présidence de l’Assemblée générale"),
    # under a part's label, before a preambular paragraph opening in lower case ("ссылаясь на свои …")
    ("pdfish-ga/A_RES_78_247_ru.txt", "Деятельность Независимого консультативного комитета по ревизии"),
])
def test_wide_unnumbered_headings_between_paragraphs(relative, heading):
    assert heading in headings_of(doc_of(relative))


def test_a_sentence_going_on_over_a_page_foot_and_a_line_opening_with_annex():
    # S/RES/1929 (2010): "… resolutions 1696" / "__________________" / "* Second reissue for
    # technical reasons …" / running header / "(2006), 1737 (2006) …": the reissue note is the
    # cover's, the paragraph goes on; "… in Annex D and E of resolution 1737 (2006)," / "Annex I of
    # resolution 1747 (2007) and Annex II of this resolution, in Iran's" is one paragraph;
    # "Also noting the resolution …" opens a preambular paragraph
    doc = doc_of("raw-sc/S_RES_1929_2010.txt")
    texts = [u.text for u in doc.preamble]
    assert not any("reissue" in t for t in texts)
    assert any("resolutions 1696 (2006), 1737 (2006), 1747 (2007) and 1803 (2008) and which" in t for t in texts)
    assert any("resolution 1737 (2006), Annex I of resolution 1747 (2007)" in t for t in texts)
    assert any(t.startswith("Also noting the resolution") for t in texts)
    assert len(doc.preamble) == 24
    # "(د) تدعو … الوارد في" / "المرفق الثاني لهذا القرار، …": the annex named inside the item
    arabic = doc_of("pdfish-ga/A_RES_77_335_ar.txt")
    assert any(c.text.startswith("تدعو") and "المرفق الثاني لهذا القرار" in c.text
               for u in arabic.body for c in u.children)


@pytest.mark.parametrize("relative,keys", [
    ("pdfish-ga/A_RES_79_26_ar.txt", ["98 و"]),       # "البند 98 (و) من جدول الأعمال"
    ("clean-ga/A_RES_79_26_en.txt", ["98 f"]),
    ("clean-ga/A_RES_78_247_es.txt", ["132 143"]),   # "Temas 132 y 143": "y" is no sub-item
    ("clean-ga/A_RES_78_247_ru.txt", ["132 143"]),   # "Пункты 132 и 143"
])
def test_agenda_item_with_its_sub_item_letter(relative, keys):
    assert [k for k, _ in doc_of(relative).cover.agenda] == keys


@pytest.mark.parametrize("relative", ["clean-ga/A_RES_77_9_ar.txt", "pdfish-ga/A_RES_77_9_ar.txt"])
def test_arabic_closing_meeting_in_ordinal_words(relative):
    # "الجلسة العامة الثانية والثلاثون" / "9 تشرين الثاني/نوفمبر 2022": the 32nd plenary meeting,
    # not a heading; in the PDF-like text the date, after a page foot, joins the meeting's line
    doc = doc_of(relative)
    assert [(c.meeting, c.date.iso if c.date else None) for c in doc.conclusions] == [(32, "2022-11-09")]
    assert not any(u.kind == "heading" for u in doc.body)
    assert "2022" not in doc.conclusions[0].meeting_text


def test_a_chinese_part_number_after_a_paragraph_opens_a_heading():
    # "2. 认可行预咨委会报告所载结论和建议，但以符合本决议的规定为前提；" / "一" / "内部司法系统" /
    # "3. 强调…": the number of part 一 was glued to paragraph 2
    doc = doc_of("pdfish-ga/A_RES_77_260_zh.txt")
    assert headings_of(doc) == ["一", "内部司法系统", "二", "非正式系统", "三", "正式系统", "四", "其他问题"]
    assert next(u for u in doc.body if u.num == "2.").text.endswith("为前提；")


# Leading phrases as the UN sets them, kind by kind: (file, the paragraph's opening, its lead)
@pytest.mark.parametrize("relative,opening,lead", [
    # a possessive and its noun belong to the General Assembly's phrase
    ("clean-ga/A_RES_75_104_en.txt", "Expresses its appreciation", "Expresses its appreciation"),
    ("clean-ga/A_RES_78_191_es.txt", "Pone de relieve su suma preocupación", "Pone de relieve su suma preocupación"),
    ("clean-ga/A_RES_78_191_ru.txt", "подчеркивает свою крайнюю обеспокоенность",
     "подчеркивает свою крайнюю обеспокоенность"),
    ("clean-ga/A_RES_76_208_ar.txt", "تكرر التأكيد", "تكرر التأكيد"),
    ("clean-ga/A_RES_76_151_zh.txt", "表示赞赏地注意到", "表示赞赏地注意到"),
    # a second verb joined by "and"
    ("clean-ga/A_RES_76_151_en.txt", "Alarmed and concerned", "Alarmed and concerned"),
    ("clean-ga/A_RES_76_151_fr.txt", "Alarmée et préoccupée", "Alarmée et préoccupée"),
    # "calls for": the particle is the phrase's
    ("real-pdf/A_RES_78_163_en.txt", "Calls for", "Calls for"),
    # "sait que": "que" is not the verb
    ("clean-ga/A_RES_77_166_fr.txt", "Sait que", "Sait"),
    # "once again" belongs to the Arabic phrase, as "also" does
    ("pdfish-ga/A_RES_78_11_ar.txt", "تقرر مرة أخرى", "تقرر مرة أخرى"),
    ("pdfish-ga/A_RES_78_11_ar.txt", "تطالب مرة أخرى", "تطالب مرة أخرى"),
    ("pdfish-ga/A_RES_77_335_ar.txt", "ترحب مرة أخرى", "ترحب مرة أخرى"),
    # "once more" / "una vez más" / "une fois de plus": phrases of several words that the UN sets
    # in the leading phrase, though "more" or "plus" alone would not belong to it
    ("clean-ga/A_RES_78_11_en.txt", "Determines once more", "Determines once more"),
    ("clean-ga/A_RES_78_11_en.txt", "Reaffirming once more", "Reaffirming once more"),
    ("clean-ga/A_RES_78_11_es.txt", "Exige una vez más", "Exige una vez más"),
    ("clean-ga/A_RES_78_11_fr.txt", "Constate une fois de plus", "Constate une fois de plus"),
    # a second verb joined by "and" after a phrase of several words
    ("clean-ga/A_RES_78_212_es.txt", "Acoge con beneplácito y alienta", "Acoge con beneplácito y alienta"),
    ("clean-ga/A_RES_78_212_fr.txt", "Accueille avec satisfaction et encourage",
     "Accueille avec satisfaction et encourage"),
    # Chinese: "…的是" closes the phrase; phrases missing from the table
    ("clean-ga/A_RES_80_256_zh.txt", "表示深为关切的是", "表示深为关切的是"),
    ("clean-ga/A_RES_79_26_zh.txt", "尤其感兴趣地注意到", "尤其感兴趣地注意到"),
    # intensifiers of several words, and nouns of the phrase, in every language
    ("clean-akn2txt/A_RES_ES-11_1_en.txt", "Deplores in the strongest terms", "Deplores in the strongest terms"),
    ("clean-akn2txt/A_RES_ES-11_1_fr.txt", "Déplore dans les termes les plus vifs",
     "Déplore dans les termes les plus vifs"),
    ("clean-akn2txt/A_RES_ES-11_1_ar.txt", "تشجب بأشد العبارات", "تشجب بأشد العبارات"),
    ("clean-akn2txt/A_RES_ES-11_1_ru.txt", "выражает глубочайшее сожаление", "выражает глубочайшее сожаление"),
    ("clean-akn2txt/A_RES_78_249_fr.txt", "Prie une nouvelle fois", "Prie une nouvelle fois"),
    ("clean-akn2txt/A_RES_79_314_fr.txt", "Exprime sa profonde gratitude", "Exprime sa profonde gratitude"),
    ("clean-akn2txt/A_RES_79_314_fr.txt", "Fait sienne", "Fait sienne"),
    ("real-pdf/A_RES_79_37_en.txt", "Expresses its firm belief", "Expresses its firm belief"),
    # a second verb: French -e/-t, Chinese "并"
    ("clean-akn2txt/A_RES_78_80_A-B_fr.txt", "Soutient et encourage", "Soutient et encourage"),
    ("clean-akn2txt/A_RES_ES-11_1_zh.txt", "欢迎并敦促", "欢迎并敦促"),
    ("clean-akn2txt/A_RES_ES-11_1_zh.txt", "最强烈地斥责", "最强烈地斥责"),
    # the Security Council italicizes the participle alone
    ("raw-sc/S_RES_2120_2013.txt", "Condemning in the strongest terms", "Condemning"),
    # Arabic: an adjective after its noun ends the phrase ("بقلق بالغ", with grave concern), though
    # "بالغ" before its noun ("بالغ القلق") cannot; phrases of two words
    ("pdfish-ga/A_RES_77_166_ar.txt", "وإذ تلاحظ بقلق بالغ", "وإذ تلاحظ بقلق بالغ"),
    ("clean-ga/A_RES_80_45_ar.txt", "وإذ تأخذ بعين الاعتبار", "وإذ تأخذ بعين الاعتبار"),
    ("clean-ga/A_RES_79_26_ar.txt", "وإذ تلاحظ باهتمام خاص", "وإذ تلاحظ باهتمام خاص"),
    ("clean-ga/A_RES_76_151_ar.txt", "وإذ يثير جزعها وقلقها", "وإذ يثير جزعها وقلقها"),
    # "in particular" after the participle is not the phrase's (every official file of the corpus)
    ("raw-sc/S_RES_1645_2005.txt", "Recalling in particular", "Recalling"),
    ("raw-sc/S_RES_1966_2010.txt", "Recalling in particular", "Recalling"),
    ("clean-akn2txt/A_RES_78_80_A-B_fr.txt", "Saluant en particulier", "Saluant"),
    # while "particular" after "with" is: "Noting with particular interest"
    ("clean-ga/A_RES_79_26_en.txt", "Noting with particular interest", "Noting with particular interest"),
    # Russian: "с" and one or two words before the participle or verb open the phrase
    ("clean-ga/A_RES_79_26_ru.txt", "с особым интересом отмечая", "с особым интересом отмечая"),
    ("clean-ga/A_RES_76_208_ru.txt", "с интересом ожидая", "с интересом ожидая"),
    ("clean-ga/A_RES_76_208_ru.txt", "с большой обеспокоенностью отмечая", "с большой обеспокоенностью отмечая"),
    ("clean-ga/A_RES_77_9_ru.txt", "с признательностью принимает к сведению",
     "с признательностью принимает к сведению"),
    # French: "avec un intérêt particulier", a phrase of the table ("un" alone is not the phrase's)
    ("clean-ga/A_RES_79_26_fr.txt", "Prenant note avec un intérêt particulier",
     "Prenant note avec un intérêt particulier"),
    # the Council italicizes the verb alone before an adjective of degree (its official file too)
    ("real-pdf/S_RES_2776_2025_en.txt", "Expressing grave concern that Al-Shabaab", "Expressing"),
    ("real-pdf/S_RES_2769_2025_en.txt", "Expresses grave concern over continued violations", "Expresses"),
    # a preambular paragraph whose note marker stayed a digit after its comma is no title
    ("pdfish-ga/A_RES_76_208_en.txt", "Taking into account Agenda 21", "Taking into account"),
])
def test_leading_phrase(relative, opening, lead):
    assert lead_of(doc_of(relative), opening) == lead


def test_further_and_a_participle_open_a_preambular_paragraph():
    # "…territorial integrity of Ethiopia and Eritrea," / "Further reaffirming the need for both
    # parties …": a paragraph of its own (S/RES/1320 (2000) has eight), not the end of the one before
    doc = doc_of("raw-sc/S_RES_1320_2000.txt")
    assert len(doc.preamble) == 8
    assert any(u.text.startswith("Further reaffirming the need") for u in doc.preamble)


@pytest.mark.parametrize("relative,opening", [
    # wrapped PDF-like text: a paragraph opens with a phrase the language tables did not know,
    # and was folded into the paragraph before it
    ("pdfish-ga/A_RES_75_29_fr.txt", "Se déclarant préoccupée"),          # "Se" + participle
    ("pdfish-ga/A_RES_77_335_fr.txt", "Se félicitant de l’action"),
    ("pdfish-ga/A_RES_79_110_es.txt", "Conocedora de que Nueva Zelandia"),  # adjectives
    ("pdfish-ga/A_RES_78_212_es.txt", "Sumamente preocupada"),
    ("pdfish-ga/A_RES_76_208_en.txt", "Committed to strengthening"),
    ("pdfish-ga/A_RES_79_26_ru.txt", "с особым интересом отмечая"),       # "с" + two words + participle
    ("pdfish-ga/A_RES_76_208_ru.txt", "с большой обеспокоенностью отмечая"),
    ("pdfish-ga/A_RES_79_26_ar.txt", "ورغبة منها"),                       # accusative of motive + "منها"
])
def test_wrapped_preambular_paragraph_opens_with_a_known_phrase(relative, opening):
    doc = doc_of(relative)
    assert any(u.text.lstrip("* ").startswith(opening) for u in doc.preamble), opening
    assert not any(opening in u.text[1:] for u in doc.preamble)


@pytest.mark.parametrize("relative", ["clean-ga/A_RES_78_212_ru.txt", "pdfish-ga/A_RES_78_212_ru.txt"])
def test_cyrillic_letter_typed_for_a_latin_label(relative):
    # "а)", "с)", "е)" typed in Cyrillic among "b)", "d)": labels of sub-paragraphs all the same
    doc = doc_of(relative)
    para = next(u for u in doc.body if u.num == "14.")
    assert [c.num for c in para.children] == ["а)", "b)", "с)"] + [f"{x})" for x in "defghijklm"]


def test_labelled_heading_wrapped_over_a_full_width_line():
    # "B. Évolution de la marge … des Nations" / "Unies et celle … des États-Unis" (as wide as the
    # text) / "Rappelant …": the heading's second line, not the opening of the next paragraph
    doc = doc_of("pdfish-ga/A_RES_80_236_A-B_fr.txt")
    texts = [u.text for p in doc.parts for u in p.body if u.kind == "heading"]
    assert ("B. Évolution de la marge entre la rémunération nette des fonctionnaires des Nations Unies et "
            "celle des fonctionnaires de l’Administration fédérale des États-Unis") in texts
    assert any(u.text.startswith("Rappelant la section I.B") for p in doc.parts for u in p.preamble + p.body)


def test_arabic_roman_item_after_a_full_line_opens_its_block():
    # "’3‘ … مع المناقشة العامة؛" (a full line) / "’4‘ جزء ختامي …": the Arabic (iv) is a label
    # that opens a block, as "(d)" is, not the rest of item (iii)
    doc = doc_of("pdfish-ga/A_RES_80_256_ar.txt")
    first = next(u for u in doc.body if u.num and u.num.startswith("2"))
    assert [c.num for c in first.children[0].children] == ["’1‘", "’2‘", "’3‘", "’4‘"]


def test_wrapped_line_opening_with_the_words_of_an_agenda_item_is_body_text():
    # "…说明酌情将" / "议程项目进一步改为两年一审、…": a wrapped line of sub-paragraph (c), not the
    # cover's "议程项目148" (which is short and has its number)
    doc = doc_of("pdfish-ga/A_RES_77_335_zh.txt")
    para = next(u for u in doc.body if u.num == "34.")
    assert [c.num for c in para.children] == ["(a)", "(b)", "(c)", "(d)"]
    assert "说明酌情将议程项目进一步改为两年一审" in para.children[2].text
    assert doc.cover.agenda


def test_short_clean_text_is_not_read_as_wrapped():
    # a resolution of one operative paragraph, one paragraph a line: its cover lines (no end
    # punctuation) outnumber its paragraphs, but a line of 235 characters ending a sentence is no
    # line of a page; read as wrapped, "Prend note du rapport …" was joined to the preamble
    doc = doc_of("clean-akn2txt/A_RES_78_246_fr.txt")
    assert [u.text for u in doc.body] == ["Prend note du rapport du Bureau de la déontologie."]
    assert len(doc.preamble) == 2


def test_table_rows_are_a_table_not_headings():
    # "Modification | Titre ou fonction | Catégorie/classe | Nombre" / "| | |" / "Création | … | P-4 | 1":
    # the rows of a staffing table under paragraph 19, each read as a heading before; the UN
    # holds them in a table, neither heading nor paragraph
    from pipeline.akn import build
    doc = doc_of("clean-akn2txt/A_RES_79_253_fr.txt")
    assert not [u for u in doc.body if u.kind == "heading" and "|" in u.text]
    tables = [u for u in doc.body if u.kind == "table"]
    assert len(tables) == 4 and tables[0].children[0].text.startswith("Modification | Titre ou fonction")
    xml = build(doc).getroot()
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    first = xml.find(".//a:hcontainer[@name='table']/a:content/a:table", ns)
    assert [c.findtext("a:p", namespaces=ns) for c in first[0]] == ["Modification", "Titre ou fonction",
                                                                    "Catégorie/classe", "Nombre"]
    assert first[0][0].tag.endswith("th") and first[1][0].tag.endswith("td")


def test_a_line_of_bars_alone_is_no_table():
    # found by make fuzz: "The General Assembly," / "|" / "1. Decides …" made a table with no row, which the
    # strict XSD refuses (a table needs a tr); bars alone are a table's header rule only under its first row
    from pipeline.convert import text_to_akn
    text = read_text(CORPUS / "clean-ga/A_RES_78_247_en.txt")
    formula = "The General Assembly,\n"
    assert formula in text
    result = text_to_akn(text.replace(formula, formula + "|\n", 1), "A_RES_78_247_en")
    assert b'name="table"' not in result.xml and b"|" in result.xml


def test_pdftotext_headings_between_paragraphs():
    # pdftotext's text of S/RES/2776 (2025): "Acting under Chapter VII …," / "A." / "Targeted
    # sanctions" / "1." — the label was glued to the last preambular paragraph (after its comma);
    # "…disposal process;" / "E." / "Reducing the threat posed by … (IEDs)" / "18. Reaffirms …" —
    # the title was glued to paragraph 18: the pdftotext reader now finds headings between
    # paragraphs as the text reader does
    doc = doc_of("real-pdf/S_RES_2776_2025_en.txt")
    heads = headings_of(doc)
    assert heads[:4] == ["A.", "Targeted sanctions", "B.", "Arms embargo targeting Al-Shabaab"]
    assert "Reducing the threat posed by Improvised Explosive Devices (IEDs)" in heads
    assert doc.preamble[-1].text == "Acting under Chapter VII of the Charter of the United Nations,"
    assert next(u for u in doc.body if u.num == "18.").text.startswith("Reaffirms that all States")


def test_words_after_the_sub_paragraphs_are_the_paragraphs_wrap_up():
    # "32. Requests the Panel to provide:" / "(a) …;" / "(b) …; and" / "(c) … 13 November 2025;" /
    # "and urges the Panel to seek feedback …;": the paragraph's wrap-up (AKN list/wrapUp), not an
    # unnumbered paragraph of its own
    doc = doc_of("real-pdf/S_RES_2776_2025_en.txt")
    para = next(u for u in doc.body if u.num == "32.")
    assert [c.num for c in para.children] == ["(a)", "(b)", "(c)"]
    assert para.wrap_up.startswith("and urges the Panel to seek feedback")
    assert not any(u.num is None and u.text.startswith("and urges") for u in doc.body)


def test_a_marker_without_its_note_in_a_wrap_up_is_reported():
    # the audit reads every word the AKN holds: a superscript left in the wrap-up is a lost note
    text = read_text(CORPUS / "real-pdf/S_RES_2776_2025_en.txt").replace(
        "and urges the Panel to seek feedback", "and urges⁹⁹ the Panel to seek feedback", 1)
    assert any("footnote marker ⁹⁹ has no note text" in w for w in parse(text).warnings)


def test_symbol_wrapped_into_the_foot_of_a_page_is_not_a_note_marker():
    # note 11 "… sous la cote FCCC/CP/2015/10/Add.1, décision" / "1/CP.21." / "12 Nations Unies, …":
    # "1/CP.21." was read as a new note 1 (the older "1/" marker), and notes 12 to 25 were lost
    doc = doc_of("pdfish-ga/A_RES_76_208_fr.txt")
    assert len(doc.notes) == 25
    assert any(n.endswith("décision 1/CP.21.") for n in doc.notes)
    assert doc.note_markers[:13] == [str(k) for k in range(1, 14)]


def _wrapped(relative: str, width: int = 88) -> str:
    """A clean corpus text hard-wrapped as PDF-like text is (the pdfish builder wraps at 85-95)."""
    import textwrap
    return "\n".join(textwrap.fill(line, width) if line.strip() else ""
                     for line in read_text(CORPUS / relative).splitlines())


@pytest.mark.parametrize("wrapped", [False, True])
def test_lines_of_a_list_after_a_colon_are_paragraphs_not_headings(wrapped):
    # "10. Décide en outre que … se tiendront comme suit :" / "Lundi 9 juin, de 9 heures …" /
    # "Mardi 10 juin …" … "Vendredi 13 juin, … 19 heures ;": the UN's file has each line as a
    # paragraph without number or leading verb; wrapped as PDF text, the first line went into
    # paragraph 10 (it filled the width after the colon); and "Vendredi" is no leading verb
    relative = "clean-akn2txt/A_RES_78_128_fr.txt"
    doc = parse(_wrapped(relative)) if wrapped else doc_of(relative)
    body = doc.body
    k = next(i for i, u in enumerate(body) if u.num == "10.")
    assert body[k].text.rstrip().endswith(":")
    days = body[k + 1:k + 6]
    assert [u.text.split(",")[0] for u in days] == ["Lundi 9 juin", "Mardi 10 juin", "Mercredi 11 juin",
                                                    "Jeudi 12 juin", "Vendredi 13 juin"]
    assert all(u.kind != "heading" and u.num is None and not u.lead for u in days)


def test_chinese_note_markers_at_a_line_end_or_alone_on_a_line():
    # PDF-like Chinese text: "…成果文件，" / "9" / "又回顾…" (the marker wrapped alone onto a line,
    # dropped as a page number) and "…的决定，14" / "表示注意到…" (the lines joined with no space,
    # "14表示" hid the marker): both notes now sit in their paragraphs
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("pdfish-ga/A_RES_76_208_zh.txt")

    def notes_in(unit):
        return [doc.note_markers[int(k)] for k in PLACEHOLDER_RE.findall(unit.text)]
    recalling = next(u for u in doc.preamble if u.text.startswith("回顾《2005年世界首脑会议成果》"))
    assert notes_in(recalling) == ["8", "9"]
    first = next(u for u in doc.body if u.num == "1.")
    assert notes_in(first)[0] == "14"


def test_chinese_note_marker_glued_between_characters():
    # "表示注意到成果信息15和领导人对话的关键信息摘要，16": the marker between two characters, before
    # "和" (and); it was put at the end of the paragraph. A number after "第", "项目", "至" … is a number.
    import re
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("pdfish-ga/A_RES_76_208_zh.txt")
    first = next(u for u in doc.body if u.num == "1.")
    assert [doc.note_markers[int(k)] for k in PLACEHOLDER_RE.findall(first.text)] == ["14", "15", "16"]
    glued = re.search("成果信息\ue000(\\d+)\ue001和", first.text)
    assert glued and doc.note_markers[int(glued.group(1))] == "15"
    assert not any(w.startswith("footnote 15:") for w in doc.warnings)


def test_wrapped_text_with_one_long_line_stays_wrapped():
    # the rule that reads a short clean text as clean (a line far wider than a page) must not turn
    # a wrapped text into a clean one for a single long line: A/RES/76/208 en as PDF-like text,
    # its note 5 written on one line as the clean copy has it
    from pipeline.blocks import looks_wrapped
    lines = read_text(CORPUS / "pdfish-ga/A_RES_76_208_en.txt").splitlines()
    note = next(ln for ln in read_text(CORPUS / "clean-ga/A_RES_76_208_en.txt").splitlines()
                if ln.startswith("⁵ Report of the United Nations Conference"))
    assert len(note) > 200 and looks_wrapped(lines + [note])
    assert not looks_wrapped(read_text(CORPUS / "clean-akn2txt/A_RES_78_246_fr.txt").splitlines())


def test_wrapped_chinese_line_opening_with_annex_is_text():
    # "3. 邀请…同时念及经济及社会理事会第1980/67号决议" / "附件中的规定；": a wrapped line that opens with
    # "附件" (annex) is the end of paragraph 3, not the heading of an annex (which is "附件", "附件二")
    import re
    from pipeline.languages import LANGUAGES
    from pipeline.structure import _annex_heading
    annex = re.compile(LANGUAGES["zh"].annex)
    assert not _annex_heading("附件中的规定；", annex)
    assert all(_annex_heading(h, annex) for h in ("附件", "附件一", "附件二"))
    assert not _annex_heading("المرفق، القرار 2/5،", re.compile(LANGUAGES["ar"].annex))
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_zh.txt").replace(
        "同时念及经济及社会理事会第1980/67号决议附件中的规定；", "同时念及经济及社会理事会第1980/67号决议\n附件中的规定；")
    doc = parse(_wrapped_zh(text))
    assert not doc.annexes and next(u for u in doc.body if u.num == "3.").text.endswith("附件中的规定；")
    assert [u.num for u in doc.body] == ["1.", "2.", "3.", "4.", "5.", "6."]


def _wrapped_zh(text: str, width: int = 90) -> str:
    """Chinese clean text hard-wrapped by display width (a character is two columns), as in PDF text."""
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip()[:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹" or "\n" in line:
            out.append(line)
            continue
        cur, w = "", 0
        for ch in line:
            cw = 2 if ord(ch) > 0x2e80 else 1
            if w + cw > width:
                out.append(cur.strip())
                cur, w = "", 0
            cur, w = cur + ch, w + cw
        out.append(cur.strip())
    return "\n".join(out)


def test_title_holding_a_colon_is_no_list():
    # "… la Declaración de Kioto sobre la" / "Promoción de la Prevención del Delito, …, y el Estado de
    # Derecho:" / "Hacia el Cumplimiento de la Agenda 2030 para el Desarrollo Sostenible²,": the colon
    # is the title's, the short line after it ends the preambular paragraph on its comma
    doc = parse(_wrapped("clean-ga/A_RES_76_182_es.txt", 85))
    assert not any(u.text.startswith("Hacia el Cumplimiento") for u in doc.preamble + doc.body)
    assert any("Derecho: Hacia el Cumplimiento de la Agenda 2030" in u.text for u in doc.preamble)


def test_reference_wrapped_to_a_line_of_its_own_is_no_resolution_number():
    # "2. подтверждает круг ведения Комитета, определенный в приложении к ее резолюции" /
    # "61/275." : the number line of a resolution ("78/5. Title") opens a block; a reference the
    # margin cut off at the end of a full line does not
    doc = doc_of("pdfish-ga/A_RES_78_247_ru.txt")
    assert not any(u.num is None and u.text.startswith("61/275") for u in doc.body)
    assert any(u.text.rstrip().endswith("резолюции 61/275.") for u in doc.body)


def test_labelled_heading_over_three_lines():
    # wrapped at 80 columns: "B. Évolution … des fonctionnaires des" / "Nations Unies et celle …
    # fédérale des" (a full line) / "États-Unis" / "Rappelant …": the full middle line is the
    # heading's too, when the heading's short last line stands over the next paragraph
    doc = parse(_wrapped("clean-ga/A_RES_80_236_A-B_fr.txt", 80))
    heads = [" ".join(u.text.split()) for p in doc.parts for u in p.body if u.kind == "heading"]
    assert ("B. Évolution de la marge entre la rémunération nette des fonctionnaires des Nations Unies et "
            "celle des fonctionnaires de l’Administration fédérale des États-Unis") in heads


def test_heading_after_a_comma_and_a_page_break_is_not_joined_to_the_preamble():
    # pdftotext's S/RES/2769 (2025): "Acting under Chapter VII of the Charter of the United Nations,"
    # / page foot / "Arms Embargo" / "1." (the number alone on its line): the last preambular
    # paragraph ends on its comma, the heading is one of its own (not "Acting …, Arms Embargo")
    doc = doc_of("real-pdf/S_RES_2769_2025_en.txt")
    assert doc.preamble[-1].text == "Acting under Chapter VII of the Charter of the United Nations,"
    assert headings_of(doc)[0] == "Arms Embargo"
    # the text under a number alone on its line is the paragraph's, even when it ends before a note
    # marker ("1." / "Takes note of the report of the Secretary-General; 3" / "2.")
    assert not headings_of(doc_of("real-pdf/A_RES_80_120_en.txt"))


def test_line_opening_with_a_leading_phrase_is_no_heading():
    # pdftotext's A/RES/80/212: "2." / "country;" / "Notes with satisfaction the support provided to
    # the Centre by the host" / "3." (reading order: the paragraph's short last line before its
    # first): a line that opens with a leading phrase of the tables is a paragraph's text, never a
    # heading; here the first words of paragraph 2, whose number stands over its last line
    doc = doc_of("real-pdf/A_RES_80_212_en.txt")
    assert not headings_of(doc)
    second = next(u for u in doc.body if u.num == "2.")
    assert second.text == "Notes with satisfaction the support provided to the Centre by the host country;"
    assert second.lead == "Notes with satisfaction"


def test_headings_after_a_note_marker_and_one_word_headings():
    # pdftotext's A/RES/78/322: "…advance the multidimensional vulnerability index;" / "Scope" / "2."
    # (one word, the number alone under it) and "…the 2030 Agenda for Sustainable Development; 2" /
    # "Ways to further improve the multidimensional vulnerability index" / "16. Requests …" (the
    # paragraph ends on its note marker): both are headings, as the official file's subheadings
    assert headings_of(doc_of("real-pdf/A_RES_78_322_en.txt")) == [
        "Final report", "Scope", "Applicability", "Custodianship and governance",
        "Ways to further improve the multidimensional vulnerability index",
        "Vulnerability-resilience country profiles", "Multidimensional vulnerability index reporting"]


def test_line_after_the_cover_bracket_opens_a_block():
    # wrapped at 72 columns, no blank lines (as PDF text): "[بناء على تقرير اللجنة الأولى (A/79/408،
    # الفقرة 114)]" fills the line and "79/26 تحديد الأسلحة …" (the Arabic number has no full stop)
    # went into it: no resolution number, no title. The closed bracket ends its block.
    text = "\n".join(ln for ln in _wrapped("clean-ga/A_RES_79_26_ar.txt", 72).splitlines() if ln.strip())
    doc = parse(text)
    assert doc.number == "79/26" and doc.title.startswith("تحديد الأسلحة التقليدية")
    assert doc.cover.proponent.endswith("(A/79/408، الفقرة 114)]")


def _unspaced(relative: str, width: int) -> str:
    """A clean corpus text hard-wrapped with no blank line between paragraphs, as PDF text is, a
    paragraph's number followed by one space."""
    import textwrap
    return "\n".join(textwrap.fill(line.replace("\t", " "), width)
                     for line in read_text(CORPUS / relative).splitlines() if line.strip())


def test_short_line_cut_before_a_long_word_goes_on():
    # wrapped at 72 columns: "26. Acoge con beneplácito el esfuerzo del Tribunal" (50 columns) /
    # "Contencioso‑Administrativo de las Naciones Unidas por reducir …": the line is short only
    # because the long word did not fit after it; the paragraph goes on
    doc = parse(_unspaced("clean-ga/A_RES_77_260_es.txt", 72))
    assert [u.num for u in doc.body if u.kind == "operative"] == [f"{n}." for n in range(1, 37)]
    assert "Tribunal Contencioso‑Administrativo de las Naciones Unidas por reducir" in next(
        u for u in doc.body if u.num == "26.").text


@pytest.mark.parametrize("relative,heading", [
    ("clean-ga/A_RES_77_335_en.txt", "Strengthening of the accountability, transparency and institutional memory of "
                                     "the Office of the President of the General Assembly"),
    ("clean-ga/A_RES_77_335_fr.txt", "Renforcement de la responsabilité, de la transparence et de la mémoire "
                                     "institutionnelle du Bureau de la présidence de l’Assemblée générale"),
])
def test_heading_of_two_full_lines_between_paragraphs(relative, heading):
    # wrapped at 72 columns: "…are elected;" / "Strengthening of the accountability, transparency and
    # institutional" / "memory of the Office of the President of the General Assembly" / "79. Emphasizes":
    # both lines of the heading fill the width; it was folded into paragraph 78
    doc = parse(_unspaced(relative, 72))
    assert heading in headings_of(doc)


def test_arabic_note_marker_after_a_closing_quotation_mark():
    # "… ”تحسين فعالية عملية الاستعراض المعززة للمعاهدة“(4)،": the marker after the closing quotation
    # mark is found where it stands (it was put at the end of the block the note follows)
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("pdfish-ga/A_RES_80_45_ar.txt")
    assert not any(w.startswith("footnote 4:") for w in doc.warnings)
    fourth = next(u for u in doc.preamble if "4" in [doc.note_markers[int(k)] for k in PLACEHOLDER_RE.findall(u.text)])
    assert PLACEHOLDER_RE.sub("", fourth.text).endswith("للمعاهدة“،")


def test_short_chinese_text_wrapped_wide_is_unwrapped():
    # A/RES/78/11 zh wrapped at 100 columns, no blank lines: a one-page text whose paragraphs mostly
    # hold on one line; five of its 21 lines end open at the full width ("…和1949年8月12日《关于战时保
    # 护平民之日内瓦公约》2 的所有相关" / "规定继续适用于…"), and the text was read as clean, each line
    # a paragraph: paragraphs 3 and 7 were cut in two
    text = "\n".join(ln for ln in _wrapped_zh(read_text(CORPUS / "clean-ga/A_RES_78_11_zh.txt"), 100).splitlines()
                     if ln.strip())
    doc = parse(text)
    assert [u.num for u in doc.body if u.kind == "operative"] == [f"{n}." for n in range(1, 9)]


def test_note_without_its_marker_after_the_closing_date_leaves_the_date():
    # the last page's notes stand after the closing meeting and date; a note whose marker is not
    # found ("решение 22/СОР1512": 12 glued to the symbol's digits) was put at the end of the date
    # line: the date was no longer read as the date and became an unnumbered paragraph
    text = read_text(CORPUS / "pdfish-ga/A_RES_77_166_ru.txt")
    note = "__________________\n12 См. ICCD/COP(15)/23/Add.1.\n"
    assert note in text
    head, _, tail = text.replace(note, "").rpartition("14 декабря 2022 года\n")
    text = head + "14 декабря 2022 года\n" + note + tail
    doc = parse(text)
    assert doc.parts[0].conclusions[0].date.iso == "2022-12-14"
    assert [u.num for u in doc.body if u.kind == "operative"] == [f"{n}." for n in range(1, 37)]
    assert len(doc.notes) == 12


def test_note_line_opening_with_an_abbreviation_and_a_number_stays_in_the_note():
    # the last note of a page wrapped at a narrower width: "5 Ibid., section intitulée « Article VI et
    # huitième à douzième alinéas du préambule »," / "par. 15.": "par. 15." looked like a lettered item
    # ("a. …"), left the note area and went into the sentence the page foot cut ("…débouchant sur"),
    # which lost its end ("l’élimination totale …" became an unnumbered paragraph)
    text = read_text(CORPUS / "pdfish-ga/A_RES_80_45_fr.txt").replace(
        "du préambule », par. 15.\n", "du préambule »,\npar. 15.\n").replace(
        "Document final, vol. I à III [", "Document final,\nvol. I à III [")
    doc = parse(text)
    assert doc.notes[4].endswith("du préambule », par. 15.")
    assert "Document final, vol. I à III [NPT/CONF.2000/28" in doc.notes[2]
    assert [u.num for u in doc.body if u.kind == "operative"] == [f"{n}." for n in range(1, 7)]
    assert not any("par. 15." in u.text for u in doc.body for u in [u] + u.children)


@pytest.mark.parametrize("relative", ["clean-ga/A_RES_78_11_en.txt", "clean-ga/A_RES_78_11_ru.txt"])
def test_wrapped_line_opening_with_a_year_in_brackets_goes_on(relative):
    # wrapped at 64 columns: "Security Council resolutions 242 (1967) of 22 November 1967, 338" /
    # "(1973) of 22 October 1973 and 425 (1978) …": "(1973)" read as an item label opened a block,
    # and the paragraph after it ("Expressing grave concern …") went into that block
    doc = parse(_unspaced(relative, 64))
    assert len(doc.preamble) == 9
    assert "338 (1973)" in doc.preamble[7].text


def test_part_label_alone_after_a_wide_title_opens_its_part():
    # wrapped at 72 columns, no blank lines: "80/236. Общая система Организации Объединенных Наций" (not
    # short at that width) / "A" / "Генеральная Ассамблея,": the label went into the title, and the
    # resolution lost its parts A and B (formula, part B's preamble and notes)
    doc = parse(_unspaced("clean-ga/A_RES_80_236_A-B_ru.txt", 72))
    assert doc.title == "Общая система Организации Объединенных Наций"
    assert [p.label for p in doc.parts if p.label] == ["A", "B"]


@pytest.mark.parametrize("width", [64, 68, 72])
def test_part_title_before_a_lower_case_paragraph_that_fitted_on_its_line(width):
    # wrapped narrow: "I" / "Общие для обеих категорий сотрудников условия службы" (52 columns,
    # not short at 72) / "утверждает введение в действие …" (a full line opening in lower case,
    # as Russian operative paragraphs do): "утверждает" would have fitted after the title, so the title
    # ended there; it was joined to the paragraph, which lost its leading verb. At 64 columns it fits
    # within the text's width exactly (63 of 63): a slack of a tenth below the width, one word at this
    # width, joined the title to the paragraph
    doc = parse(_unspaced("clean-ga/A_RES_80_236_A-B_ru.txt", width))
    heads = [u.text for p in doc.parts for u in p.body if u.kind == "heading"]
    assert heads[:2] == ["I", "Общие для обеих категорий сотрудников условия службы"]


@pytest.mark.parametrize("width", [64, 72])
def test_arabic_part_numbers_and_letters_label_headings(width):
    # wrapped narrow: "باء - تطور هامش الأجر الصافي للأمم المتحدة/الولايات المتحدة" / "إذ تشير …" (the
    # lettered heading, not short at 72 columns, took the preambular paragraph under it) and "ثانيا" /
    # "شروط خدمة الموظفين من الفئة الفنية والفئات العليا" / "تؤكد أن العمل …" (the part's title was
    # joined to its first paragraph at 64 columns): Arabic labels head as "B." and "II" do
    doc = parse(_unspaced("clean-ga/A_RES_80_236_A-B_ar.txt", width))
    heads = [u.text for p in doc.parts for u in p.body if u.kind == "heading"]
    assert heads == ["أولا", "شروط الخدمة المنطبقة على كلتا فئتي الموظفين", "ثانيا",
                     "شروط خدمة الموظفين من الفئة الفنية والفئات العليا", "ألف - جدول المرتبات الأساسية/الدنيا",
                     "باء - تطور هامش الأجر الصافي للأمم المتحدة/الولايات المتحدة"]


@pytest.mark.parametrize("relative,opening,lead", [
    # the words of the table written with their vowel marks, as many Arabic files write them
    # ("أيضاً", with tanwin): the phrase goes on over them as over "أيضا"
    ("clean-ga/A_RES_76_182_ar.txt", "تشجع أيضا الدول الأعضاء", "تشجع أيضاً"),
    ("clean-ga/A_RES_75_29_ar.txt", "تدين أيضا الوجود العسكري", "تدين أيضاً"),
])
def test_arabic_phrase_words_with_vowel_marks(relative, opening, lead):
    text = read_text(CORPUS / relative).replace(opening, opening.replace("أيضا", "أيضاً"))
    doc = parse(text)
    found = next(u.lead for u in doc.body if u.text.startswith(opening.replace("أيضا", "أيضاً")))
    assert found == lead


@pytest.mark.parametrize("text,lang,number", [
    # emergency special sessions count past ten: "Одиннадцатая чрезвычайная специальная сессия" (the
    # cover of A/RES/ES-11/1 ru had no session), "الدورة الاستثنائية الطارئة الحادية عشرة" (read as 1)
    ("Одиннадцатая чрезвычайная специальная сессия", "ru", 11),
    ("الدورة الاستثنائية الطارئة الحادية عشرة", "ar", 11),
    ("الدورة الثانية عشرة", "ar", 12),
    ("الدورة الحادية والثمانون", "ar", 81),
])
def test_session_ordinals_from_eleven_to_nineteen(text, lang, number):
    from pipeline.dates import session_number
    assert session_number(text, lang) == number
    if lang == "ru":
        assert doc_of("clean-akn2txt/A_RES_ES-11_1_ru.txt").cover.session[0] == 11


def test_second_verb_after_and_and_an_adverb_of_the_table():
    # "15. приветствует и настоятельно призывает продолжать …" (A/RES/ES-11/1 ru): "настоятельно"
    # (a word of the table before a verb) between "и" and the second verb; the phrase stopped at
    # "приветствует"
    doc = doc_of("clean-akn2txt/A_RES_ES-11_1_ru.txt")
    assert next(u for u in doc.body if u.num == "15.").lead == "приветствует и настоятельно призывает"


def test_wide_heading_after_the_preamble_and_a_title_after_a_colon():
    # A/RES/79/214 (its lines, wrapped at 88 and 70 columns): "…the Sustainable Development Goals," /
    # "Governance of the United Nations Human Settlements Programme (UN-Habitat)" (wider than 0.8 of
    # the text) / "1. Welcomes …": a heading after the last preambular paragraph's comma, however
    # wide, when a numbered paragraph follows (not a participle's line: "Recalling its resolutions
    # 1514 (XV) …" goes on with the preamble); and "19. Notes the launch by UN-Habitat of the Global
    # Action Plan:" / "Accelerating for Transforming Informal Settlements and Slums by 2030,9": the
    # title after the colon goes on with paragraph 19, it opens no paragraph
    from pipeline.blocks import heading_between, starts_new
    from pipeline.languages import LANGUAGES
    from pipeline.structure import _block_starts
    starts = _block_starts(LANGUAGES["en"])
    assert heading_between("the Sustainable Development Goals,",
                           "Governance of the United Nations Human Settlements Programme (UN-Habitat)",
                           "1. Welcomes the holding of the first part of the second session of the United Nations",
                           88, starts)
    assert not heading_between("Peoples for 2020,3", "Recalling its resolutions 1514 (XV) of 14 December 1960 and 1541",
                               "(XV) of 15 December 1960 and the resolutions of the Special", 64, starts)
    paragraph = "19. Notes the launch by UN-Habitat of the Global Action Plan:"
    assert not starts_new(paragraph, "Accelerating for Transforming Informal Settlements and Slums by 2030,9",
                          True, False, False, 70, starts, paragraph)


def test_participle_after_a_colon_in_a_preambular_paragraph_goes_on():
    # A/RES/79/227 (real-pdf, and its official text wrapped at 88 columns): "Taking note also of the
    # publication entitled A Multi-Billion-Dollar Opportunity:" / "Repurposing Agricultural Support to
    # Transform Food Systems, issued by …": the title after the colon opened a preambular paragraph
    from pipeline.blocks import starts_new
    from pipeline.languages import LANGUAGES
    from pipeline.structure import _block_starts
    prev = "Taking note also of the publication entitled A Multi-Billion-Dollar Opportunity:"
    assert not starts_new(prev, "Repurposing Agricultural Support to Transform Food Systems, issued by the Food and",
                          True, False, False, 88, _block_starts(LANGUAGES["en"]), prev)
    doc = doc_of("real-pdf/A_RES_79_227_en.txt")
    assert not any(u.text.startswith("Repurposing Agricultural Support") for u in doc.preamble)


def test_wrapped_line_opening_with_meeting_numbers_is_no_closing_meeting():
    # A/RES/79/130 wrapped at 88 columns: "…most recently at its 309th and" / "310th meetings, and further
    # notes with concern …": the line looked like the closing meeting ("310th meeting…"), opened a block
    # and cut paragraph 15 in two; the closing meeting is a short line with no clause
    from pipeline.languages import LANGUAGES
    from pipeline.structure import _block_starts
    starts = _block_starts(LANGUAGES["en"])
    assert starts("310th meetings, and further notes with concern that serious issues still persist without") is None
    assert starts("52nd plenary meeting") == "part"
    assert _block_starts(LANGUAGES["zh"])("第40次全体会议") == "part"
    assert _block_starts(LANGUAGES["ru"])("53‑е пленарное заседание") == "part"


@pytest.mark.parametrize("relative", ["clean-ga/A_RES_78_212_ar.txt", "pdfish-ga/A_RES_78_212_ar.txt"])
def test_arabic_phrase_word_glued_to_the_next_by_a_lost_space(relative):
    # "وإذ تشير أيضاإلى قرارها 36/55 …": the space between "أيضا" (also) and "إلى" lost; the phrase
    # stopped at "وإذ تشير". Hamza under alef opens Arabic words only: the table's word ends before it
    assert lead_of(doc_of(relative), "وإذ تشير أيضاإلى") == "وإذ تشير أيضا"


@pytest.mark.parametrize("relative,href", [
    # an old General Assembly resolution with its part letter: "2200 A (XXI)" -> A/RES/2200(XXI)
    ("clean-ga/A_RES_78_212_en.txt", "https://undocs.org/en/A/RES/2200(XXI)"),
    # an Economic and Social Council resolution, numbered by year, the Council named before or after it
    ("clean-ga/A_RES_78_123_ru.txt", "https://undocs.org/ru/E/RES/1980/67"),
    ("clean-ga/A_RES_78_123_ar.txt", "https://undocs.org/ar/E/RES/1980/67"),
    ("clean-ga/A_RES_75_104_en.txt", "https://undocs.org/en/E/RES/2018/18"),
])
def test_references_to_old_assembly_and_to_council_resolutions(relative, href):
    from pipeline.convert import parse_file
    assert f'href="{href}"' in parse_file(CORPUS / relative).xml.decode()


def test_star_glued_to_a_word_on_the_cover_is_no_italics():
    # found by tests/test_fuzz.py (hypothesis): "0*0*" on the cover lost a word ("00"): the cover read
    # "*0*" as italics glued to the "0" before it; it reads italics as the body does now
    assert parse("0*0*").cover.other == ["0*0"]
    assert parse("*[on the report of the Third Committee (A/78/481)]*\n").cover.proponent.startswith("[on the report")


@pytest.mark.parametrize("relative,href", [
    # symbols of treaty conferences and bodies, a session number in brackets, a volume's part
    ("clean-ga/A_RES_77_166_ru.txt", "https://undocs.org/ru/ICCD/COP(15)/23/Add.1"),
    ("clean-ga/A_RES_76_208_en.txt", "https://undocs.org/en/FCCC/CP/2015/10/Add.1"),
    ("clean-ga/A_RES_80_45_fr.txt", "https://undocs.org/fr/NPT/CONF.2000/28(PartsIandII)"),
])
def test_references_to_treaty_conference_symbols(relative, href):
    from pipeline.convert import parse_file
    assert f'href="{href}"' in parse_file(CORPUS / relative).xml.decode()


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar"])
def test_human_rights_council_resolution_is_the_councils(lang):
    # "Human Rights Council resolution 52/6", "la résolution 52/6 du Conseil des droits de l’homme",
    # "резолюцию 52/6 Совета по правам человека", "قرار مجلس حقوق الإنسان 52/6" (A/RES/78/212): the
    # Council's A/HRC/RES/52/6, not the Assembly's A/RES/52/6; "resolution 77/221 of 15 December 2022
    # and Human Rights Council resolution 52/6": 77/221 stays the Assembly's
    from pipeline.convert import parse_file
    xml = parse_file(CORPUS / f"clean-ga/A_RES_78_212_{lang}.txt").xml.decode()
    assert f'href="https://undocs.org/{lang}/A/HRC/RES/52/6"' in xml
    assert f'href="https://undocs.org/{lang}/A/RES/52/6"' not in xml
    assert f'href="https://undocs.org/{lang}/A/RES/77/221"' in xml


@pytest.mark.parametrize("relative", ["clean-akn2txt/S_RES_2713_2023_en.txt", "clean-akn2txt/S_RES_2713_2023_fr.txt"])
def test_notes_marked_by_an_asterisk(relative):
    # S/RES/2713 (2023): "Annex A – Items subject to a no-objection process *", "Part I *" ("… du
    # Comité*", "Partie I*" in French) … and after the rule "* (Not applicable to the Government of the
    # Federal Republic of Somalia …": notes marked by an asterisk (the official file has three),
    # anchored where the asterisk stands apart, or glued to a line's end with no star to pair it; they
    # were body text. A star glued to a word in a pair stays italics ("*Recalling* its").
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of(relative)
    assert doc.note_markers == ["1", "*", "*", "*"]
    starred = [u.text for u in doc.annexes if PLACEHOLDER_RE.search(u.text)]
    assert len(starred) == 3 and starred[-1].startswith(("Part I", "Partie I"))
    assert not any(u.text.lstrip().startswith("* ") for u in doc.body + doc.annexes)


def test_chinese_note_marker_after_a_title_bracket_glued_to_the_next_character():
    # "7. 促请俄罗斯联邦遵守《宪章》和《友好关系宣言》1所载的原则；" (A/RES/ES-11/1 zh): the marker after the
    # closing title bracket, glued to the next character; note 1 went to the end of the wrong block
    import re
    doc = doc_of("clean-akn2txt/A_RES_ES-11_1_zh.txt")
    assert not any(w.startswith("footnote 1:") for w in doc.warnings)
    seventh = next(u for u in doc.body if u.num == "7.")
    assert re.search("《友好关系宣言》\ue000\\d+\ue001所载", seventh.text)


def test_number_grouped_by_spaces_is_no_note_marker():
    # "(b) 减去3 369 000美元，" (A/RES/78/249 zh): "3" before a group of three digits is the number's, not
    # note 3's marker; the note (whose marker stands in the preamble) was put in the sub-paragraph
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("clean-akn2txt/A_RES_78_249_zh.txt")
    assert not any("减去" in u.text and PLACEHOLDER_RE.search(u.text) for p in doc.body for u in p.children)
    marked = [doc.note_markers[int(k)] for u in doc.preamble for k in PLACEHOLDER_RE.findall(u.text)]
    assert marked == ["1", "2", "3"]


def test_note_markers_glued_in_one_paragraph_are_found_in_order():
    # "Ayant examiné le rapport … pour 20241, … le 31 décembre 20235, … d’inflation6 et le rapport …
    # budgétaires7" (A/RES/79/253 fr, its second preambular paragraph with seven notes): a marker glued to a year was looked
    # for only after every marker glued to a word had been looked for in the whole text, and "5" was
    # found in paragraph 8; the forms of a marker glued to what precedes it are now one tier, the first in
    # the text wins
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("clean-akn2txt/A_RES_79_253_fr.txt")
    assert [doc.note_markers[int(k)] for k in PLACEHOLDER_RE.findall(doc.preamble[1].text)] == [
        str(n) for n in range(1, 8)]


@pytest.mark.parametrize("text,lang,lead", [
    # "rend hommage" (A/RES/78/80 A-B fr, twice), as "pays tribute": the noun is the phrase's
    ("Rend hommage au personnel des centres d’information des Nations Unies", "fr", "Rend hommage"),
    ("Rinde homenaje al personal de los centros de información", "es", "Rinde homenaje"),
    ("воздает должное персоналу информационных центров", "ru", "воздает должное"),
])
def test_paying_tribute_is_one_phrase(text, lang, lead):
    from pipeline.languages import LANGUAGES
    from pipeline.structure import _lead
    assert _lead(text, LANGUAGES[lang]) == lead
    if lang == "fr":
        doc = doc_of("clean-akn2txt/A_RES_78_80_A-B_fr.txt")
        leads = [u.lead for p in doc.parts for u in p.body if u.text.startswith("Rend hommage")]
        assert leads and all(x == "Rend hommage" for x in leads)


def test_spaced_marker_after_a_title_and_its_comma():
    # pdftotext's A/RES/78/79: "…the Secretary-General entitled “Our Common Agenda”, 1 noting …": the
    # marker set apart after the title's closing quote and comma was taken for the number a word takes
    # ("agenda 1", as "resolution 5"): a word followed by punctuation takes no number
    from pipeline.notes import PLACEHOLDER_RE
    doc = doc_of("real-pdf/A_RES_78_79_en.txt")
    assert not any(w.startswith("footnote 1:") for w in doc.warnings)
    recalling = next(u for u in doc.preamble if u.text.startswith("Recalling its resolution 76/6"))
    assert [doc.note_markers[int(k)] for k in PLACEHOLDER_RE.findall(recalling.text)] == ["1", "2"]


def test_spaced_marker_after_a_year():
    # pdftotext's A/RES/79/184: "Recalling also the Geneva Conventions of 12 August 1949 12 and
    # Additional …", "… of 4 April 2023 15 and 55/23 of 4 April 2024 16 on …": a number set apart after a
    # year, before a word, is the marker (after a year before digits or a month it is not)
    doc = doc_of("real-pdf/A_RES_79_184_en.txt")
    assert not any(w.startswith(("footnote 12:", "footnote 15:", "footnote 16:", "footnote 17:"))
                   for w in doc.warnings)


def test_spaced_marker_after_a_resolution_number():
    # pdftotext's A/RES/79/184: "… pursuant to resolutions 71/205 18 and 72/190, 19 …", "76/179, 23
    # 77/229 24 and 78/221, 25 …": after a resolution number with no punctuation, before a word
    doc = doc_of("real-pdf/A_RES_79_184_en.txt")
    assert not any(w.startswith(("footnote 18:", "footnote 24:")) for w in doc.warnings)


def test_spaced_marker_after_a_resolution_number_before_punctuation():
    # the same with the marker before the comma, as French prints it ("résolution 71/205 18, et"): a
    # resolution's number is whole, what follows it is no part of it (only the first figures of a
    # number grouped by spaces are: "2023 1 500 000")
    text = read_text(CORPUS / "real-pdf/A_RES_79_184_en.txt").replace("71/205 18 and", "71/205 18, and")
    assert "71/205 18, and" in text
    assert not any(w.startswith("footnote 18:") for w in parse(text).warnings)



@pytest.mark.parametrize("relative,snippet,number", [
    # a decimal comma: "pour limiter l’augmentation de la température à 1,5 degré Celsius" (A/RES/79/314 fr)
    ("clean-akn2txt/A_RES_79_314_fr.txt", "à 1,5 degré", "1"),
    # a figure with a thousands comma after a year ("in 2023 1,200 migrants"), and a row of numbers
    # after a year, as a table's cells ("Director 2024 3 2025 4"), set in A/RES/79/214's pdftotext
    # text before its first note's marker ("Welcoming the Paris Agreement, 1 and …")
    ("real-pdf/A_RES_79_214_en.txt", "in 2023 1,200 migrants", "1"),
    ("real-pdf/A_RES_79_214_en.txt", "Director 2024 1 2025 4", "1"),
])
def test_figure_after_a_word_or_year_is_no_spaced_marker(relative, snippet, number):
    # the digit before ",5" / ",200" or before another figure was taken for the note's marker: the
    # figure lost its digit and the note its place; a marker before punctuation has a space after it
    from pipeline.convert import parse_bytes
    from pipeline.languages import LANGUAGES
    text = read_text(CORPUS / relative)
    if snippet not in text:
        paragraph = "Welcoming the Paris Agreement, 1 and"
        assert paragraph in text
        text = text.replace(paragraph, f"Noting that {snippet} were counted,\n{paragraph}")
    assert footnotes._SpacedMarker(number, LANGUAGES["en"].ordinal).search(snippet) is None
    akn = parse_bytes(text.encode(), relative).xml.decode()
    assert snippet in akn
    if "79_214" in relative:
        assert re.search(r'Paris Agreement,<authorialNote marker="1"', akn)


@pytest.mark.parametrize("relative,marker", [
    # pdftotext's marker set apart after a year that ends a range: "Noting that the Sendai Framework for
    # Disaster Risk Reduction 2015–2030 3 can …" (A/RES/79/214), "… 2015 –2030 4 and" (A/RES/78/231)
    ("real-pdf/A_RES_79_214_en.txt", "3"),
    ("real-pdf/A_RES_78_231_en.txt", "4"),
    # after a session named by its ordinal, which takes no number: "… its sixty-second session 13 and
    # its priority theme …" (A/RES/78/181), "… at its twenty fourth special session 2 constitute …"
    ("real-pdf/A_RES_78_181_en.txt", "13"),
    ("real-pdf/A_RES_80_175_en.txt", "2"),
])
def test_spaced_marker_after_a_range_of_years_or_an_ordinal_session(relative, marker):
    doc = doc_of(relative)
    assert not any(w.startswith(f"footnote {marker}:") for w in doc.warnings)



def test_page_without_blank_lines_around_the_symbol_is_no_running_header():
    # found by tests/test_fuzz.py (hypothesis), a resolution made of the cover of A/RES/78/247 with a
    # page break after the symbol: the pdftotext reader took the whole block holding the repeated
    # symbol (no blank line around it) for the running header, and dropped the cover and the preamble
    text = ("United Nations\nA/RES/78/247\n\f\nGeneral Assembly\nDistr.: General\n28 December 2023\n"
            "Seventy-eighth session\nAgenda item 1\nResolution adopted by the General Assembly on 22 December "
            "2023\n[on the report of the Fifth Committee (A/78/1)]\n78/247. 0\nThe General Assembly,\n"
            "A/RES/78/247\n*2326261*\n23-26261 (F)\nRecalling 0,\nRecalling 0,\n1.\tDecides 0;\n"
            "77th plenary meeting\n22 December 2023")
    doc = parse(text)
    assert doc.cover.session and len(doc.preamble) == 2 and doc.body


@pytest.mark.parametrize("lines", [
    # wrapped lines after a comma that open with a bracket: the paragraph goes on, no heading
    ["Recalling the relevant resolutions of the General Assembly on the question of Palestine,",
     "Security Council resolutions 242 (1967) and 338 (1973) and Assembly resolution 181",
     "(II) of 29 November 1947,"],
    ["Welcoming the continued cooperation of the Food and Agriculture Organization of the United",
     "Nations, the World Meteorological Organization, the International Maritime Organization,",
     "World Health Organization and the United Nations Environment Programme",
     "(UNEP) in this regard,"],
])
def test_line_after_a_comma_opening_with_a_bracket_is_no_paragraph_number(lines):
    # pdfish A/RES/78/11 en with its first "Recalling" paragraph wrapped otherwise: only an operative
    # paragraph's number ("1.") after a comma ends the preamble's paragraph before a heading
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_11_en.txt").replace(
        "Recalling Security Council resolution 497 (1981) of 17 December 1981,", "\n".join(lines))
    doc = parse(text)
    assert not [u for u in doc.body if u.kind == "heading"]
    assert len(doc.preamble) == len(doc_of("pdfish-ga/A_RES_78_11_en.txt").preamble)
    assert any(u.text.rstrip().endswith(lines[-1]) for u in doc.preamble)


def test_heading_opening_with_a_participle_and_an_item_before_it():
    # "Working methods" of A/RES/77/335 en renamed "Taking forward the working methods", after a
    # list whose last item is short: a heading (a participle opens headings too), and the item keeps
    # its words in their order
    text = read_text(CORPUS / "pdfish-ga/A_RES_77_335_en.txt").replace(
        "information available, within existing resources;\nWorking methods",
        "information available, within existing resources, in particular on:\n(a) voting records;\n"
        "(b) draft resolutions;\nTaking forward the working methods")
    doc = parse(text)
    assert any(u.kind == "heading" and u.text == "Taking forward the working methods" for u in doc.body)
    assert any(c.num == "(b)" and c.text == "draft resolutions;" for u in doc.body for c in u.children)


def test_numbered_title_in_an_annex_stays_apart_from_its_text():
    # A/RES/77/335 en's annex with its numbered titles ("1. Text of the oath" / "I, [name], solemnly
    # swear …"): a numbered line without end punctuation does not take the lines that follow
    text = read_text(CORPUS / "pdfish-ga/A_RES_77_335_en.txt").replace(
        "Oath of office of the Secretary-General\n", "Oath of office of the Secretary-General\n1. Text of the oath\n", 1)
    doc = parse(text)
    assert any(u.num == "1." and u.text == "Text of the oath" for u in doc.annexes)
    assert any(u.text.startswith("I, [name], solemnly swear") for u in doc.annexes)


def test_references_of_councils_named_beside_a_list():
    # A/RES/78/11 en with other references: the Human Rights Council's resolutions, listed; the
    # Assembly's before "and Human Rights Council …"; an Economic and Social Council decision and a
    # biennium are no Council resolutions
    from lxml import etree
    from pipeline.akn import build
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_11_en.txt").replace(
        "Recalling Security Council resolution 497 (1981) of 17 December 1981,",
        "Recalling also its resolution 60/251 and Human Rights Council resolutions 5/1 and 5/2, and its\n"
        "resolution 77/221 and Human Rights Council resolution 52/6, Economic and Social Council\n"
        "decision 2023/325 and resolution 1980/67 of the Economic and Social Council,")
    xml = etree.tostring(build(parse(text)), encoding="unicode")
    for symbol in ("A/RES/60/251", "A/HRC/RES/5/1", "A/HRC/RES/5/2", "A/RES/77/221", "A/HRC/RES/52/6", "E/RES/1980/67"):
        assert f"/{symbol}\"" in xml, symbol
    assert "/E/RES/2023/325" not in xml and "A/HRC/RES/60/251" not in xml


def test_numbered_note_after_a_star_note():
    # A/RES/78/11 en with a "*" note on its title printed before note 2: note 2 is still a note
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_11_en.txt").replace(
        "78/11. The Syrian Golan", "78/11. The Syrian Golan *")
    lines = text.split("\n")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("2 United Nations, Treaty Series"))
    lines.insert(at, "* The present resolution was adopted by a recorded vote.")
    doc = parse("\n".join(lines))
    assert any(n.startswith("United Nations, Treaty Series") for n in doc.notes)
    assert len(doc.notes) == len(doc_of("pdfish-ga/A_RES_78_11_en.txt").notes) + 1


@pytest.mark.parametrize("relative,number", [
    ("pdfish-ga/A_RES_75_104_en.txt", "resolution 1514"),
    ("pdfish-ga/A_RES_75_104_es.txt", "resolución 1514"),
    ("pdfish-ga/A_RES_75_104_fr.txt", "résolution 1514"),
    ("pdfish-ga/A_RES_75_104_ru.txt", "резолюции 1514"),
    ("pdfish-ga/A_RES_75_104_zh.txt", "会第1514"),
])
def test_session_of_a_cited_resolution_opening_a_wrapped_line_is_no_item(relative, number):
    # "…the implementation of General Assembly" / "resolution 1514" / "(XV), including …": the line
    # before the session is short (a line the PDF broke early), and "(XV)" was read as an item
    # label that cut the paragraph; it is the citation's session ("第1514" / "(XV)号决议" in Chinese)
    text = re.sub(rf"\s*{number}\s*\(XV\)", f"\n{number}\n(XV)", read_text(CORPUS / relative), count=1)
    doc = parse(text)
    units = doc.preamble + doc.body
    assert not any(u.text.startswith("(XV)") or u.num == "(XV)" for u in units)
    assert any("1514 (XV)" in u.text or "1514(XV)" in u.text for u in units)


@pytest.mark.parametrize("relative,before,item", [
    # pdftotext's A/RES/79/184: "…Offenders (the Bangkok Rules); 34" / "(k) To address …", with (k) made to
    # name a resolution first ("(k) To implement resolution 1325 (2000), address …"): the note marker
    # after the semicolon ended the line on a number, and (k) was joined to (j)
    ("real-pdf/A_RES_79_184_en.txt", "(k) To address ongoing impunity and ensure that those found to be responsible",
     "(k) To implement resolution 1325 (2000), address impunity and ensure that those responsible"),
    # the same with a label of lower-case letters after a line ending on a citation's number
    ("real-pdf/A_RES_79_184_en.txt", "(k) To address ongoing impunity and ensure that those found to be responsible",
     "(k) Resolution 1325 (2000), to address impunity and ensure that those responsible"),
])
def test_item_naming_a_resolution_after_a_note_marker_is_an_item(relative, before, item):
    text = read_text(CORPUS / relative)
    assert before in text
    doc = parse(text.replace(before, item))
    labels = [c.num for p in doc.parts for u in p.body for c in u.children]
    assert "(k)" in labels and labels.index("(l)") == labels.index("(k)") + 1


def test_decimals_of_a_figure_are_no_glued_marker():
    # "…26,3 millions de personnes, dont 1,9 million d’enfants …" (A/RES/78/5 fr, clean-akn2txt): the "9"
    # after "1," was taken for note 9's marker, glued after a comma, and the real one ("la Santé9,") lost
    from pipeline.convert import parse_file
    akn = parse_file(CORPUS / "clean-akn2txt/A_RES_78_5_fr.txt").xml.decode()
    assert "dont 1,9 million" in akn
    assert re.search(r'la Santé<authorialNote marker="9"', akn)


def test_part_title_over_lines_of_proportional_type_is_one_heading():
    # pdftotext's A/RES/79/144 with part I's title made three lines ("…agreements and instruments, including" /
    # "the conservation and sustainable use … beyond" / "national jurisdiction"): by its count of characters
    # "the" would have fitted after the first line, but the PDF's type is proportional; the title was cut
    # and its rest made a paragraph (review of 38f42cb)
    title = "Implementation of the Convention and related agreements and instruments"
    text = read_text(CORPUS / "real-pdf/A_RES_79_144_en.txt")
    assert f"\n{title}\n" in text
    doc = parse(text.replace(f"\n{title}\n", f"\n{title}, including\nthe conservation and sustainable use of "
                             "marine biological diversity of areas beyond\nnational jurisdiction\n", 1))
    texts = [u.text for p in doc.parts for u in p.preamble + p.body]
    assert not any(t.startswith("the conservation and sustainable use of marine") for t in texts)
    assert any(h.endswith("areas beyond national jurisdiction") for h in headings_of(doc))


def test_first_item_after_a_colon_ending_on_a_semicolon_is_an_item():
    # A/RES/77/166 en at 80 columns with its paragraph 2 announcing a list of items that end on
    # semicolons ("…the following themes:" / "Financing for sustainable development;" / "Climate action
    # and resilience;" / …): the first item was taken for the rest of a title holding the colon and
    # joined to the paragraph, the others became paragraphs (review of 6fae387)
    text = _unspaced("clean-ga/A_RES_77_166_en.txt", 80)
    doc = parse(re.sub(r"\n2\. Welcomes the", "\n2. Decides that the following themes shall guide the dialogues:\n"
                       "Financing for sustainable development;\nClimate action and resilience;\n"
                       "Digital cooperation and the governance of artificial intelligence.\n3. Welcomes the", text, count=1))
    texts = [u.text for p in doc.parts for u in p.body]
    decides = texts.index("Decides that the following themes shall guide the dialogues:")
    assert texts[decides + 1:decides + 3] == ["Financing for sustainable development;", "Climate action and resilience;"]


def test_verb_after_a_comma_in_arabic_goes_on_with_its_sentence():
    # A/RES/75/104 ar as PDF-like text (pdfish-ga) with a preambular paragraph whose verb follows its subject
    # and a phrase set off by commas ("وإذ تلاحظ أن اللجنة الخاصة …، في تقريرها لعام 2020،" / "تدعو الدول
    # …"): Arabic has no capitals to tell a paragraph's first verb from one inside a sentence, so the
    # line goes on (review of ee6494c)
    added = ("وإذ تلاحظ أن اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال، في تقريرها لعام 2020،\n"
             "تدعو الدول القائمة بالإدارة إلى مواصلة التعاون مع الوكالات المتخصصة وسائر مؤسسات منظومة\n"
             "الأمم المتحدة من أجل تقديم المساعدة إلى شعوب تلك الأقاليم،\n")
    welcoming = "وإذ ترحب بالمساعدة المقدمة إلى الأقاليم غير المتمتعة"
    text = read_text(CORPUS / "pdfish-ga/A_RES_75_104_ar.txt")
    assert welcoming in text
    doc = parse(text.replace(welcoming, added + welcoming, 1))
    noting = [u for u in doc.preamble if u.text.startswith("وإذ تلاحظ أن اللجنة الخاصة المعنية بحالة تنفيذ")]
    assert len(noting) == 1 and "تدعو الدول القائمة بالإدارة" in noting[0].text
    assert not any(u.text.startswith("تدعو الدول القائمة") for p in doc.parts for u in p.preamble + p.body)


def test_decimal_numbered_paragraph_after_a_sentence_opens_a_block():
    # "6.1 and 6.6 and …" after "targets 15.3," goes on with its sentence (be7286a); "1.2 The …" after a
    # full stop opens a paragraph, as an annex numbers them (A/RES/77/166 en at 60 columns, its first two
    # operative paragraphs numbered 1.1 and 1.2): the decimal rule had joined it to the paragraph before
    text = _unspaced("clean-ga/A_RES_77_166_en.txt", 60)
    assert "\n1. Takes note" in text and "\n2. Welcomes the" in text
    doc = parse(text.replace("\n1. Takes note", "\n1.1 Takes note").replace("\n2. Welcomes the", "\n1.2 Welcomes the"))
    texts = [u.text for p in doc.parts for u in p.body]
    assert not any("1.2 Welcomes" in t or "2 Welcomes" in t[1:] for t in texts)
    assert any(t.startswith(("1.2 Welcomes", "2 Welcomes")) for t in texts)


@pytest.mark.parametrize("width", [68, 72])
def test_unnumbered_heading_over_three_narrow_lines(width):
    # "…electivos;" / "Fortalecimiento de la rendición de cuentas, la transparencia y la" / "memoria
    # institucional de la Oficina de la Presidencia de la Asamblea" / "General" / "79. Pone de relieve …":
    # the heading took three lines, and was folded into the paragraph before it
    heading = ("Fortalecimiento de la rendición de cuentas, la transparencia y la memoria institucional "
               "de la Oficina de la Presidencia de la Asamblea General")
    doc = parse(_unspaced("clean-ga/A_RES_77_335_es.txt", width))
    assert heading in headings_of(doc)
    assert next(u for u in doc.body if u.num == "79.").text.startswith("Pone de relieve")


def test_note_after_the_closing_date_of_a_part_without_operative_paragraphs_is_kept():
    # as the test above, with the operative paragraphs taken out (a text that ends on its preamble):
    # the note put after the closing date went to the body's last paragraph, and with no body it
    # was dropped; it goes to the last paragraph there is, the preamble's
    # (the note numbered on from the preamble's five, its marker "годы6" lost)
    text = read_text(CORPUS / "pdfish-ga/A_RES_77_166_ru.txt").replace("\nгоды6 и", "\nгоды и")
    assert "годы6" not in text
    note = "__________________\n6 См. ICCD/COP(15)/23/Add.1.\n"
    head, _, tail = text.partition("1. принимает к сведению доклад")
    tail = tail[tail.index("53‑е пленарное заседание"):]
    doc = parse(head + tail.replace("14 декабря 2022 года\n", "14 декабря 2022 года\n" + note))
    assert not doc.body and doc.preamble[-1].text.startswith("учитывая ценность знаний")
    assert doc.parts[0].conclusions[0].date.iso == "2022-12-14"
    assert doc.notes[-1] == "См. ICCD/COP(15)/23/Add.1."
    placed = "".join(u.text for u in doc.preamble)
    assert all(footnotes.PLACEHOLDER.format(k) in placed for k in range(len(doc.notes)))


@pytest.mark.parametrize("width", [64, 66])
def test_heading_line_short_because_the_next_word_did_not_fit(width):
    # "…очередной сессии;" / "Выбор и назначение Генерального секретаря и других" (50 columns of 64:
    # "административных" did not fit after it) / "административных руководителей" / "56. подтверждает …":
    # the first line fell short of the width a heading line is held to, and the heading was lost
    doc = parse(_unspaced("clean-ga/A_RES_77_335_ru.txt", width))
    assert "Выбор и назначение Генерального секретаря и других административных руководителей" in headings_of(doc)
    assert next(u for u in doc.body if u.num == "56.").text.startswith("подтверждает")


@pytest.mark.parametrize("width", [58, 62])
def test_part_title_before_a_paragraph_opening_with_a_lower_case_operative_verb(width):
    # narrower still: "II" / "Условия службы сотрудников категории специалистов и выше" (56 columns) /
    # "подтверждает, что удаленная работа …": the verb did not fit after the title, and the title was
    # joined to the paragraph; a Russian operative paragraph opens with its verb in lower case
    # ("утверждает", "подтверждает", "просит"), which no title's wrapped rest does
    doc = parse(_unspaced("clean-ga/A_RES_80_236_A-B_ru.txt", width))
    heads = [u.text for p in doc.parts for u in p.body if u.kind == "heading"]
    assert heads[:4] == ["I", "Общие для обеих категорий сотрудников условия службы",
                         "II", "Условия службы сотрудников категории специалистов и выше"]


@pytest.mark.parametrize("width", [50, 52])
def test_part_title_over_two_lines_before_a_leading_phrase(width):
    # narrow: "I" / "Activities of the Office of Internal Oversight" (46 columns of 51) / "Services" /
    # "Recalling its resolutions …": the title's short rest, followed by a leading participle as by a
    # numbered paragraph, goes on with the title; it was a heading of its own
    doc = parse(_unspaced("clean-ga/A_RES_78_247_en.txt", width))
    heads = [u.text for p in doc.parts for u in p.body if u.kind == "heading"]
    assert "Activities of the Office of Internal Oversight Services" in heads
    assert "Activities of the Independent Audit Advisory Committee" in heads
    assert "Services" not in heads and "Committee" not in heads


@pytest.mark.parametrize("width", [66, 72])
def test_lettered_heading_after_a_table_row(width):
    # the staffing tables of A/RES/79/253 fr wrapped: "Reclassement | Spécialiste des investissements |
    # P-4 | 1" / "D. Audit" / "Modification | Titre ou fonction | …": a row has no end punctuation, but
    # it is whole when it holds as many cells as its table's first row; the heading after it was joined
    # to it, and the rows of a table to one another
    doc = parse(_unspaced("clean-akn2txt/A_RES_79_253_fr.txt", width))
    assert "D. Audit" in headings_of(doc)
    rows = [r.text for u in doc.body if u.kind == "table" for r in u.children]
    assert "Reclassement | Spécialiste des investissements | P-4 | 1" in rows


@pytest.mark.parametrize("width", [60, 66])
def test_unnumbered_heading_over_four_narrow_lines(width):
    # A/RES/78/80 B fr: "…de l’Organisation ;" / "Rôle du Département de la communication globale dans les" /
    # "opérations de maintien de la paix, les missions politiques" / "spéciales et les activités de
    # consolidation de la paix des" / "Nations Unies" / "89. Prie …": each line cut by the margin, the
    # heading runs on over four lines to the numbered paragraph; it was folded into paragraph 88
    doc = parse(_unspaced("clean-akn2txt/A_RES_78_80_A-B_fr.txt", width))
    heads = [" ".join(u.text.split()) for p in doc.parts for u in p.body if u.kind == "heading"]
    assert ("Rôle du Département de la communication globale dans les opérations de maintien de la paix, les "
            "missions politiques spéciales et les activités de consolidation de la paix des Nations Unies") in heads
    assert ("Rôle du Département de la communication globale dans le renforcement du dialogue entre les "
            "civilisations et de la culture de la paix en tant que moyen de promouvoir l’entente entre les nations") in heads


def test_wrapped_line_opening_with_a_decimal_number_goes_on():
    # A/RES/77/166 en wrapped at 60 columns: "Recognizing that Sustainable Development Goal targets 15.3," /
    # "6.1 and 6.6 and the setting of …": "6.1" was read as paragraph 6's number, which ended the
    # preamble there (five preambular paragraphs of 23 were left)
    doc = parse(_unspaced("clean-ga/A_RES_77_166_en.txt", 60))
    assert any("targets 15.3, 6.1 and 6.6 and the setting" in u.text for u in doc.preamble)
    assert not any(u.num == "6." and u.text.startswith("1 and 6.6") for u in doc.body)


@pytest.mark.parametrize("relative,width,opening", [
    # "Ayant examiné le rapport du Bureau de la déontologie1," / "Prend note du rapport du Bureau de la
    # déontologie." (a resolution of one unnumbered paragraph); "Prenant acte également du rapport du
    # Secrétaire général1," / "Demande instamment que tous les pays …" / "a) Coopèrent …"
    ("clean-akn2txt/A_RES_78_246_fr.txt", 66, "Prend note du rapport"),
    ("clean-akn2txt/A_RES_78_80_A-B_fr.txt", 72, "Demande instamment que tous les pays"),
])
def test_unnumbered_operative_paragraph_after_the_preambles_comma(relative, width, opening):
    # wrapped, the operative paragraph after the preamble's last comma was joined to that paragraph;
    # its verb, of the language's table, opens it as a leading participle opens a preambular one
    doc = parse(_unspaced(relative, width))
    units = [u for p in doc.parts for u in p.preamble + p.body]
    assert any(u.text.startswith(opening) for u in units)
    assert not any(opening in u.text and not u.text.startswith(opening) for u in units)


def test_wrapped_line_opening_with_annex_and_a_comma_is_text():
    # S/RES/2713 (2023) en wrapped at 60 columns: "… including, among other things, items in part II of" /
    # "Annex C, to keep records of transactions and share" / "information with Somalia, …": the line
    # read as an annex's heading cut the paragraph in two; a heading goes on in no lower-case clause
    doc = parse(_unspaced("clean-akn2txt/S_RES_2713_2023_en.txt", 60))
    assert not any(u.text.startswith("Annex C, to keep records") for u in doc.body + doc.annexes)
    assert any("items in part II of Annex C, to keep records" in u.text for u in doc.body)


def test_wrapped_line_opening_with_a_closed_bracket_goes_on():
    # A/RES/78/249 fr wrapped at 60 columns: "13. Décide de ne pas supprimer un emploi de temporaire" /
    # "(autre que pour les réunions) d’assistant au protocole" / "[agent local] à la division d’Arusha ;":
    # a line opening with "[" was read as the cover's bracket ("[sur la base du rapport …]") and cut
    # paragraph 13; the cover's closes at its line's end, not before more words
    doc = parse(_unspaced("clean-akn2txt/A_RES_78_249_fr.txt", 60))
    assert next(u for u in doc.body if u.num == "13.").text.endswith("[agent local] à la division d’Arusha ;")
    assert not any(u.text.startswith("[agent local]") for u in doc.body)


def test_line_ending_the_sentence_after_a_colon_is_no_list_item():
    # A/RES/76/208 es wrapped at 66 columns: "12. Reconoce la contribución del Panel Internacional de
    # Recursos," / "incluso por medio de su informe, Global Resources Outlook 2019:" / "Natural Resources for
    # the Future We Want;": the title's rest after its colon ends the paragraph, it opens no list
    doc = parse(_unspaced("clean-ga/A_RES_76_208_es.txt", 66))
    assert next(u for u in doc.body if u.num == "12.").text.endswith("Natural Resources for the Future We Want;")
    assert not any(u.text.startswith("Natural Resources") for u in doc.body)


def test_list_items_as_wide_as_the_text_after_a_colon():
    # A/RES/78/128 fr wrapped at 80 columns: "… se tiendront comme suit :" / "Lundi 9 juin, de 9 heures à
    # 13 heures et de 15 heures à 18 heures" (65 columns) / "Mardi 10 juin, …" (67) / …: items nearly as
    # wide as the text, but each ended where the next item's first word would have fitted; "Lundi" was
    # read as a heading and the other days as one paragraph
    doc = parse(_unspaced("clean-akn2txt/A_RES_78_128_fr.txt", 80))
    body = doc.body
    k = next(i for i, u in enumerate(body) if u.num == "10.")
    assert [u.text.split(",")[0] for u in body[k + 1:k + 6]] == ["Lundi 9 juin", "Mardi 10 juin", "Mercredi 11 juin",
                                                                 "Jeudi 12 juin", "Vendredi 13 juin"]
    assert not any(u.kind == "heading" and u.text.startswith("Lundi") for u in body)


def test_note_line_opening_with_a_bracketed_name_stays_in_the_note():
    # A/RES/78/80 B fr wrapped at 80 columns, its notes after the rule: "26 Madrid (Espagne) ; Istanbul
    # (Türkiye) ; Rio de Janeiro (Brésil) ; Doha" / "(Qatar) ; Vienne (Autriche) ; …": "(Qatar)" was
    # read as an item label, which ended the notes; notes 26 to 28 became paragraphs
    doc = parse(_unspaced("clean-akn2txt/A_RES_78_80_A-B_fr.txt", 80))
    assert any(n.endswith("Doha (Qatar) ; Vienne (Autriche) ; Bali (Indonésie) ; Bakou (Azerbaïdjan).") for n in doc.notes)
    units = [u for p in doc.parts for u in p.preamble + p.body]
    assert not any(u.text.startswith("(Qatar)") for u in units)


def test_paragraph_opening_with_an_operative_verb_is_operative_whatever_it_ends_on():
    # A/RES/80/236 fr: under "I" and "II", "Approuve, avec effet au 1er janvier 2026, … rapport," and
    # "Confirme que le télétravail …" are the parts' operative paragraphs, unnumbered; the French
    # ends the first on a comma, and both were read as preambular (the English ends it on a semicolon)
    doc = parse(read_text(CORPUS / "clean-ga/A_RES_80_236_A-B_fr.txt"))
    units = [u for p in doc.parts for u in p.preamble + p.body]
    for opening in ("Approuve, avec effet au 1er janvier 2026, les normes", "Confirme que le télétravail"):
        unit = next(u for u in units if u.text.startswith(opening))
        assert unit.kind == "operative"


# The text of a Security Council resolution forwarding nominations of judges (S/RES/1477 (2003), as
# wandergram/datsci holds its PDF text): one name a line after the colon, a long one as wide as the
# text's prose, the list going on over a page break under the running header.
_NOMINATIONS = """\
United Nations S/RES/1477 (2003)
Security Council Distr.: General
29 April 2003
03-34049 (E)
*0334049*
Resolution 1477 (2003)
Adopted by the Security Council at its 4745th meeting, on
29 April 2003
The Security Council,
Recalling its resolutions 955 (1994) of 8 November 1994, 1165 (1998) of 30
April 1998, 1329 (2000) of 30 November 2000, 1411 (2002) of 17 May 2002 and
1431 (2002) of 14 August 2002,
Having considered the nominations for ad litem judges of the International
Tribunal for Rwanda received by the Secretary-General,
Forwards the following nominations to the General Assembly in accordance
with article 12 ter, paragraph 1 (d), of the Statute of the International Tribunal:
Ms. Achta Saker Abdoul (Chad)
Mr. Aydin Sefa Akay (Turkey)
Ms. Florence Rita Arrey (Cameroon)
Mr. Abdoulaye Barry (Burkina Faso)
Mr. Miguel Antonio Bernal (Panama)
Ms. Solomy Balungi Bossa (Uganda)
Mr. Robert Fremr (Czech Republic)
Mr. Silvio Guerra Morales (Panama)
Ms. Taghreed Hikmat (Jordan)
Ms. Karin Hökborg (Sweden)
Mr. Vagn Joensen (Denmark)
Mr. Gberdao Gustave Kam (Burkina Faso)
Mr. Joseph-Médard Kaba Kashala Katuala (Democratic Republic of the Congo)
Ms. Engera A. Kileo (United Republic of Tanzania)
Ms. Nathalia P. Kimaro (United Republic of Tanzania)
Ms. Agnieszka Klonowiecka-Milart (Poland)
Ms. Flavia Lattanzi (Italy)
Mr. Kenneth Machin (United Kingdom)
Mr. Joseph Edward Chiondo Masanche (United Republic of Tanzania)
2
S/RES/1477 (2003)
Mr. Laurent Ngaoundi (Chad)
Ms. Beradingar Ngonyame (Chad)
Mr. Daniel David Ntanda Nsereko (Uganda)
Ms. Aura Emérita Guerra de Villalaz (Panama)
"""


def test_list_of_names_is_one_paragraph_a_name_on_every_page():
    # "Mr. Joseph-Médard … (Democratic Republic of the Congo)" is as wide as the 90th-percentile
    # line of a text that is mostly names: it took the next name into its paragraph, and the names
    # after the page break became headings; "Forwards …:" after the preamble's last comma went
    # into the preamble (no verb of the table)
    doc = parse(_NOMINATIONS, "en")
    names = [ln for ln in _NOMINATIONS.splitlines() if ln.startswith(("Mr. ", "Ms. "))]
    assert [u.text for u in doc.body[1:]] == names
    assert doc.body[0].kind == "operative" and doc.body[0].text.startswith("Forwards")
    assert not any(u.kind == "heading" for u in doc.body)
    assert len(doc.preamble) == 2


def test_adverb_before_the_operative_verb_is_in_the_leading_phrase():
    # The official files italicize an adverb with the verb after it: "Unequivocally condemns"
    # (S/RES/1368 (2001)) as "Strongly condemns"; here in a corpus text's paragraph 3
    text = read_text(CORPUS / "raw-sc/S_RES_1623_2005.txt").replace("3. Recognizes the need", "3. Unequivocally recognizes the need")
    assert lead_of(parse(text), "Unequivocally") == "Unequivocally recognizes"


@pytest.mark.parametrize("relative,opening,paragraph", [
    ("clean-ga/A_RES_78_123_en.txt", "2.\tInvites all Member States",
     "2.\tWe, the Heads of State and Government representing the peoples of the world, have gathered"),
    ("clean-ga/A_RES_78_123_fr.txt", "2.\tInvite tous les États Membres",
     "2.\tNous, chefs d’État et de gouvernement représentant les peuples du monde, sommes réunis"),
])
def test_paragraph_of_a_declaration_has_no_leading_phrase(relative, opening, paragraph):
    # A declaration adopted in the resolution's body (A/RES/75/1: "1. We, the Heads of State …",
    # "4. However, the United Nations …"): its paragraphs open with no verb, and the official file
    # has no leading phrase there; the first word ("We", "Nous") was taken for one
    text = read_text(CORPUS / relative)
    line = next(ln for ln in text.splitlines() if ln.startswith(opening))
    doc = parse(text.replace(line, paragraph + " à New York ;" if "fr" in relative else paragraph + " in New York;"))
    assert lead_of(doc, paragraph.split("\t")[1][:12]) is None


@pytest.mark.parametrize("relative,title,formula,adopts,verb", [
    ("pdfish-ga/A_RES_78_123_es.txt", "Declaración sobre la conmemoración del 75º aniversario de las Naciones Unidas",
     "La Asamblea General", "Aprueba la siguiente declaración:", "Aprueba"),
    ("pdfish-ga/A_RES_78_123_ru.txt",
     "Декларация о праздновании семьдесят пятой годовщины Организации Объединенных Наций",
     "Генеральная Ассамблея", "принимает следующую декларацию:", "принимает"),
])
def test_formula_without_its_comma(relative, title, formula, adopts, verb):
    # A/RES/75/1, PDF-like: "La Asamblea General" / "Aprueba la siguiente declaración:" with no comma
    # after the formula and no preamble: the formula was lost and "Aprueba …" was unplaced text; in
    # Russian the operative verb in lower case went on the formula's line. The formula is known by
    # its place, after the resolution's number and title (on the cover the same words are the body's).
    text = read_text(CORPUS / relative)
    start = text.index("78/123. ")
    end = text.index("\n1. ", start)
    doc = parse(text[:start] + f"75/1. {title}\n{formula}\n{adopts}\n{title}" + text[end:])
    assert doc.formula == formula
    assert doc.body[0].kind == "operative" and doc.body[0].lead == verb


# S/RES/1739 (2007), as wandergram/datsci holds its PDF text (shortened): a mandate of lettered
# items that are titles, each over items marked by a dash.
_MANDATE = """\
United Nations S/RES/1739 (2007)
Security Council Distr.: General
10 January 2007
07-20602 (E)
*0720602*
Resolution 1739 (2007)
Adopted by the Security Council at its 5617th meeting, on
10 January 2007
The Security Council,
Acting under Chapter VII of the Charter of the United Nations,
1. Decides that UNOCI shall have the following mandate from the date of
adoption of this resolution:
(a) Monitoring of the cessation of hostilities and movements of armed groups
– To observe and monitor the implementation of the joint declaration of the end
of the war of 6 April 2005 and of the comprehensive ceasefire agreement of
3 May 2003, to prevent, within its capabilities and its areas of deployment, any
hostile action, and to investigate violations of the ceasefire,
– To liaise with the National Armed Forces of Côte d’Ivoire (FANCI) and the
military elements of the Forces Nouvelles,
(b) Disarmament, demobilization, reintegration, repatriation and resettlement
– To secure, neutralize or destroy any weapons, ammunition or any other
military materiel surrendered by the former combatants,
(c) Disarmament and dismantling of militias
– To secure, neutralize or destroy all weapons, ammunition and other military
materiel surrendered by militias,
(f) Protection of United Nations personnel, institutions and civilians
– To protect United Nations personnel, installations and equipment, ensure the
security and freedom of movement of United Nations personnel,
(h) Support for humanitarian assistance
– To facilitate the free flow of people, goods and humanitarian assistance, inter
alia, by helping to establish the necessary security conditions,
(i) Support for the redeployment of State administration
– To facilitate the re-establishment by the Government of Côte d’Ivoire of the
authority of the State throughout Côte d’Ivoire;
2. Decides to remain seized of the matter.
"""


def test_dash_items_under_lettered_titles():
    # The dash items were unplaced paragraphs, "– To protect …" joined the title "(f) Protection …" it
    # follows (as wide as the text), and "(c)" after "(b)"'s dash items, read as the Roman 100, went
    # under them, as did "(i)" after "(h)"'s
    doc = parse(_MANDATE, "en")
    assert [u.num for u in doc.body] == ["1.", "2."]
    letters = doc.body[0].children
    assert [u.num for u in letters] == ["(a)", "(b)", "(c)", "(f)", "(h)", "(i)"]
    assert [len(u.children) for u in letters] == [2, 1, 1, 1, 1, 1]
    assert all(c.num == "–" and c.text.startswith("To ") for u in letters for c in u.children)
    assert letters[3].text == "Protection of United Nations personnel, institutions and civilians"


def test_preambular_paragraph_ending_on_a_semicolon():
    # A/RES/77/1 ru has a preambular paragraph opening with a participle the table lacks and ending on
    # a semicolon (a slip of the official text) among paragraphs ending on commas: the preamble ended
    # there, the paragraph became operative and the seven preambular ones after it unplaced text.
    # Here that paragraph stands second in the preamble of A/RES/78/123 ru.
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_ru.txt")
    before = parse(text)
    slip = ("обращая особое внимание на необходимость устранения экономических, социальных и экологических "
            "последствий изменения климата, включая Пакистан;")
    second = next(ln for ln in text.splitlines() if ln.startswith("подтверждая также свои резолюции"))
    doc = parse(text.replace(second, slip + "\n\n" + second))
    assert len(doc.preamble) == len(before.preamble) + 1 and doc.preamble[1].text == slip
    assert [u.num for u in doc.body] == [u.num for u in before.body]


def test_agenda_sub_item_with_a_cyrillic_letter():
    # A/RES/77/1 ru prints "Пункт 69 а) повестки дня" with a Cyrillic "а" (the official file's title
    # "69 а)"); the letter was lost. Here in place of A/RES/78/123's "Пункт 13 повестки дня".
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_ru.txt")
    assert "Пункт 13 повестки дня" in text
    doc = parse(text.replace("Пункт 13 повестки дня", "Пункт 69 а) повестки дня"))
    assert [k for k, _ in doc.cover.agenda] == ["69 а"]


@pytest.mark.parametrize("relative,adopts,title,first", [
    ("pdfish-ga/A_RES_78_123_ru.txt", "принимает следующую декларацию:",
     "Декларация о праздновании семьдесят пятой годовщины Организации Объединенных Наций",
     "1. Мы, главы государств и правительств, представляющие народы мира, собрались 21 сентября"),
    ("pdfish-ga/A_RES_78_123_ar.txt", "تعتمد الإعلان التالي:",
     "إعلان بمناسبة الاحتفال بالذكرى السنوية الخامسة والسبعين لإنشاء الأمم المتحدة",
     "1 - اجتمعنا نحن، رؤساء الدول والحكومات الممثِلة لشعوب العالم، يوم 21 أيلول/سبتمبر 2020"),
])
def test_first_paragraph_under_a_title_as_wide_as_the_text(relative, adopts, title, first):
    # A/RES/75/1 ru and ar as PDF-like text: "… adopts the following declaration:", the declaration's
    # title filling the line, then its paragraph 1: paragraph 1 was joined to the title (a wide line
    # without end punctuation goes on). Here in place of A/RES/78/123's paragraph 1.
    text = read_text(CORPUS / relative)
    lines = text.splitlines()
    k = next(i for i, ln in enumerate(lines) if re.match(r"1\s?(\.|\s-)\s", ln))
    doc = parse("\n".join(lines[:k] + [adopts, title, first] + lines[k + 1:]))
    one = next(u for u in doc.body if u.num and u.num.startswith("1"))
    assert one.text.startswith(re.sub(r"^1\s?(\.|\s-)\s+", "", first)[:10])
    assert any(u.text.strip() == title for u in doc.body)


def test_spanish_meeting_number_in_words():
    # A/RES/75/1 es closes with "Tercera sesión plenaria" / "21 de septiembre de 2020": the first
    # meetings are written in words (feminine, as "sesión" is); the meeting was lost. Here in place of
    # A/RES/78/123's "47a sesión plenaria".
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_es.txt")
    assert "47a sesión plenaria" in text
    doc = parse(text.replace("47a sesión plenaria", "Tercera sesión plenaria"))
    assert doc.parts[-1].conclusions[0].meeting == 3


def test_section_title_wider_than_a_line_before_its_preamble():
    # A/RES/75/245 es as PDF-like text: after paragraph 10 ("…en todo el régimen común de las Naciones
    # Unidas;"), the section's title and its label's title, "Condiciones de servicio del personal del
    # Cuadro Orgánico y categorías superiores" / "A Escala de sueldos básicos/mínimos", then the
    # section's preambular paragraph "Recordando …,": the two lines, one block of 115 characters, were
    # neither heading nor paragraph. Here after paragraph 1 of A/RES/78/123 es.
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_123_es.txt")
    two = next(ln for ln in text.splitlines() if ln.startswith("2. "))
    title = ["Condiciones de servicio del personal del Cuadro Orgánico y categorías superiores",
             "A Escala de sueldos básicos/mínimos"]
    preamble = ["Recordando su resolución 44/198, en la que estableció un nivel de sueldos mínimos netos para",
                "el personal del Cuadro Orgánico y categorías superiores,"]
    doc = parse(text.replace(two, "\n".join(title + preamble) + "\n" + two, 1))
    assert " ".join(title) in [" ".join(u.text.split()) for u in doc.body if u.kind == "heading"]


def _operative_part_replaced(text: str, new: str, meeting: str) -> str:
    """`text` with its operative part, from paragraph 1 to the line of the closing meeting (the line
    holding `meeting`), replaced by `new`."""
    start = re.search(r"\n1(?:\.| -)[ \t]", text).start() + 1      # "1." or the Arabic "1 -"
    end = text.rindex("\n", 0, text.index(meeting)) + 1
    return text[:start] + new + text[end:]


@pytest.mark.parametrize("lang, new, title", [
    # A/RES/75/245 wrapped at 70 columns: a section's title as wide as the text after a paragraph's
    # end, then a part's label ("…common system;" / "Conditions of service … categories" / "A"); and a
    # part's title the margin cut, then a preambular paragraph in lower case ("B" / "Динамика … для ее
    # поддержания" / "на уровне, близком к желательному, …" / "ссылаясь …"): both went into the text
    ("en", "10. Invites the Secretary-General, in his capacity as Chair of the United\n"
           "Nations System Chief Executives Board for Coordination, to make every\n"
           "effort to ensure that decisions of the General Assembly are implemented\n"
           "in full and without undue delay across the United Nations common system;\n"
           "Conditions of service of staff in the Professional and higher categories\n"
           "A\n"
           "Base/floor salary scale\n"
           "Recalling its resolution 44/198, by which it established a floor net\n"
           "salary level for staff in the Professional and higher categories,\n"
           "11. Approves, with effect from 1 January 2021, the revised unified base/floor\n"
           "salary scale;\n",
     "Conditions of service of staff in the Professional and higher categories"),
    ("ru", "10. утверждает введение с 1 января 2021 года для сотрудников категории\n"
           "специалистов и выше пересмотренной единой шкалы окладов;\n"
           "B\n"
           "Динамика величины разницы и регулирование разницы для ее поддержания\n"
           "на уровне, близком к желательному, которым является медиана\n"
           "ссылаясь на раздел I.В своей резолюции 51/216 и полученный от\n"
           "Генеральной Ассамблеи постоянный мандат,\n"
           "11. отмечает, что разница между вознаграждением сотрудников;\n",
     "Динамика величины разницы и регулирование разницы для ее поддержания на уровне, близком к "
     "желательному, которым является медиана"),
    # the same title before "ألف" (A, in words), which read as the title's last word; and before "A" in
    # Chinese, where the title is short in display width and was taken for text
    ("ar", "10 - تدعو الأمين العام، بصفته رئيس مجلس الرؤساء التنفيذيين في\n"
           "منظومة الأمم المتحدة المعني بالتنسيق، إلى بذل قصارى جهده للتأكّد\n"
           "نطاق نظام الأمم المتحدة الموحّد؛\n"
           "شروط خدمة الموظفين من الفئة الفنية والفئات العليا\n"
           "ألف\n"
           "جدول المرتبات الأساسية/الدنيا\n"
           "إذ تشير إلى قرارها 44/198، الذي ضبطت بموجبه مستوى أدنى لصافي\n"
           "مرتبات الموظفين من الفئة الفنية والفئات العليا،\n"
           "11 - توافق على جدول المرتبات؛\n",
     "شروط خدمة الموظفين من الفئة الفنية والفئات العليا"),
    ("zh", "10. 请秘书长以联合国系统行政首长协调理事会主席的身份，全力确保\n"
           "大会各项决定在整个联合国共同制度内全面执行，没有无故拖延；\n"
           "专业及以上职类工作人员的服务条件\n"
           "A\n"
           "基薪/底薪表\n"
           "回顾其第44/198号决议，其中大会参考参照国公务员系统的相应基薪净额，\n"
           "11. 核准统一基薪/底薪表；\n",
     "专业及以上职类工作人员的服务条件"),
])
def test_titles_as_wide_as_narrow_text_before_a_part_label_or_after_it(lang, new, title):
    meeting = {"en": "plenary meeting", "ru": "пленарное заседание", "ar": "الجلسة العامة", "zh": "全体会议"}[lang]
    clean = f"clean-ga/A_RES_78_123_{lang}.txt"
    wrapped = _wrapped_zh(read_text(CORPUS / clean), width=70) if lang == "zh" else _wrapped(clean, width=70)
    doc = parse(_operative_part_replaced(wrapped, new, meeting))
    headings = [" ".join(u.text.split()) for u in doc.body if u.kind == "heading"]
    assert title in headings
    before = doc.body[[u.kind for u in doc.body].index("heading") - 1]
    assert before.num.startswith("10") and before.text.rstrip().endswith(("；", ";", "؛"))


def test_chinese_guided_by_and_referring_to_are_leading_words():
    # "遵循《联合国宪章》的宗旨和原则，" (A/RES/77/1 zh, "Guided by …") and "提及安全理事会…决议，" (A/RES/77/15 zh,
    # "Referring to …"): the UN's files print both verbs in bold, as "Guided" and "Referring" are italic
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_zh.txt")
    doc = parse(text.replace("\n大会，\n", "\n大会，\n遵循《联合国宪章》的宗旨和原则，\n"
                             "提及安全理事会2005年10月17日第1631(2005)号决议，\n"
                             "表示满意地注意到双方于2019年3月21日和22日举行会议，\n", 1))
    # and "表示满意地注意到" (expressing satisfaction, noting: A/RES/77/133 zh), not only "满意地注意到"
    assert [u.lead for u in doc.preamble[:3]] == ["遵循", "提及", "表示满意地注意到"]


def test_french_de_meme_goes_with_the_verb():
    # "Prie de même instamment les États …" (A/RES/77/108 fr, twice): the UN's file italicizes "Prie de même
    # instamment", as it does "Prie de nouveau"; the phrase stopped at "Prie"
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_fr.txt")
    doc = parse(_operative_part_replaced(text, "1.\tPrie de même instamment les États de soutenir la Journée ;\n",
                                         "séance plénière"))
    assert [u.lead for u in doc.body] == ["Prie de même instamment"]


@pytest.mark.parametrize("lang, formula, paragraph, lead", [
    # the General Assembly italicizes what it expresses with the verb, as it does "Expressing concern"
    # (A/RES/77/108 en, es, ar): the tables lacked sympathy, solidarity and the like
    ("en", "The General Assembly,", "Expressing sympathy for the victims of such illegal acts,", "Expressing sympathy"),
    ("es", "La Asamblea General,", "Expresando su solidaridad con las víctimas de esos actos ilícitos,",
     "Expresando su solidaridad"),
    ("ar", "إن الجمعية العامة،", "وإذ تعرب عن تعاطفها مع ضحايا تلك الأعمال غير المشروعة،", "وإذ تعرب عن تعاطفها"),
])
def test_what_the_assembly_expresses_belongs_to_the_leading_phrase(lang, formula, paragraph, lead):
    text = read_text(CORPUS / f"clean-ga/A_RES_78_123_{lang}.txt")
    assert f"\n{formula}\n" in text
    doc = parse(text.replace(f"\n{formula}\n", f"\n{formula}\n{paragraph}\n", 1))
    assert doc.preamble[0].lead == lead


@pytest.mark.parametrize("lang, formula, paragraph, lead", [
    # "углубленно рассмотрев" (having considered in depth, A/RES/77/133 ru) and "Haciendo referencia"
    # (referring, A/RES/77/15 es), whole in the UN's files; the phrases stopped at their first word
    ("ru", "Генеральная Ассамблея,", "углубленно рассмотрев вопрос о Западной Сахаре,", "углубленно рассмотрев"),
    ("es", "La Asamblea General,", "Haciendo referencia a la resolución 1631 (2005) del Consejo de Seguridad,",
     "Haciendo referencia"),
])
def test_preambular_phrases_of_two_words(lang, formula, paragraph, lead):
    text = read_text(CORPUS / f"clean-ga/A_RES_78_123_{lang}.txt")
    assert f"\n{formula}\n" in text
    doc = parse(text.replace(f"\n{formula}\n", f"\n{formula}\n{paragraph}\n", 1))
    assert doc.preamble[0].lead == lead


def test_a_resolution_number_alone_on_its_line_is_no_page_number():
    # A/RES/77/158 ar prints "77/158" with no title after it; read as a page number ("2/8"), it was dropped
    # as page furniture, and the AKN had no number
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_ar.txt")
    assert "\n78/123 اليوم الدولي للبطاطا\n" in text
    doc = parse(text.replace("\n78/123 اليوم الدولي للبطاطا\n", "\n78/123\n", 1))
    assert doc.number == "78/123" and not doc.title
    # a bare page number is still one, even when it ends the symbol ("5" on page 5 of A/RES/79/5)
    from pipeline.blocks import is_furniture
    assert is_furniture("5", "A/RES/79/5", True) and not is_furniture("79/5", "A/RES/79/5", True)


def test_narrow_part_titles_end_at_the_label_and_a_citations_end_is_no_label():
    # review of 062d434 and a19f28f, A/RES/75/245 fr and A/RES/77/166 ru wrapped at 62 columns: a part's
    # title over two lines before "A" was cut after its first line ("…fonctionnaires de" / "rang
    # supérieur" / "A"), and a note's last word "D." under its line made that line a heading
    text = _wrapped("clean-ga/A_RES_78_123_fr.txt", width=62)
    doc = parse(_operative_part_replaced(text, (
        "10. Demande à l’ensemble des organisations appliquant le régime commun des\n"
        "Nations Unies ;\n"
        "Conditions d’emploi des administrateurs et fonctionnaires de\n"
        "rang supérieur\n"
        "A\n"
        "Barème des traitements de base minima\n"
        "11. Approuve le barème des traitements de base minima ;\n"), "séance plénière"))
    headings = [" ".join(u.text.split()) for u in doc.body if u.kind == "heading"]
    assert "Conditions d’emploi des administrateurs et fonctionnaires de rang supérieur" in headings
    text = _wrapped("clean-ga/A_RES_78_123_ru.txt", width=62)
    doc = parse(_operative_part_replaced(text, (
        "10. призывает обеспечить национальной продовольственной безопасности;\n"
        "Объединенных Наций, документ CL 144/9 (C 2013/20), приложение\n"
        "D.\n"
        "11. рекомендует субъектам государственного и частного секторов;\n"), "пленарное заседание"))
    assert not [u for u in doc.body if u.kind == "heading"]


def test_one_unnumbered_operative_paragraph_in_lower_case_after_the_preamble():
    # A/RES/76/145 ru as PDF-like text: "…в докладе Совета по правам человека1," / "принимает к сведению
    # доклад …, и" / "содержащиеся в нем рекомендации." / "53‑е пленарное заседание": its one operative
    # paragraph, unnumbered and in lower case as Russian has it, went on with the preamble's last
    # paragraph, and the resolution had no operative part. Here, with a last preambular line as wide,
    # in place of A/RES/78/123's paragraphs.
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_123_ru.txt")
    only = ("рассмотрев рекомендации, содержащиеся в докладе Совета по правам человека за 2021 год,\n"
            "принимает к сведению доклад Совета по правам человека, включая дополнение к нему, и\n"
            "содержащиеся в нем рекомендации.\n")
    doc = parse(_operative_part_replaced(text, only, "пленарное заседание"))
    assert len(doc.preamble) == len(parse(text).preamble) + 1
    assert [(u.kind, u.lead) for u in doc.body] == [("operative", "принимает к сведению")]
    assert doc.preamble[-1].text.rstrip().endswith(",")


@pytest.mark.parametrize("opening,lead", [("欣见各国依照其国际义务为此目的采取的措施，", "欣见"),
                                          ("又欣见各国依照其国际义务为此目的采取的措施，", "又欣见")])
def test_chinese_leading_phrases_of_the_unseen_files(opening, lead):
    # A/RES/77/108 zh ("欣见各国依照其国际义务…", "又欣见"): words the table lacked, so the paragraph had
    # no leading phrase and, in PDF-like text, went on with the one before.
    # Here as the second preambular paragraph of A/RES/78/123 zh.
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_zh.txt")
    second = next(ln for ln in text.splitlines() if ln.startswith("又重申"))
    doc = parse(text.replace(second, opening + "\n\n" + second))
    assert lead_of(doc, opening[:6]) == lead


@pytest.mark.parametrize("relative,before,paragraph", [
    ("pdfish-ga/A_RES_78_123_fr.txt", "Rappelant que l’Année internationale",
     "Se\u00a0félicitant des efforts déployés par les États Membres pour célébrer la Journée internationale,"),
    ("pdfish-ga/A_RES_78_123_es.txt", "Recordando que el Año Internacional",
     "Comprometiéndose nuevamente a apoyar la celebración del Día Internacional en todo el mundo,"),
    ("pdfish-ga/A_RES_78_123_ru.txt", "признавая решающее значение",
     "ссылаясь на свои резолюции 60/251 от 15 марта 2006 года и 65/281 от 17 июня 2011 года о Совете,\n"
     "обращая особое внимание на необходимость повышения осведомленности о значении картофеля,"),
])
def test_preambular_openings_of_the_unseen_files(relative, before, paragraph):
    # Openings of the official files the tables lacked: "Se félicitant" with a no-break space (French
    # files), a gerund with its pronoun ("Comprometiéndose", A/RES/75/245 es), "обращая особое внимание"
    # (A/RES/77/1 ru). In PDF-like text such a paragraph went on with the one before. Here before a
    # preambular paragraph of A/RES/78/123.
    text = read_text(CORPUS / relative)
    line = next(ln for ln in text.splitlines() if ln.startswith(before))
    doc = parse(text.replace(line, paragraph + "\n" + line, 1))
    assert len(doc.preamble) == len(parse(text).preamble) + paragraph.count("\n") + 1
    last = paragraph.splitlines()[-1]
    assert any(u.text.startswith(last[:20]) for u in doc.preamble)


@pytest.mark.parametrize("relative,meeting,lines,lead", [
    ("pdfish-ga/A_RES_78_123_es.txt", "sesión plenaria",
     ["Recordando su resolución 60/251, de 15 de marzo de 2006, por la que estableció el Consejo de Derechos,",
      "Recuerda su resolución 65/281, relativa al examen de la labor y el funcionamiento del Consejo."],
     "Recuerda"),
    ("pdfish-ga/A_RES_78_123_en.txt", "plenary meeting",
     ["Recalling its resolution 60/251 of 15 March 2006, by which it established the Human Rights Council,",
      "Also requests the Secretary-General to bring the present resolution to the attention of all States."],
     "Also requests"),
])
def test_operative_verbs_of_the_unseen_files_open_the_only_paragraph(relative, meeting, lines, lead):
    # The official files' operative verbs the tables lacked ("Recuerda", 78 paragraphs; "Recalls", 171;
    # a prefix before a verb in lower case, "Also requests", 27): a resolution's only operative
    # paragraph, unnumbered after the preamble's last comma, went on with the preamble. Here in place
    # of A/RES/78/123's paragraphs.
    text = read_text(CORPUS / relative)
    doc = parse(_operative_part_replaced(text, "\n".join(lines) + "\n", meeting))
    assert [(u.kind, u.lead) for u in doc.body] == [("operative", lead)]


@pytest.mark.parametrize("last_line", ["مجلس الأمن؛", "الجمعية العامة؛"])
def test_body_name_ending_a_paragraph_is_no_formula(last_line):
    # A numbered paragraph wrapped so that its last line is the name of a body and its end: "…وإلى" /
    # "مجلس الأمن؛" (pdfish-ga/A_RES_77_335_ar has "…رئيس الجمعية العامة،" / "الجمعية العامة؛"). The
    # formula without its comma took that line for the start of a part (review of e1f1cbf).
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_123_ar.txt")
    first = next(ln for ln in text.splitlines() if ln.startswith("1 - "))
    paragraph = ("1 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار إلى الدورة الثامنة والسبعين للجمعية"
                 " العامة وإلى\n" + last_line)
    doc = parse(text.replace(first, paragraph, 1))
    one = next(u for u in doc.body if u.num == "1 -")
    assert one.text.endswith(last_line)
    assert not any(u.text.strip() == last_line for u in doc.body)


def test_first_meeting_of_a_committee_in_a_sentence_is_no_closing_meeting():
    # "…la Presidencia de la Asamblea General convocará la" / "primera sesión del comité preparatorio.":
    # the meeting written in words took this line for the closing meeting (review of f1e6102)
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_123_es.txt")
    first = next(ln for ln in text.splitlines() if ln.startswith("1. "))
    paragraph = ("1. Decide convocar un comité preparatorio intergubernamental de composición\n"
                 "abierta y decide también que la Presidencia de la Asamblea General convocará la\n"
                 "primera sesión del comité preparatorio.")
    doc = parse(text.replace(first, paragraph, 1))
    assert next(u for u in doc.body if u.num == "1.").text.endswith("primera sesión del comité preparatorio.")
    assert [c.meeting for p in doc.parts for c in p.conclusions] == [47]


@pytest.mark.parametrize("line,keys", [
    ("Temas 132 y 143 del programa", ["132", "143"]),          # a conjunction, no sub-item
    ("Пункты 13 и пункт 117 повестки дня", ["13", "117"]),
    ("Points 70, a, 71 et 72 de l’ordre du jour", ["70 a", "71", "72"]),   # "117, b," as the UN writes it
    ("Пункт 69 а) повестки дня", ["69 а"]),
    ("البند 98 (و) من جدول الأعمال", ["98 و"]),
    # sub-items after (z) double their letter: A/RES/75/40 ar "البند 103 (ن ن)" was "103 ن", item (n)
    ("البند 103 (ن ن) من جدول الأعمال", ["103 نن"]),
    ("Agenda item 103 (bb)", ["103 bb"]),
    ("Agenda item 134 (ii)", ["134"]),          # a roman number, no doubled letter
])
def test_agenda_keys_of_a_cover_line(line, keys):
    # review of 7044887: a bare letter between commas is a sub-item, one between words a conjunction
    from pipeline.cover import agenda_keys
    assert agenda_keys(line) == keys


def test_dash_clause_inside_a_sentence_is_no_item():
    # review of d38ef5c: "…in its three dimensions, namely," / "– Economic, social and environmental –
    # in a balanced …" and "1. Calls upon … the two parties" / "– The Sudanese Armed Forces … – to cease
    # …;": dashes inside a sentence, each line after them went into a paragraph of its own
    text = read_text(CORPUS / "pdfish-ga/A_RES_78_123_en.txt")
    first = next(ln for ln in text.splitlines() if ln.startswith("1. "))
    lines = ("Reaffirming the commitment to sustainable development in its three dimensions, namely,\n"
             "– Economic, social and environmental – in a balanced and integrated manner,\n"
             "1. Calls upon all parties to the conflict in the Sudan, and in particular the two parties\n"
             "– The Sudanese Armed Forces and the Rapid Support Forces – to cease hostilities immediately;")
    doc = parse(text.replace(first, lines, 1))
    assert doc.preamble[-1].text.endswith("in a balanced and integrated manner,")
    assert doc.body[0].num == "1." and doc.body[0].text.endswith("to cease hostilities immediately;")
    assert not any(u.text.startswith("–") for u in doc.preamble + doc.body)


def test_operative_paragraph_with_verbs_after_its_commas_stays_whole():
    # review of 87f2882: "Pays tribute to the memory of the victims, extends its deepest sympathy …, and
    # calls upon …." as a resolution's only paragraph was split at ", extends" into a preambular and an
    # operative paragraph; English paragraphs open in upper case, the verbs after its commas do not
    text = read_text(CORPUS / "clean-ga/A_RES_78_123_en.txt")
    only = ("Pays tribute to the memory of the victims, extends its deepest sympathy to their families, and "
            "calls upon the international community to continue its assistance.\n\n")
    doc = parse(_operative_part_replaced(text, only, "plenary meeting"))
    assert [u.text.strip() for u in doc.body] == [only.strip()]
    assert len(doc.preamble) == len(parse(text).preamble)


def test_dash_items_in_lower_case_after_commas():
    # S/RES/1545 (2004), as wandergram/datsci holds its PDF text: "…and development communities:" /
    # "– to ensure the respect of ceasefire agreements, …," / "– to promote …," / …: items in lower case
    # ending on commas; after the first, each went on with the item before it. Here as paragraph 3 of
    # S/RES/1623 (2005).
    text = read_text(CORPUS / "raw-sc/S_RES_1623_2005.txt")
    lines = text.splitlines()
    k = next(i for i, ln in enumerate(lines) if ln.startswith("3. "))
    end = next(i for i, ln in enumerate(lines) if i > k and ln.startswith("4. "))
    paragraph = ["3. Authorizes ONUB to use all necessary means to carry out the following",
                 "mandate, within its capacity and in the areas where its armed units are deployed, and",
                 "in coordination with humanitarian and development communities:",
                 "– to ensure the respect of ceasefire agreements, through monitoring their",
                 "implementation and investigating their violations,",
                 "– to promote the re-establishment of confidence between the Burundian forces",
                 "present, monitor and provide security at their pre-disarmament assembly sites,",
                 "– to carry out the disarmament and demobilization portions of the national",
                 "programme of disarmament, demobilization and reintegration of combatants;"]
    doc = parse("\n".join(lines[:k] + paragraph + lines[end:]))
    three = next(u for u in doc.body if u.num == "3.")
    assert [c.num for c in three.children] == ["–", "–", "–"]
    assert [c.text.split(",")[0] for c in three.children] == [
        "to ensure the respect of ceasefire agreements",
        "to promote the re-establishment of confidence between the Burundian forces present",
        "to carry out the disarmament and demobilization portions of the national programme of disarmament"]


def test_paragraph_under_a_part_label_going_on_with_a_date_is_no_title():
    # S/RES/1343 (2001), as wandergram/datsci holds its PDF text: "A" / "Recalling its resolutions 788
    # (1992) of 19 November 1992 and 985 (1995) of" / "13 April 1995,": the first line was taken for
    # part A's title and the date for a paragraph. Here before paragraph 1 of S/RES/1623 (2005).
    text = read_text(CORPUS / "raw-sc/S_RES_1623_2005.txt")
    first = next(ln for ln in text.splitlines() if ln.startswith("1. "))
    part = ("A\nRecalling its resolutions 788 (1992) of 19 November 1992 and 985 (1995) of\n13 April 1995,\n")
    doc = parse(text.replace(first, part + first, 1))
    units = doc.preamble + doc.body
    assert any(" ".join(u.text.split()).endswith("985 (1995) of 13 April 1995,") for u in units)
    assert not any(u.text.strip() == "13 April 1995," for u in units)


def test_items_of_a_preambular_paragraph():
    # S/RES/1291 (2000), as wandergram/datsci holds its PDF text: "Emphasizing that phase II … should be
    # based on the following considerations:" / "(a) that the parties …;" / "(b) …;" / "(c) …," /
    # "Recalling …": the items were read as operative paragraphs, which ended the preamble, and the
    # seven preambular paragraphs after them went into item (c). The UN's file has them as the
    # paragraph's block list. Here after the first preambular paragraph of S/RES/1623 (2005).
    from pipeline.convert import text_to_akn
    text = read_text(CORPUS / "raw-sc/S_RES_1623_2005.txt")
    lines = text.splitlines()
    k = next(i for i, ln in enumerate(lines) if ln.startswith("Reaffirming"))
    listed = ["Emphasizing that phase II of the deployment of the United Nations",
              "Organization Mission in the Democratic Republic of the Congo (MONUC) should be",
              "based on the following considerations:",
              "(a) that the parties respect and uphold the Ceasefire Agreement and the",
              "relevant Council resolutions;",
              "(b) that a valid plan for the disengagement of the parties’ forces and",
              "their redeployment to JMC-approved positions is developed;",
              "(c) that the parties provide firm and credible assurances, prior to the",
              "deployment of MONUC forces, for the security and freedom of movement of United",
              "Nations and related personnel,"]
    changed = "\n".join(lines[:k] + listed + lines[k:])
    before, doc = parse(text), parse(changed)
    assert len(doc.preamble) == len(before.preamble) + 1
    emphasizing = next(u for u in doc.preamble if u.text.startswith("Emphasizing"))
    assert [c.num for c in emphasizing.children] == ["(a)", "(b)", "(c)"]
    assert [u.num for u in doc.body] == [u.num for u in before.body]
    xml = text_to_akn(changed, "S_RES_1623_2005.txt").xml.decode()     # checked against the XSD
    assert "<blockList" in xml and "<listIntroduction>" in xml


def test_leading_phrases_underlined_before_march_2000_as_the_typescript_printed_them():
    # S/RES/1290 (17 February 2000): the official AKN underlines the formula and every leading
    # phrase; from S/RES/1293 (31 March 2000) on they are italic, as in S/RES/1320 (2000)
    from pipeline.convert import parse_file
    early = parse_file(CORPUS / "raw-sc/S_RES_1290_2000.txt").xml.decode()
    later = parse_file(CORPUS / "raw-sc/S_RES_1320_2000.txt").xml.decode()
    assert '<span class="underline">The Security Council</span>' in early
    assert '<span class="underline">Recommends</span>' in early
    assert 'class="italic"' not in early
    assert '<span class="italic">The Security Council</span>' in later
    assert 'class="underline"' not in later


@pytest.mark.parametrize("relative,title", [
    ("clean-akn2txt/S_RES_2713_2023_en.txt", "Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al‑Shabaab"),
    ("clean-akn2txt/S_RES_2713_2023_fr.txt", "Réduction de la menace que représentent les Chabab et embargo sur les armes"),
    ("real-pdf/S_RES_2776_2025_en.txt", "Degrading the threat posed by Al-Shabaab, and the Arms Embargo targeting Al-Shabaab"),
])
def test_title_between_preambular_paragraphs_is_bold_not_a_leading_phrase(relative, title):
    # "…to degrade the threat posed by Al-Shabaab," / the title / "Expressing grave concern …,": the
    # Council's bold title inside its preamble, in a container of its own, no italic leading word
    from pipeline.convert import parse_file
    doc = doc_of(relative)
    headings = [u for u in doc.preamble if u.kind == "heading"]
    assert len(headings) == 1 and headings[0].text.startswith(title)
    xml = parse_file(CORPUS / relative).xml.decode()
    assert re.search(r'<container name="heading"[^>]*>\s*<p>\s*<span class="bold">' + re.escape(title), xml)


def _council_operative_part(new: str) -> str:
    """S/RES/1392 (2002) as the PDF gave it, its operative part replaced by `new`."""
    text = read_text(CORPUS / "raw-sc/S_RES_1392_2002.txt")
    return text[:re.search(r"\n1\.[ \t]", text).start() + 1] + new


def test_also_and_an_adverb_before_the_participle_open_a_preambular_paragraph():
    # S/RES/2009 (2011): "…members of minority communities," / "Also strongly condemning sexual
    # violence, …": the second paragraph went into the first
    text = read_text(CORPUS / "raw-sc/S_RES_1392_2002.txt")
    formula = "The Security Council,\n"
    doc = parse(text.replace(formula, formula + (
        "Strongly condemning all violations of applicable human rights and\n"
        "international humanitarian law, including violations that involve unlawful killings,\n"
        "other uses of violence against civilians, or arbitrary arrests and detentions, in\n"
        "particular of African migrants and members of minority communities,\n"
        "Also strongly condemning sexual violence, particularly against women and\n"
        "girls, and the recruitment and use of children in situations of armed conflict in\n"
        "contravention of applicable international law,\n")))
    assert [u.text[:24] for u in doc.preamble[:3]] == ["Strongly condemning all ", "Also strongly condemning",
                                                   "Reaffirming its previous"]


def test_names_marked_by_dashes_are_one_item_a_line_and_the_next_paragraph_opens_after_them():
    # S/RES/1824 (2008): "…if sooner:" / "– Mr. Charles Michael Dennis Byron (Saint Kitts and Nevis)" / …
    # / "– Mr. William Hussein Sekule (United Republic of Tanzania)" / "3. Decides …": a long name took
    # the next one into its item, and paragraph 3 went into the last name
    doc = parse(_council_operative_part(
        "2. Decides to extend the term of office of the following permanent judges at\n"
        "the Tribunal who are members of the Trial Chambers until 31 December 2009, or\n"
        "until the completion of the cases to which they are assigned if sooner:\n"
        "– Mr. Charles Michael Dennis Byron (Saint Kitts and Nevis)\n"
        "– Mr. Asoka de Silva (Sri Lanka)\n"
        "– Mr. William Hussein Sekule (United Republic of Tanzania)\n"
        "3. Decides to extend the term of office of the following ad litem judges,\n"
        "currently serving at the Tribunal, until 31 December 2009, or until the completion of\n"
        "the cases to which they are assigned if sooner:\n"
        "– Ms. Florence Rita Arrey (Cameroon)\n"
        "4. Decides to remain seized of the matter.\n"))
    assert [u.num for u in doc.body] == ["2.", "3.", "4."]
    assert [c.text for c in doc.body[0].children] == [
        "Mr. Charles Michael Dennis Byron (Saint Kitts and Nevis)", "Mr. Asoka de Silva (Sri Lanka)",
        "Mr. William Hussein Sekule (United Republic of Tanzania)"]


def test_a_title_whose_noun_a_phrase_word_follows_is_a_heading():
    # S/RES/2085 (2012): "…of former combatants;" / "International support" / "13. Calls upon …": read as
    # a leading phrase ("support" follows a verb in "Expresses support"), the title was a paragraph
    doc = parse(_council_operative_part(
        "12. Requests the Secretary-General to provide coordinated assistance to the\n"
        "initial demobilization, disarmament and reintegration of former combatants;\n"
        "International support\n"
        "13. Calls upon Member States, including from the Sahel region, to contribute\n"
        "troops to AFISMA in order to enable AFISMA to fulfil its mandate;\n"
        "Human rights\n"
        "14. Emphasizes that the Malian authorities have primary responsibility to\n"
        "protect civilians in Mali;\n"))
    assert [(u.kind, u.num) for u in doc.body] == [("operative", "12."), ("heading", None), ("operative", "13."),
                                                   ("heading", None), ("operative", "14.")]
    assert doc.body[1].text == "International support"
    # but a phrase of the table or a verb after a word of the table still opens body text, though its
    # verb is not among the operative verbs the table lists (review of 1a05cd3)
    for line in ("Looks forward to the report of the Secretary-General", "Pays tribute to the staff of the Mission"):
        doc = parse(_council_operative_part(
            "12. Requests the Secretary-General to provide coordinated assistance;\n" + line + "\n"
            "13. Calls upon Member States to contribute troops to AFISMA;\n"))
        assert "heading" not in [u.kind for u in doc.body]
    # and a title opening with such a word in title case stays a title ("Further Measures", S/RES/2140 (2014))
    doc = parse(_council_operative_part(
        "12. Requests the Secretary-General to provide coordinated assistance;\nFurther Measures\n"
        "13. Decides that all Member States shall take the necessary measures;\n"))
    assert [u.kind for u in doc.body] == ["operative", "heading", "operative"]


def test_items_under_an_item_title_that_wrapped_and_the_letter_c_after_them():
    # S/RES/2149 (2014): "(b) Support for … in favour" / "of the extension … territorial integrity" /
    # "(i) To take a leading role …": the first sub-item went into the title, the title ending on no
    # mark; and "(c)" after "(vi)" was read as the roman hundred, a sub-item of (b)
    doc = parse(_council_operative_part(
        "30. Decides that the mandate of MINUSCA shall include the following tasks:\n"
        "(b) Support for the implementation of the transition process, including efforts in favour\n"
        "of the extension of State authority and preservation of territorial integrity\n"
        "(i) To take a leading role in international efforts to assist the Transitional\n"
        "Authorities working with ECCAS and the African Union;\n"
        "(ii) To provide good offices and political support for the efforts to address\n"
        "root causes of the conflict and establish lasting peace and security in the CAR;\n"
        "(c) Facilitate the immediate, full, safe and unhindered delivery of humanitarian assistance\n"
        "31. Decides to remain seized of the matter.\n"))
    items = doc.body[0].children
    assert [u.num for u in items] == ["(b)", "(c)"]
    assert items[0].text.endswith("preservation of territorial integrity")
    assert [u.num for u in items[0].children] == ["(i)", "(ii)"]
    assert items[0].children[0].text.startswith("To take a leading role")


def test_items_after_a_heading_inside_a_paragraphs_list_are_siblings_without_a_leading_phrase():
    # S/RES/1778 (2007): "2. Decides … the following mandate …:" / "Security and protection of
    # civilians" / "(a) To select …;" / "(b) To liaise …": (b) was read as a sub-item of (a), and
    # "To" as (a)'s leading phrase, printed in italics where the UN's file has none
    doc = parse(_council_operative_part(
        "2. Decides that the multidimensional presence shall include, for a period of\n"
        "one year, a United Nations Mission in the Central African Republic and Chad with\n"
        "the following mandate:\n"
        "Security and protection of civilians\n"
        "(a) To select, train, advise and facilitate support to elements of the Police\n"
        "tchadienne pour la protection humanitaire referred to in paragraph 5;\n"
        "(b) To liaise with the national army, the gendarmerie and police forces;\n"
        "Human rights and the rule of law\n"
        "(c) To contribute to the monitoring and to the promotion and protection of\n"
        "human rights;\n"
        "(d) To support the efforts aimed at strengthening the capacity of the Government;\n"
        "3. Decides to remain seized of the matter.\n"))
    assert [(u.kind, u.num) for u in doc.body] == [
        ("operative", "2."), ("heading", None), ("operative", "(a)"), ("operative", "(b)"), ("heading", None),
        ("operative", "(c)"), ("operative", "(d)"), ("operative", "3.")]
    assert [u.lead for u in doc.body if u.num and u.num.startswith("(")] == [None] * 4
    assert not any(u.children for u in doc.body[2:7])


def test_a_title_after_a_colon_that_wraps_is_a_heading():
    # S/RES/1856 (2008): "…in order to:" / "Protection of civilians, humanitarian personnel and United
    # Nations personnel" / "and facilities" / "(a) Ensure …": the title went into paragraph 3's text
    doc = parse(_council_operative_part(
        "3. Decides that MONUC shall have the mandate, in this order of priority, working in close\n"
        "cooperation with the Government of the Democratic Republic of the Congo in order to:\n"
        "Protection of civilians, humanitarian personnel and United Nations personnel\n"
        "and facilities\n"
        "(a) Ensure the protection of civilians, including humanitarian personnel,\n"
        "under imminent threat of physical violence;\n"
        "(b) Contribute to the improvement of the security conditions;\n"
        "4. Decides to remain seized of the matter.\n"))
    assert [(u.kind, u.num) for u in doc.body] == [
        ("operative", "3."), ("heading", None), ("operative", "(a)"), ("operative", "(b)"), ("operative", "4.")]
    assert doc.body[0].text.endswith("in order to:")
    assert doc.body[1].text == ("Protection of civilians, humanitarian personnel and United Nations personnel"
                                " and facilities")


def test_council_leads_keep_the_tables_phrases_but_calls_on():
    # the Council's files italicize "Calls for" and "Pays tribute" whole (S/RES/1322 (2000), S/RES/1869
    # (2009); counted on 181 Council files: "calls for" 7 whole, 4 not; "pays tribute" 2, 0), and
    # "Calls on" whole 42 times, the verb alone 33, where the verb alone matches more paragraphs
    doc = parse(_council_operative_part(
        "1. Calls for the immediate cessation of violence, and for all necessary steps\n"
        "to be taken to ensure that violence ceases;\n"
        "2. Pays tribute to the efforts of Mr. Miroslav Lajčák in his work as High\n"
        "Representative;\n"
        "3. Calls on all parties to cooperate fully with the Mission;\n"))
    assert [u.lead for u in doc.body] == ["Calls for", "Pays tribute", "Calls"]
    # the same in the preamble: "Paying tribute" whole in the 4 Council files that have it (S/RES/1649 (2005)
    # and S/RES/1721 (2006) among them)
    text = read_text(CORPUS / "raw-sc/S_RES_1392_2002.txt")
    formula = "The Security Council,\n"
    doc = parse(text.replace(formula, formula + "Paying tribute to the donor community for its support to\n"
                                                  "the electoral process,\n"))
    assert doc.preamble[0].lead == "Paying tribute"


def test_doubled_letters_after_z_are_siblings_in_an_annex_list():
    # S/RES/2083 (2012), the Monitoring Team's mandate in the annex: "(y)", "(z)", "(aa)", "(bb)" … are one
    # list; "(aa)" went under "(z)" (under "(a)" before the annex's items were made siblings)
    doc = doc_of("raw-sc/S_RES_2083_2012.txt")
    nums = [u.num for u in doc.annexes if u.num]
    assert nums[nums.index("(z)"):nums.index("(z)") + 3] == ["(z)", "(aa)", "(bb)"]
    assert not next(u for u in doc.annexes if u.num == "(z)").children


def test_an_item_title_after_a_heading_keeps_its_roman_sub_items():
    # review of 2d08013: "(h) Support for national and international justice and the rule of law" /
    # "(i) To support and work with …" (S/RES/2149 (2014)): after a heading, (h) stands alone, and "(i)"
    # under a title or a colon is its first sub-item, not the letter after (h)
    for title in ("(h) Support for national and international justice and the rule of law\n",
                  "(h) To support national and international justice, including:\n"):
        doc = parse(_council_operative_part(
            "30. Decides that the mandate of MINUSCA shall include the following tasks:\n"
            "Support for national and international justice and the rule of law\n" + title +
            "(i) To support and work with the Transitional Authorities to arrest and bring to justice\n"
            "those responsible;\n"
            "(ii) To help build the capacities of the national justice system;\n"
            "31. Decides to remain seized of the matter.\n"))
        h = next(u for u in doc.body if u.num == "(h)")
        assert [c.num for c in h.children] == ["(i)", "(ii)"]


def test_each_paragraph_of_a_quoted_declaration_opens_with_its_quotation_mark():
    # S/RES/1467 (2003) quotes a declaration, each paragraph opening with "“", none numbered: "…activities in
    # West Africa." / "“The Security Council acknowledges the need to involve national" was one paragraph
    doc = parse(_council_operative_part(
        "1. Decides to adopt the attached declaration.\n"
        "“The Security Council calls on the States of the subregion to strengthen their cooperation in order to\n"
        "identify individuals and entities that engage illegally in trafficking in small arms and\n"
        "light weapons and provide support for mercenary activities in West Africa.\n"
        "“The Security Council acknowledges the need to involve national\n"
        "Commissions/national Committees and other relevant local structures (including\n"
        "civil society) more fully in the practical implementation of the moratorium.\n"))
    assert [u.text[:32] for u in doc.body] == ["Decides to adopt the attached de", "“The Security Council calls on t",
                                               "“The Security Council acknowledg"]


def test_a_line_of_asterisks_stands_alone_and_a_preambular_paragraph_may_follow():
    # S/RES/1357 (2001): "…at least at monthly intervals;" / "* * *" / "Reaffirming the legal basis …," /
    # "III" / "19. Decides …": the asterisks went into paragraph 18, and the preambular paragraph after
    # them was unplaced text. The UN's file has "* * *" as a paragraph and the preambular one after it.
    doc = parse(_council_operative_part(
        "1. Requests the Member States acting through or in cooperation with the organization\n"
        "referred to in Annex 1-A of the Peace Agreement to continue to report to the Council,\n"
        "through the appropriate channels and at least at monthly intervals;\n"
        "* * *\n"
        "Reaffirming the legal basis in the Charter of the United Nations on which the\n"
        "IPTF was given its mandate in resolution 1035 (1995),\n"
        "2. Decides to extend the mandate of UNMIBH for an additional period;\n"))
    assert [(u.kind, u.text[:20]) for u in doc.body] == [
        ("operative", "Requests the Member "), ("text", "* * *"), ("preamble", "Reaffirming the lega"),
        ("operative", "Decides to extend th")]
    assert doc.body[0].text.endswith("monthly intervals;") and not doc.warnings


def test_a_quoted_term_opening_a_sentence_goes_on_with_its_paragraph():
    # "…identification documents." / "“Identification documents” include …": the quotation closes on
    # its line, a term, not a quoted paragraph (A/RES/80/211 en, paragraph 10 given a second sentence)
    text = read_text(CORPUS / "real-pdf/A_RES_80_211_en.txt")
    line = "children, have access to a process to obtain appropriate identification documents;\n"
    assert line in text
    doc = parse(text.replace(line, "children, have access to a process to obtain appropriate identification documents.\n"
                             "“Identification documents” include birth certificates, identity cards and travel\n"
                             "documents issued by the competent authorities;\n"))
    tenth = next(u for u in doc.body if u.num == "10.")
    assert tenth.text.endswith("issued by the competent authorities;") and not doc.warnings

"""Property-based tests: generated resolutions and random noise never crash the parser, always give
strictly XSD-valid AKN, and lose no word of the input except page furniture.

`make test` runs a few hundred examples; `make fuzz` runs the same properties on 10,000 or more
(HYPOTHESIS_PROFILE=fuzz).
"""
import os
import re
import unicodedata
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.akn import build
from pipeline.blocks import split_blocks
from pipeline.readers.pdftotext import looks_pdftotext
from pipeline.structure import parse, readable
from pipeline.xmlio import validation_errors

# CI runs the same 150 examples every time (derandomize): a red CI must come from the change, not
# from the draw; `make fuzz` draws 5000 new ones
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "5000")), deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_ASCII = str.maketrans(SUPERSCRIPTS, "0123456789")

words = st.text(alphabet=st.characters(codec="utf-8", categories=("Lu", "Ll", "Lo", "Nd")), min_size=1, max_size=12)
sentence = st.lists(words, min_size=1, max_size=25).map(" ".join)
FORMULAS = ["The General Assembly,", "L’Assemblée générale,", "La Asamblea General,", "Генеральная Ассамблея,",
            "إن الجمعية العامة،", "大会，", "The Security Council,"]
LEADS = ["Recalling", "Recalling also", "Noting with concern", "Rappelant", "Ayant examiné", "Reafirmando",
         "подтверждая", "وإذ تشير", "回顾", "Bearing in mind"]
VERBS = ["Decides", "Requests", "*Décide*", "Invita", "постановляет", "تقرر", "决定", "Calls upon"]
FURNITURE = ["23-26261 (F)", "*2326261*", "2/9", "A/RES/78/247", "Page 2", "/..."]


@st.composite
def resolutions(draw):
    """A resolution built from real pieces: cover, number and title, formula, preamble,
    numbered operative paragraphs with sub-paragraphs, notes, headings, page furniture, wrapping."""
    lines = ["United Nations", "A/RES/78/247", "General Assembly", "Distr.: General", "28 December 2023",
             "Seventy-eighth session", f"Agenda item {draw(st.integers(1, 180))}",
             "Resolution adopted by the General Assembly on 22 December 2023",
             f"[on the report of the Fifth Committee (A/78/{draw(st.integers(1, 999))})]",
             f"78/247. {draw(sentence)}", draw(st.sampled_from(FORMULAS))]
    notes = []
    for _ in range(draw(st.integers(0, 6))):
        marker = ""
        if draw(st.booleans()):
            notes.append(draw(sentence))
            marker = str(len(notes)).translate(str.maketrans("0123456789", SUPERSCRIPTS))
        lines.append(f"{draw(st.sampled_from(LEADS))} {draw(sentence)}{marker},")
    if draw(st.booleans()):
        lines += ["I", draw(sentence).capitalize()]
    for n in range(1, draw(st.integers(1, 8)) + 1):
        lines.append(f"{n}.\t{draw(st.sampled_from(VERBS))} {draw(sentence)}{':' if n % 3 == 0 else ';'}")
        if n % 3 == 0:
            lines += [f"({letter})\t{draw(sentence)};" for letter in "abc"[:draw(st.integers(1, 3))]]
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(11, len(lines))), draw(st.sampled_from(FURNITURE)))
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text(max_size=80)))   # noise
    if notes:
        lines.append("__________________")
        lines += [f"{str(k).translate(str.maketrans('0123456789', SUPERSCRIPTS))} {text}"
                  for k, text in enumerate(notes, start=1)]
    lines += ["77th plenary meeting", "22 December 2023"]
    text = "\n".join(lines)
    if draw(st.booleans()):                      # as PDF text extraction gives it
        width, hyphenate = draw(st.integers(40, 95)), draw(st.booleans())
        text = "\n".join(_wrap(line, width, hyphenate) for line in lines)
    return text


def _wrap(line, width, hyphenate=False):
    """Lines of at most `width`; with `hyphenate`, a long word that does not fit is broken with a
    soft hyphen, as a hyphenating typesetter's text layer gives it."""
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            cut = len(word) // 2
            if hyphenate and len(word) >= 6 and len(current) + cut + 2 <= width:
                current, word = f"{current} {word[:cut]}\u00ad", word[cut:]
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return "\n".join(out)


# Words as the scorer counts them: each Chinese character is a word of its own (Chinese lines join with no space).
TOKEN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\W_\u3000-\u9fff\uff00-\uffef]+")


def _separate_superscripts(text: str) -> str:
    """"1993¹" -> "1993 1": a superscript marker is a word of its own (and may become a note's marker)."""
    return re.sub(f"[{SUPERSCRIPTS}]+", lambda m: " " + m.group(0).translate(TO_ASCII) + " ", text)


def _tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(unicodedata.normalize("NFC", text)))     # the parser works in NFC


def _lines(text: str) -> list[str]:
    """The lines as the parser reads them: pdftotext's text (a job number's barcode) parted into
    pages by its form feeds ("0\f:" ends a page on its number), other text with them taken out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.split("[\n\f]", text) if looks_pdftotext(text) else text.replace("\f", "").split("\n")


def assert_valid_and_nothing_lost(text: str) -> None:
    doc = parse(text)
    tree = build(doc)
    assert validation_errors(tree) == []
    root = tree.getroot()
    for meta in list(root.iter(f"{NS}meta")):
        meta.getparent().remove(meta)
    out = Counter(TOKEN.findall(_separate_superscripts(" ".join(root.itertext()))))
    for note in root.iter(f"{NS}authorialNote"):     # a marker stands for the number in the text and the
        out.update([note.get("marker")] * 2)           # number opening the note's own line
    clean = readable(text)      # as the parser reads it: soft hyphens and direction marks are no words
    dropped = set(split_blocks(clean).dropped)          # page furniture: the only thing the parser may drop
    source = "\n".join(line for line in _lines(clean) if line.strip() not in dropped)
    source = _separate_superscripts(source)
    missing = _tokens(source) - out
    markers = {n.get("marker") for n in root.iter(f"{NS}authorialNote")}
    # a note's number printed after a word ("pénaux1", "20231") becomes the note's marker
    lost = [t for t in missing if not any(t.endswith(m) and (t[:-len(m)] in out or not t[:-len(m)])
                                          for m in markers)]
    assert not lost, f"words lost: {lost[:10]}"


@given(resolutions())
@example("United Nations\nA/RES/78/247\nGeneral Assembly\n78/247. 0\nThe General Assembly,\nRecalling 0,\n"
         "Recalling 0¹,\n¹ 0\n1.\tDecides 0:\n(a)\ta1;\n__________________\n¹ 0\n"
         "77th plenary meeting\n22 December 2023")  # "a1": the word "a" and note 1's marker
# a form feed inside a line, in a text with a job number's barcode: pdftotext's page break, after
# which "0" ends page 1 as its page number (furniture), as the parser reads it
@example("United Nations\nA/RES/78/247\nGeneral Assembly\n78/247. Title\nThe General Assembly,\n"
         "Recalling its work,\n1.\tDecides x;\n*2326261*\n0\f:\n2.\tRequests y;\n77th plenary meeting\n22 December 2023")
def test_generated_resolutions(text):
    assert_valid_and_nothing_lost(text)


@given(st.text(max_size=2000))
@example("The General Assembly,\nRecalling its resolu\u00ad\ntion 77/1 and the Secre\u00ad\n1. Decides")
@example("The General Assembly,\nRecalling ab\u200ecd,\n1. Decides x.")   # a direction mark is no word break
def test_random_text(text):
    assert_valid_and_nothing_lost(text)


@given(st.lists(st.sampled_from(FORMULAS + LEADS + VERBS + FURNITURE + ["", "1.", "(a)", "¹ note", "____", "A", "*",
                                                                          "<&>", "# [x](y) $"]), max_size=40))
def test_shuffled_pieces(pieces):
    assert_valid_and_nothing_lost("\n".join(pieces))

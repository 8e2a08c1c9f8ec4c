"""The document structure the parser recognises, between the text and the AKN.

Texts here are raw block text: they may still hold `*italic*`, `^sup` marks and
footnote placeholders (see notes.py); inline.py turns them into AKN inlines.
"""
from dataclasses import dataclass, field


@dataclass
class Dated:
    text: str            # as printed: "9 mars 2004"
    iso: str             # 2004-03-09


@dataclass
class Cover:
    publisher: str | None = None          # "Nations Unies"
    symbol: str | None = None             # "A/RES/58/170"
    body: str = "ga"                      # "ga" or "sc"
    body_name: str | None = None          # "Assemblée générale", as printed
    distribution: str | None = None       # "Distr. générale"
    issued: Dated | None = None
    session: tuple[int, str] | None = None            # (58, "Cinquante-huitième session")
    agenda: list[tuple[str, str]] = field(default_factory=list)   # [("117 b", "Point 117, b, de l'ordre du jour")]
    agenda_names: list[str] = field(default_factory=list)
    adopted_title: str | None = None      # "Résolution adoptée par l'Assemblée générale ..."
    proponent: str | None = None          # "[sur le rapport de la Troisième Commission (A/58/508/Add.2)]"
    committee: str | None = None          # TLC id: "thirdCommittee", "noMainCommittee"
    res_number_title: str | None = None   # SC: "Resolution 1290 (2000)"
    adoption_line: str | None = None      # SC: "Adopted by the Security Council at its 4103rd meeting, on ..."
    other: list[str] = field(default_factory=list)    # cover lines not recognised, kept


@dataclass
class Unit:
    """A paragraph of the resolution: preambular, operative, a sub-paragraph or a heading."""
    kind: str                 # "preamble" | "operative" | "point" | "heading" | "text" | "table" (its rows the children)
    text: str                 # raw text after the number
    num: str | None = None    # as written: "1.", "(a)", "1 -"
    lead: str | None = None   # leading participle / verb phrase (raw)
    children: list["Unit"] = field(default_factory=list)
    wrap_up: str | None = None  # words of the paragraph after its sub-paragraphs ("and urges …;")


@dataclass
class Conclusions:
    meeting_text: str         # "77^e séance plénière"
    meeting: int
    date: Dated | None


@dataclass
class Part:
    """A resolution, or one part ("A", "B") of a multi-part resolution."""
    label: str | None = None
    formula: str | None = None
    preamble: list[Unit] = field(default_factory=list)
    body: list[Unit] = field(default_factory=list)       # operative units and headings, in order
    conclusions: list[Conclusions] = field(default_factory=list)


@dataclass
class Document:
    lang: str
    cover: Cover
    number: str | None = None         # "58/170."
    title: str | None = None
    parts: list[Part] = field(default_factory=lambda: [Part()])
    annexes: list[Unit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)       # footnote texts, by placeholder index
    note_markers: list[str] = field(default_factory=list)
    adoption: Dated | None = None
    # How the print sets the leading phrases and the formula: "italic", or "underline" in the
    # typescript era (see structure.emphasis_of)
    emphasis: str = "italic"
    warnings: list[str] = field(default_factory=list)    # the audit: what could not be placed
    is_resolution: bool = True

    # The whole resolution's units, across its parts.
    @property
    def formula(self) -> str | None:
        return self.parts[0].formula

    @property
    def preamble(self) -> list[Unit]:
        return [u for part in self.parts for u in part.preamble]

    @property
    def body(self) -> list[Unit]:
        return [u for part in self.parts for u in part.body]

    @property
    def conclusions(self) -> list[Conclusions]:
        return [c for part in self.parts for c in part.conclusions]

"""What the parser knows of each official language, as data.

Every language-specific word the parser uses lives here: names of bodies,
months, ordinal session names, the words that extend a leading participle or
verb ("Recalling *also*"), labels of the cover page.  The parsing code has no
branch on a language; a new language is a new table.
"""
import re
from dataclasses import dataclass, field

ISO3 = {"en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara", "zh": "zho"}
TWO_LETTER = {three: two for two, three in ISO3.items()}

# English month names occur on the cover of every language version ("Distr.: General / 3 December 2025").
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]


@dataclass(frozen=True)
class Language:
    code: str
    months: list[str]                      # lower-case, January first
    general_assembly: list[str]            # issuing-body names, as printed
    security_council: list[str]
    formula: str                           # regex of the enacting formula line
    distribution: str                      # regex of the distribution line
    agenda: str                            # regex of an agenda-item line
    adopted: str                           # regex of the "Resolution adopted by ..." line
    meeting: str                           # regex of the closing meeting line; group 'n' is the number
    ordinals_units: dict[str, int]         # words of ordinal session names
    ordinals_tens: dict[str, int]
    lead_before: list[str] = field(default_factory=list)   # words before the verb of a leading phrase ("also", "se")
    lead_after: list[str] = field(default_factory=list)    # words after it that belong to the phrase ("in mind")
    lead_dangling: list[str] = field(default_factory=list)  # words of lead_after that cannot end the phrase ("its", "with")
    # words the Security Council's italics stop before: a possessive ("*Expresses* its appreciation") and,
    # in English, an adjective of degree ("*Expressing* grave concern"; measured on 141 Council files
    # of 2000-2014: the verb alone 15 times, with "grave concern" 6)
    council_stop: list[str] = field(default_factory=list)
    lead_phrases: list[str] = field(default_factory=list)   # phrases kept whole though they end on such a word ("calls for")
    council_apart: list[str] = field(default_factory=list)  # phrases of lead_phrases the Council's italics split
    lead_and: list[str] = field(default_factory=list)       # "and" joining a second verb to the phrase ("welcomes and encourages")
    verb_endings: list[str] = field(default_factory=list)   # last letters of one verb form ("ae": "acoge y alienta")
    lead_stop: list[str] = field(default_factory=list)      # phrases the leading phrase ends before ("Recalling | in particular")
    lead_never: list[str] = field(default_factory=list)     # words no leading phrase opens with: a paragraph opening
                                                            # so has none ("We will leave no one behind.", a declaration's)
    lead_prefix: str = r"(?!)"             # regex of words that open the phrase before its verb ("с большой обеспокоенностью")
    annex: str = r"(?!)"                   # regex of an annex heading
    lead_start: str = r"(?!)"              # regex of a word opening a preambular paragraph
    line_start: str = ""                   # regex of a wrapped line's opening that starts a paragraph after
                                           # a paragraph's end punctuation (lead_start if empty)
    lead_words: list[str] = field(default_factory=list)      # whole leading phrases (unspaced scripts)
    heading_numbers: list[str] = field(default_factory=list)  # words numbering a part: "أولا", "一"
    heading_letters: list[str] = field(default_factory=list)  # letters lettering a part, as words: "ألف" (A)
    heading_label: str = r"(?!)"           # regex of a lettered heading's label, as "B. " is in Latin
                                           # scripts: "باء - تطور هامش الأجر الصافي …"
    spaced: bool = True                    # words separated by spaces (not Chinese)
    no_committee: str = r"(?!)"            # regex of "[without reference to a Main Committee (A/78/L.4)]"
    ecosoc: str = r"(?!)"                  # regex of the Economic and Social Council's name, whose
                                           # resolutions are numbered by year: "resolution 1980/67"
    resolution: str = r"(?!)"              # regex of the word "resolution(s)", as it stands before a number
    dated: str = r"(?!)"                   # regex of "dated", between a resolution's number and its date
    hrc: str = r"(?!)"                     # regex of the Human Rights Council's name: its resolutions
                                           # ("Human Rights Council resolution 52/6") are A/HRC/RES/52/6
    committees: dict[str, str] = field(default_factory=dict)  # committee eId -> its name as the UN writes it (showAs)
    ordinal: str = r"(?!)"                 # regex of an ordinal before the noun it numbers, at a word's end
                                           # ("sixty-second session", "twenty-fourth special session", "48th")
    takes_number: str = ""                 # characters after which a digit is a number, not a note marker
                                           # (unspaced scripts: "第15", "至12", "2023年11")
    title_close: str = ""                  # closing title brackets, after which a digit is a note marker
                                           # ("《友好关系宣言》1所载的原则")
    word_openers: str = ""                 # letters that open a word only: one inside a word is a lost space
                                           # ("أيضاإلى" = "أيضا" + "إلى")
    person: str = r"(?!)"                  # regex of the title before a person's name at a line's start: one
                                           # name a line in a list ("Mr. Richard Allen Banda (Malawi)")
    op_verb: str = r"(?!)"                 # regex of the verb opening an operative paragraph: after the
                                           # preamble's last comma it opens an unnumbered one ("Demande
                                           # instamment …"); in lower case (Russian), under a part's title

    def numbers_part(self, line: str) -> bool:
        """`line` is a part's number or letter in words, alone: "ثانيا" (II), "باء" (B), "二"."""
        return line in self.heading_numbers or line in self.heading_letters


# the letters A to N as the Arabic documents write a part's or a heading's label
AR_LETTERS = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم", "نون"]


def _unspaced_lead_start(before: list[str], words: list[str], joining: list[str]) -> str:
    """The words that open a preambular paragraph in a script without spaces: a leading phrase
    of two characters or more ("审查了", "表示感谢"), maybe after a particle ("又认为").  A line
    of wrapped text opening so after a paragraph's end starts a paragraph (PDF-like text has no
    other sign).  The particles that join a second phrase to the first ("…影响，并回顾…") do not
    open one, nor do one-character words ("请"), too common inside a sentence."""
    particles = sorted((p for p in before if p not in joining), key=len, reverse=True)
    phrases = sorted((w for w in words if len(w) >= 2), key=len, reverse=True)
    return (rf"^(?:{'|'.join(map(re.escape, particles))})?"
            rf"(?:{'|'.join(map(re.escape, phrases))})")


ZH_LEAD_BEFORE = ["又", "还", "并", "也", "再次", "进一步", "再"]
ZH_LEAD_WORDS = ["回顾", "重申", "铭记", "注意到", "表示注意到", "关切地注意到", "满意地注意到", "赞赏地注意到",
                    "确认", "认识到", "强调", "强调指出", "着重指出", "指出", "欢迎", "深信", "坚信", "相信", "意识到",
                    "考虑到", "念及", "关切", "深表关切", "表示关切", "严重关切", "申明", "审议了", "决定", "请", "吁请",
                    "敦促", "促请", "呼吁", "鼓励", "邀请", "赞扬", "赞赏", "表示赞赏", "感谢", "表示感谢", "承认",
                    "核可", "核准", "批准", "认可", "赞同", "支持", "谴责", "强烈谴责", "要求", "希望", "期待", "认为",
                    "同意", "授权", "建议", "宣布", "接受", "满意地", "深为", "震惊", "痛惜", "遗憾地注意到", "表示赞赏地注意到", "肯定", "赞赏地肯定", "大力鼓励", "表示深为关切", "表示极为关切", "表示严重关切", "强调极为关切", "深为关切", "深为关切地确认", "关切地确认", "满意地回顾", "赞赏地回顾", "知悉", "提醒", "决心", "认定", "承诺", "欢迎并鼓励", "重点指出", "极为关切地注意到", "审查了", "表示坚信", "震惊并关切", "深感不安的是", "感到不安的是", "感到震惊", "感到关切", "感到震惊并关切", "感兴趣地注意到", "尤其感兴趣地注意到", "收到", "斥责", "最强烈地斥责", "欣见", "特别指出", "感到遗憾", "遵循", "提及", "表示满意地注意到"]


LANGUAGES: dict[str, Language] = {
    "en": Language(
        code="en",
        lead_never=["we", "the", "our", "it", "this", "these", "those", "there", "however", "a", "an", "all", "each", "such", "nothing"],
        person=r"^(?:Mr|Ms|Mrs|Dr|Sir|Dame|Judge)\.?\s+\S",
        months=EN_MONTHS,
        general_assembly=["General Assembly"],
        security_council=["Security Council"],
        formula=r"^\W*The (General Assembly|Security Council)\W*[,،，]\W*$",
        distribution=r"^Distr\.?:?\s*\w+",
        agenda=r"^(Agenda items?|Items?) .*",
        adopted=r"^Resolutions? adopted by the ",
        meeting=r"^\W*(?P<n>\d+)\S{0,4}\s*(?:\([^)]*\)\s*)?(?:plenary )?meeting",
        ordinals_units={"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                        "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                        "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90},
        ordinals_tens={"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                       "seventy": 70, "eighty": 80, "ninety": 90},
        lead_before=["also", "further", "furthermore", "moreover", "again", "once", "strongly", "firmly", "deeply", "gravely", "seriously", "having", "being", "fully",
                     "unequivocally", "categorically", "resolutely", "vigorously", "emphatically", "warmly", "sincerely", "solemnly"],
        lead_stop=["in particular"],
        lead_after=["sympathy", "condolences", "approval", "also", "further", "furthermore", "moreover", "again", "upon", "on", "for", "in", "mind", "into", "account", "consideration", "note", "with", "appreciation", "satisfaction", "concern", "deep", "grave", "serious", "great", "regret", "particular", "strongly", "firmly", "its", "utmost", "strong", "serious", "full", "gravest", "request", "commitment", "invitation", "support", "determination", "intention", "call", "appeal", "endorsement", "condemnation", "conviction", "gratitude", "concerns", "deeply", "concerned", "forward", "once more", "once again", "alarm", "interest", "profound", "firm", "belief", "in the strongest terms", "without reservation"],
        council_stop=['its', 'deep', 'grave', 'gravest', 'serious', 'utmost', 'strong', 'particular', 'full', 'profound', 'great'],
        lead_dangling=['in', 'with', 'into', 'on', 'for', 'its', 'utmost', 'strong', 'deep', 'grave', 'gravest', 'serious', 'great', 'full', 'deeply', "profound", "firm"],
        lead_phrases=['calls for', 'calls on', 'calls upon', 'call for', 'call on', 'call upon', 'looks forward', 'looking forward', 'pays tribute', 'paying tribute', 'calls attention', 'bearing in mind', 'bears in mind', 'keeping in mind'],
        # "*Calls* on": whole 42 times, the verb alone 33 (181 Council files), but the files that write the
        # verb alone write it more often, and the verb alone matches more of their paragraphs (op_lead
        # over 172 Council texts 0.940 against 0.937)
        council_apart=['calls on', 'call on'],
        lead_and=['and'],
        annex=r"^Annex(es)?\b",
        lead_start=r"^(?:[A-Z][a-z]+ing|(?:Also|Further|Again)\s+(?:[a-z]+ly\s+)?[a-z]+ing|Aware|Mindful|Conscious|Convinced|Concerned|Deeply|Gravely|Alarmed|Determined|Desirous|Guided|Seriously|Strongly|Firmly|Fully|Profoundly|Cognizant|Bearing|Having"
                   r"|Committed|Encouraged|Appalled|Dismayed|Disturbed|Distressed|Disappointed|Shocked|Troubled|Outraged|Saddened|Pleased|Gratified|Satisfied|Resolved|Inspired|Persuaded|Anxious)\b",
        no_committee=r"without\s+reference",
        ecosoc=r"Economic and Social Council",
        hrc=r"Human Rights Council",
        resolution=r"resolutions?",
        op_verb=r"^(?:(?:Also|Further|Again|Once again|Strongly|Firmly) )?(?i:Takes note|Recalls|Considers|Thanks|Calls for|Decides|Requests|Approves|Welcomes|Notes|Reaffirms|Confirms|Calls (?:upon|on)|Urges|Invites|Encourages|Endorses|Adopts|Expresses|Recognizes|Stresses|Emphasizes|Underlines|Underscores|Authorizes|Recommends|Reiterates|Acknowledges|Condemns|Demands|Affirms|Declares|Appeals|Commends|Supports|Forwards|Elects|Appoints|Extends|Renews|Establishes|Reminds|Deplores|Regrets|Insists|Agrees|Proclaims|Designates|Instructs|Directs|Determines|Requires)\b",
        ordinal=(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                 r"teenth|tieth|special|\d+(?:st|nd|rd|th))$"),
        committees={"noMainCommittee": "Without reference to a main committee", "firstCommittee": "First Committee", "secondCommittee": "Second Committee", "thirdCommittee": "Third Committee", "fourthCommittee": "Special Political and Decolonization Committee", "fifthCommittee": "Fifth Committee", "sixthCommittee": "Sixth Committee"},
    ),
    "fr": Language(
        code="fr",
        lead_never=["nous", "le", "la", "les", "l’", "l'", "un", "une", "des", "notre", "nos", "toutefois", "cependant", "il", "elle", "ce", "cette", "ces", "tous", "chaque"],
        person=r"^(?:M\.|Mme|Mlle|Me)\s+\S",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"],
        general_assembly=["Assemblée générale"],
        security_council=["Conseil de sécurité"],
        formula=r"^\W*(L['’]Assemblée générale|Le Conseil de sécurité)\W*[,،，]\W*$",
        distribution=r"^Distr\.?\s*:?\s*\w+",
        agenda=r"^Points? .*de l['’]ordre du jour",
        adopted=r"^Résolutions? adoptée",
        meeting=r"^\W*(?P<n>\d+)\S{0,4}\s*(?:\([^)]*\)\s*)?séance",
        ordinals_units={"premier": 1, "première": 1, "unième": 1, "deuxième": 2, "troisième": 3,
                        "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
                        "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
                        "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
                        "seizième": 16, "vingtième": 20, "trentième": 30, "quarantième": 40,
                        "cinquantième": 50, "soixantième": 60, "quatre-vingtième": 80},
        ordinals_tens={"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
                       "soixante": 60, "quatre-vingt": 80},
        lead_before=["se", "ayant", "est", "étant", "également", "en", "outre", "de", "nouveau", "vivement", "instamment", "fermement", "profondément"],
        lead_stop=["en particulier"],
        lead_after=["compassion", "approbation", "également", "en", "outre", "aussi", "de", "nouveau", "de même", "encore", "vivement", "instamment", "avec", "profonde", "vive", "grande", "préoccupation", "satisfaction", "inquiétude", "particulier", "fermement", "note", "acte", "favorablement", "gré", "à", "l’esprit", "l'esprit", "compte", "considération", "sa", "son", "ses", "une", "au", "plus", "haut", "point", "préoccupée", "préoccupation", "gravement", "profondément", "favorable", "convaincue", "conscience", "reconnaissance", "énergiquement", "remerciements", "appui", "énergique", "attachement", "intérêt", "alarmée", "une fois de plus", "une fois encore", "une nouvelle fois", "dans les termes les plus vifs", "dans les termes les plus énergiques", "sans équivoque", "gratitude", "regret", "regrets", "solidarité", "condoléances", "résolu", "résolue", "préoccupé", "déterminé", "déterminée", "alarmé", "inquiet", "inquiète", "satisfait", "satisfaite", "convaincu", "avec un intérêt particulier", "avec un vif intérêt"],
        council_stop=['sa', 'son', 'ses'],
        lead_dangling=['de', 'en', 'à', 'avec', 'sa', 'son', 'ses', 'une', 'au', 'plus', 'haut', 'profonde', 'vive', 'grande', 'gravement', 'profondément'],
        lead_phrases=['fait sienne', 'fait siennes', 'faisant sienne', 'faisant siennes', 'rend hommage',
                      'rendant hommage'],
        lead_and=['et'],
        verb_endings=["et"],                  # 3rd person present: "soutient et encourage"
        annex=r"^Annexes?\b",
        lead_start=r"^(?:(?:Se[ \u00a0]|S['’])[a-zéèêîôûç]+ant|[A-ZÉ][a-zéèêîôûç]+ant|Ayant|Consciente?|Convaincue?|Profondément|Gravement|Vivement|Fermement|Pleinement|Préoccupée?|Résolue?|Alarmée?|Inquiète|Sachant|Guidée?|Déterminée?|Décidée?|Soucieuse|Désireuse|Persuadée?|Consternée?|Choquée?|Indignée?|Attristée?|Encouragée?|Satisfaite?|Réaffirmant)\b",
        no_committee=r"sans\s+renvoi",
        ecosoc=r"Conseil économique et social",
        hrc=r"Conseil des droits de l['’]homme",
        resolution=r"résolutions?",
        op_verb=r"^(?:Prend (?:note|acte)|Considère|Remercie|Sait gré|Se déclare|Estime|Est consciente|A conscience|Reconnaît|Exige|Félicite|Mesure|Apprécie|Redit|Décide|Prie|Demande|Approuve|Se félicite|Accueille|Note|Réaffirme|Confirme|Engage|Exhorte|Invite|Encourage|Souscrit|Adopte|Exprime|Constate|Souligne|Insiste|Autorise|Lance|Recommande|Rappelle|Condamne|Affirme|Déclare|Salue|Soutient|Appuie|Réitère)\b",
        committees={"noMainCommittee": "sans renvoi à une grande commission", "firstCommittee": "Première Commission", "secondCommittee": "Deuxième Commission", "thirdCommittee": "Troisième Commission", "fourthCommittee": "Commission des questions politiques spéciales et de la décolonisation", "fifthCommittee": "Cinquième Commission", "sixthCommittee": "Sixième Commission"},
    ),
    "es": Language(
        code="es",
        lead_never=["nosotros", "nosotras", "el", "la", "los", "las", "un", "una", "nuestro", "nuestra", "nuestros", "nuestras", "sin", "este", "esta", "estos", "estas", "todos", "cada"],
        person=r"^(?:Sr\.|Sra\.|Srta\.|D\.|Dña\.)\s+\S",
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre"],
        general_assembly=["Asamblea General"],
        security_council=["Consejo de Seguridad"],
        formula=r"^\W*(La Asamblea General|El Consejo de Seguridad)\W*[,،，]\W*$",
        distribution=r"^Distr\.?\s*:?\s*\w+",
        agenda=r"^Temas? .*del programa",
        adopted=r"^Resoluci[oó]n(es)? aprobada",
        # the first meetings in words, feminine as "sesión" is: "Tercera sesión plenaria"; not "la primera
        # sesión del comité" in a sentence
        meeting=(r"^\W*(?:(?P<n>\d+)\S{0,4}\s*(?:\([^)]*\)\s*)?sesi[oó]n"
                 r"|(?P<w>(?:primera|segunda|tercera|cuarta|quinta|sexta|s[ée]ptima|octava|novena|d[ée]cima))"
                 r"\s+sesi[oó]n\s+plenaria\b)"),
        ordinals_units={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
                        "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
                        "noveno": 9, "décimo": 10, "undécimo": 11, "duodécimo": 12,
                        "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6,
                        "séptima": 7, "octava": 8, "novena": 9, "décima": 10,
                        "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40,
                        "quincuagésimo": 50, "sexagésimo": 60, "septuagésimo": 70,
                        "octogésimo": 80, "nonagésimo": 90},
        ordinals_tens={},
        lead_before=["habiendo", "siendo", "también", "además", "asimismo", "nuevamente", "encarecidamente", "firmemente", "profundamente"],
        lead_stop=["en particular"],
        lead_after=["referencia", "suya", "solidaridad", "gratitud", "condolencias", "adhesión", "también", "además", "asimismo", "nuevamente", "de", "nuevo", "con", "beneplácito", "profunda", "gran", "grave", "preocupación", "satisfacción", "aprecio", "reconocimiento", "encarecidamente", "firmemente", "en", "particular", "especial", "nota", "suyas", "suyo", "suya", "suyos", "presente", "presentes", "consideración", "cuenta", "relieve", "su", "sus", "un", "notar", "hincapié", "llamamiento", "enérgicamente", "reconocimiento", "invitación", "solicitud", "compromiso", "determinación", "enérgico", "apoyo", "suma", "convicción", "interés", "preocupada", "una vez más", "en los términos más enérgicos", "sin reservas"],
        lead_phrases=['rinde homenaje', 'rindiendo homenaje'],
        council_stop=['su', 'sus'],
        lead_dangling=['de', 'en', 'con', 'su', 'sus', 'un', 'grave', 'profunda', 'suma', 'enérgico', 'gran'],
        lead_and=['y'],
        verb_endings=["ae"],                  # 3rd person present: "acoge", "alienta"
        annex=r"^Anexos?\b",
        lead_start=r"^(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|iendo|endo|ándose|iéndose|éndose)|Consciente|Convencid[oa]|Profundamente|Gravemente|Sumamente|Seriamente|Firmemente|Plenamente|Hondamente|Preocupad[oa]|Alarmad[oa]|Decidid[oa]|Resuelt[oa]|Guiad[oa]|Deseos[oa]|Conocedor[oa]?|Comprometid[oa]|Satisfech[oa]|Complacid[oa]|Alentad[oa]|Consternad[oa]|Persuadid[oa]|Inquiet[oa])\b",
        no_committee=r"sin\s+remisión",
        ecosoc=r"Consejo Económico y Social",
        hrc=r"Consejo de Derechos Humanos",
        resolution=r"resoluci(?:ón|ones)",
        op_verb=r"^(?:Toma nota|Recuerda|Hace notar|Hace hincapié|Hace un llamamiento|Determina|Aprecia|Deplora|Celebra|Agradece|Considera|Lamenta|Felicita|Decide|Solicita|Pide|Aprueba|Acoge|Observa|Reafirma|Confirma|Exhorta|Insta|Invita|Alienta|Hace suy[oa]s?|Adopta|Expresa|Reconoce|Subraya|Destaca|Pone de relieve|Autoriza|Recomienda|Reitera|Condena|Exige|Afirma|Declara|Apoya|Encomia)\b",
        committees={"noMainCommittee": "sin remisión previa a una Comisión Principal", "firstCommittee": "Primera Comisión", "secondCommittee": "Segunda Comisión", "thirdCommittee": "Tercera Comisión", "fourthCommittee": "Comisión Política Especial y de Descolonización", "fifthCommittee": "Quinta Comisión", "sixthCommittee": "Sexta Comisión"},
    ),
    "ru": Language(
        code="ru",
        lead_never=["мы", "наш", "наша", "наше", "наши", "однако", "это", "эти", "этот", "эта", "все", "каждый"],
        person=r"^(?:[Гг]-н|[Гг]-жа)\s+\S",
        months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря"],
        general_assembly=["Генеральная Ассамблея"],
        security_council=["Совет Безопасности"],
        formula=r"^\W*(Генеральная Ассамблея|Совет Безопасности)\W*[,،，]\W*$",
        distribution=r"^Distr\.?\s*:?\s*\w+",
        agenda=r"^Пункты? .*повестки дня",
        adopted=r"^Резолюци[яи], принят",
        meeting=r"^\W*(?P<n>\d+)\S{0,4}\s*(?:\([^)]*\)\s*)?(?:пленарное )?заседани",
        ordinals_units={"первая": 1, "вторая": 2, "третья": 3, "четвертая": 4, "четвёртая": 4,
                        "пятая": 5, "шестая": 6, "седьмая": 7, "восьмая": 8, "девятая": 9,
                        "десятая": 10, "одиннадцатая": 11, "двенадцатая": 12, "тринадцатая": 13,
                        "четырнадцатая": 14, "пятнадцатая": 15, "шестнадцатая": 16, "семнадцатая": 17,
                        "восемнадцатая": 18, "девятнадцатая": 19, "двадцатая": 20, "тридцатая": 30, "сороковая": 40,
                        "пятидесятая": 50, "шестидесятая": 60, "семидесятая": 70,
                        "восьмидесятая": 80, "девяностая": 90},
        ordinals_tens={"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
                       "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90},
        lead_before=["также", "вновь", "углубленно", "далее", "еще", "раз", "с", "глубокой", "глубоким", "серьезной", "удовлетворением", "признательностью", "обеспокоенностью", "озабоченностью", "настоятельно", "решительно", "особо", "будучи", "высоко"],
        lead_stop=["в частности"],
        # "с <noun>" or "с <adjective> <noun>" before the participle or verb: "с особым интересом отмечая"
        lead_prefix=r"^(?:(?:вновь|также|особо|глубоко) )?с (?:[а-яё]+ ){1,2}?(?=[а-яё]{3,}(?:я|в|ет|ит|ют|ят)(?:[\s,;:]|$))",
        lead_after=["сочувствие", "также", "вновь", "далее", "во", "внимание", "к", "сведению", "озабоченность", "обеспокоенность", "признательность", "удовлетворение", "о", "своей", "свою", "глубокую", "крайнюю", "решительной", "поддержке", "просьбу", "просьбой", "решимость", "обеспокоенности", "серьезную", "особое", "значение", "с", "глубокой", "обеспокоенностью", "обеспокоена", "озабочена", "встревожена", "убежденность", "сожаление", "глубокое", "глубочайшее", "солидарность", "благодарность", "соболезнования"],
        lead_phrases=['воздает должное', 'воздавая должное'],
        council_stop=['свою', 'своей', 'о'],
        lead_dangling=['с', 'к', 'во', 'о', 'своей', 'свою', 'глубокую', 'крайнюю', 'решительной', 'особое', 'серьезную', 'глубокой', "глубокое", "глубочайшее"],
        lead_and=['и'],
        annex=r"^Приложени[ея]\b",
        lead_start=(r"^(?:вновь |особо |глубоко |углубленно |твердо |высоко |решительно |настоятельно |положительно |с (?:[а-яё]+ ){1,2})?"
                    r"(?:ссылаясь|подтверждая|обращая|признавая|отмечая|принимая|приветствуя|будучи|выражая|учитывая|"
                    r"напоминая|рассмотрев|сознавая|осознавая|подчеркивая|памятуя|констатируя|считая|исходя|"
                    r"руководствуясь|отдавая|заявляя|осуждая|одобряя|поддерживая|приняв|изучив|обсудив|желая|"
                    r"стремясь|полагая|опасаясь|указывая|ожидая|воздавая|вновь|особо|глубоко|серьезно|"
                    r"исполненная?|будучи|имея|рассматривая|утверждая|призывая|оценивая|получив|заслушав|признав|отметив|"
                    r"напомнив|подчеркнув|сожалея|понимая|поощряя|испытывая|преисполненная?|убежденная?|"
                    r"обеспокоенная?|встревоженная?|озабоченная?)\b"),
        no_committee=r"без\s+передачи",
        ecosoc=r"Экономическ\w+ и Социальн\w+ Совет",
        hrc=r"Совет\w* по правам человека",
        resolution=r"резолюц\w+",
        # 3rd person singular of the verbs operative paragraphs open with ("утверждает", "постановляет",
        # "рекомендует", "просит"), maybe after an adverb of the table ("вновь подтверждает")
        op_verb=r"^(?:(?:вновь|также|настоятельно|особо|решительно|далее|высоко|с [а-яё]+) )?(?:[а-яё]+(?:ает|яет|ует|еет)|просит|ссылается|благодарит|обращается)\b",
        committees={"noMainCommittee": "без передачи в главные комитеты", "firstCommittee": "Первый комитет", "secondCommittee": "Второй комитет", "thirdCommittee": "Третий комитет", "fourthCommittee": "Комитет по специальным политическим вопросам и вопросам деколонизации", "fifthCommittee": "Пятый комитет", "sixthCommittee": "Шестой комитет"},
    ),
    "ar": Language(
        code="ar",
        lead_never=["نحن", "إن", "إننا", "غير", "لكن", "هذا", "هذه"],
        person=r"^(?:السيد|السيدة)\s+\S",
        months=["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر",
                "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"],
        general_assembly=["الجمعية العامة"],
        security_council=["مجلس الأمن"],
        formula=r"^\W*(إن )?(الجمعية العامة|مجلس الأمن)\W*[,،，]\W*$",
        distribution=r"^Distr\.?\s*:?\s*\w+",
        agenda=r"^البند\S* .*من جدول الأعمال",
        adopted=r"^قرارا?ت? اتخذته",
        # the number in figures ("الجلسة العامة 53") or in ordinal words ("الجلسة العامة الثانية والثلاثون",
        # 32nd; "الثانية بعد المائة", 102nd): group 'w', read with the ordinal tables
        meeting=r"^\W*الجلسة العامة\s*(?:\(المستأنفة\)\s*)?(?:(?P<n>\d+)|(?P<w>(?:و?ال\w+|بعد|عشرة)(?:\s+(?:و?ال\w+|بعد|عشرة)){0,4})(?=\W*$|\s+\d))",
        ordinals_units={"الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
                        "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10,
                        "الحادية": 1},
        ordinals_tens={"العشرون": 20, "الثلاثون": 30, "الأربعون": 40, "الخمسون": 50,
                       "الستون": 60, "السبعون": 70, "الثمانون": 80, "التسعون": 90, "المائة": 100,
                       "عشرة": 10},         # "الحادية عشرة" (11): "الحادية" 1 and "عشرة" 10
        lead_before=["إذ", "وإذ", "وقد", "قد", "إذا"],
        lead_after=["تعاطفها", "ارتياحها", "أسفها", "تضامنها", "امتنانها", "تأكيد", "علما", "أيضا", "كذلك", "مجددا", "مرة", "أخرى", "من", "جديد", "مع", "بالغ", "القلق", "التقدير", "الارتياح", "بقوة", "بشدة", "في", "اعتبارها", "عن", "التأكيد", "الإعراب", "تقديرها", "قلقها", "القلق", "البالغ", "عميق", "دعوتها", "طلبها", "التزامها", "دعمها", "القوي", "بقلق", "ببالغ", "منها", "اقتناعها", "بأشد العبارات", "بقلق بالغ", "بعين الاعتبار", "باهتمام خاص", "باهتمام", "جزعها", "وقلقها"],
        council_stop=[],
        lead_dangling=['من', 'في', 'عن', 'مع', 'الإعراب', 'عميق', 'بالغ', 'ببالغ', 'مرة'],
        annex=r"^المرفق\b|^مرفق\b",
        heading_numbers=["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"],
        heading_letters=AR_LETTERS,
        heading_label=rf"^(?:{'|'.join(AR_LETTERS)})\s*[-–]\s+\S",
        # "وإذ تشير", "وقد نظرت"; and the accusatives of motive with "منها" ("ورغبة منها", "وإيمانا منها")
        lead_start=r"^(?:و?إذ|وقد|و?اقتناعا|و?إدراكا|و?تسليما|و?اعترافا|و?\S+[اة]ً?\s+منها)\s",
        no_committee=r"ب?دون\s+(?:ال)?[إا]حالة",
        ecosoc=r"المجلس الاقتصادي والاجتماعي",
        hrc=r"مجلس حقوق الإنسان",
        # the word with its particles and endings ("بقرارها", "للقرارين"); not "الاستقرار", "الإقرار"
        resolution=r"(?<![^\W\d_])[وف]?(?:[بل]|لل)?(?:ال)?قرار(?:ات|ين|ان|يه|يها|ي|ا|ه|ها|هما|هم|اته|اتها|اتهم|تها)?(?![^\W\d_])",
        op_verb=r"^(?:تحيط علما|تشير|توصي|تقر|تنوه|تعترف|تثني|تطالب|تذكر|تذكّر|تسلّم|تدرك|تعيد التأكيد|تقرر|تطلب|توافق|ترحب|تلاحظ|تؤكد|تهيب|تحث|تدعو|تشجع|تؤيد|تعتمد|تعرب|تسلم|تشدد|تكرر|تدين|تعلن|تعيد تأكيد)(?=[\s،]|$)",
        dated=r"المؤرخ\w*",
        word_openers="إ",                  # hamza under alef
        committees={"noMainCommittee": "دون الإحالة إلى لجنة رئيسية", "firstCommittee": "اللجنة الأولى", "secondCommittee": "اللجنة الثانية", "thirdCommittee": "اللجنة الثالثة", "fourthCommittee": "لجنة المسائل السياسية الخاصة وإنهاء الاستعمار", "fifthCommittee": "اللجنة الخامسة", "sixthCommittee": "اللجنة السادسة"},
    ),
    "zh": Language(
        code="zh",
        person=r"^[^\s，。；：、]{1,20}(?:先生|女士)\s*[（(]",
        months=[f"{n}月" for n in range(1, 13)],
        general_assembly=["大会"],
        security_council=["安全理事会", "安理会"],
        formula=r"^\W*(大会|安全理事会)\W*[,،，]\W*$",
        distribution=r"^Distr\.?\s*:?\s*\w+",
        agenda=r"^议程项目.*",
        adopted=r".*大会决议$|^.*通过的决议$",
        meeting=r"^\W*第?\s*(?P<n>\d+)\s*次全体会议",
        ordinals_units={"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9},
        ordinals_tens={"十": 10},
        lead_before=ZH_LEAD_BEFORE,
        lead_after=[],
        lead_dangling=[],
        lead_words=ZH_LEAD_WORDS,
        lead_and=["并"],
        annex=r"^附件[一二三四五六七八九十]*(?![^\s　])",     # "附件", "附件二"; not a wrapped line "附件中的规定；"
        heading_numbers=list("一二三四五六七八九十"),
        spaced=False,
        lead_start=r"^(?:又|还|再次)?(?:重申|回顾|铭记|注意到|确认|认识到|强调|欢迎|深信|意识到|考虑到|关切|深为|申明|审议了|念及|着重指出)",
        line_start=_unspaced_lead_start(ZH_LEAD_BEFORE, ZH_LEAD_WORDS, joining=["并", "也"]),
        no_committee=r"未经?发交|未交主要委员会",
        ecosoc=r"经济及社会理事会",
        hrc=r"人权理事会",
        resolution=r"决议",
        takes_number="第至到和及或与约共近逾达过多前后将用目点标年月日而复为",
        title_close="》」』",
        committees={"noMainCommittee": "未经发交主要委员会而通过", "firstCommittee": "第一委员会", "secondCommittee": "第二委员会", "thirdCommittee": "第三委员会", "fourthCommittee": "特别政治和非殖民化委员会", "fifthCommittee": "第五委员会", "sixthCommittee": "第六委员会"},
    ),
}

# Words that recognise a language from its running text (most frequent function words).
SIGNATURE_WORDS = {
    "en": {"the", "of", "and", "to", "in", "its", "that", "with"},
    "fr": {"le", "la", "les", "des", "et", "du", "de", "à", "sur", "dans"},
    "es": {"el", "la", "los", "las", "de", "y", "del", "en", "que", "su"},
}

"""`kg ask`: an English question -> a fixed SPARQL template with bound values -> answers with their evidence.

Rule-based and offline. The question is tokenised, entity names are found in it against the labels and aliases of
the graph (longest n-gram first, then small typos), the kind of question is read from cue words (the lexicons just
below), and the kind's SPARQL template is run with the entity's IRI passed through pyoxigraph `substitutions`: text
from the question never enters a query. Every answer carries the evidence sentence and document of the assertions
behind it. A question the documents do not answer gets no answers and a message saying why, never a guess.

    >>> result = ask(store, "Which models did DeepSeek release?")
    >>> result["answers"][0]["label"], result["answers"][0]["sources"][0]["evidence"]
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import store as kgstore
from kg import vocab

__all__ = ["answer_labels", "ask", "format_answer", "label_index", "relation_template", "sparql_iri"]

# =========================================================================================================
# Lexicons (data). Cue phrases are lists of words; verbs are inflected automatically (see _verb_forms).
#
# Sides: a fact is `S --relation--> O`. A cue reads as "A <cue> B" in a plain sentence ("A released B",
# "A is a unit of B"); `a_side` says which side of the fact A is. "Which company released X?" has X after the
# cue, so X is B; "What did X release?" has X before it, so X is A; "Which models were made by X?" makes X the
# agent, A. The entity's type corrects the side where the syntax is unclear (a Person is the subject of
# affiliatedWith whatever the word order).
# =========================================================================================================

SUBJ, OBJ = "S", "O"

# (verb or phrase forms, ((relation, a_side), ...), weak). Weak cues count only when no strong cue is present.
VERB_CUES: list[tuple[tuple[str, ...], tuple[tuple[str, str], ...], bool]] = [
    (("develop", "make", "build", "create", "train", "design", "produce", "open-source", "open source", "opensource",
      "open sourced", "open sources", "open sourcing",
      "ship", "debut", "bring out", "come up with", "invent", "code"), (("developer", OBJ),), False),
    (("release", "launch", "put out", "unveil", "introduce", "roll out", "announce", "publish", "offer", "present",
      "rolled out", "unveil"), (("developer", OBJ), ("issuedBy", OBJ)), False),
    (("issue", "propose", "sign", "enact", "pass", "promulgate", "draft", "approve", "formulate", "endorse", "ratify",
      "lay out", "set out", "decree", "write"), (("issuedBy", OBJ),), False),
    (("adopt",), (("issuedBy", OBJ), ("integratedInto", OBJ)), False),
    (("invest", "back", "fund", "finance", "bankroll", "put money into", "put money in", "pour money into", "pump money into",
      "inject", "take a stake in", "buy a stake in"), (("investedIn", SUBJ),), False),
    (("acquire", "own", "buy", "take over", "absorb", "control", "spin off"), (("subsidiaryOf", OBJ),), False),
    (("belong to",), (("subsidiaryOf", SUBJ), ("affiliatedWith", SUBJ)), False),
    (("leverage", "rely on"), (("basedOn", SUBJ),), False),
    (("use",), (("basedOn", SUBJ), ("integratedInto", OBJ)), True),
    (("underpin",), (("basedOn", OBJ),), False),
    (("power",), (("integratedInto", SUBJ),), False),
    (("integrate", "embed", "deploy", "incorporate", "equip"), (("integratedInto", OBJ),), False),
    (("feature",), (("integratedInto", OBJ), ("involves", SUBJ)), False),
    (("work", "head", "lead", "run", "chair", "direct", "manage", "serve", "represent", "join", "work for",
      "work at", "work in"), (("affiliatedWith", SUBJ),), False),
    (("employ", "hire", "appoint"), (("affiliatedWith", OBJ),), False),
    (("partner", "cooperate", "collaborate", "team up", "ally", "work with", "help", "support"),
     (("partnerOf", SUBJ),), False),
    (("target", "restrict", "sanction", "regulate", "curb", "ban", "limit", "aim at", "apply to", "hit",
      "cover", "affect"), (("targets", SUBJ),), False),
    (("involve", "concern", "include"), (("involves", SUBJ),), False),
    (("take part in", "participate in", "attend", "compete in", "host", "speak at", "hold"), (("involves", OBJ),), False),
]

# "A is <phrase> B" (copular and noun phrases; not inflected). The B of "<noun> of B" is also "B's <noun>".
PHRASE_CUES: list[tuple[tuple[str, ...], tuple[tuple[str, str], ...], bool]] = [
    (("behind", "developer of", "developers of", "maker of", "makers of", "creator of", "creators of",
      "company behind", "responsible for", "author of", "authors of"), (("developer", OBJ), ("issuedBy", OBJ)), False),
    (("from",), (("developer", SUBJ),), True),
    # ("What company is Gai Kun with?": a person's organisation; a firm's partners)
    (("with",), (("affiliatedWith", SUBJ), ("partnerOf", SUBJ)), True),
    (("issuer of", "signatory to", "signatories to", "signatory of", "signatories of", "party to", "parties to",
      "signer of", "signers of"), (("issuedBy", OBJ),), False),
    (("investor in", "investors in", "investor of", "investors of", "backer of", "backers of", "shareholder in",
      "shareholders in", "shareholder of", "shareholders of", "stake in", "stakes in", "invested in"),
     (("investedIn", SUBJ),), False),
    (("unit of", "units of", "subsidiary of", "subsidiaries of", "division of", "divisions of", "arm of",
      "branch of", "affiliate of", "owned by", "under", "subsidiary", "subsidiaries", "units"),
     (("subsidiaryOf", SUBJ),), False),
    (("part of",), (("subsidiaryOf", SUBJ), ("integratedInto", SUBJ)), True),
    (("parent of", "parent company of", "parent organisation of", "parent organization of", "owner of",
      "owners of", "parent", "parent company", "owner", "acquirer of"), (("subsidiaryOf", OBJ),), False),
    (("based on", "built on", "built upon", "build on", "builds on", "building on", "derived from",
      "derives from", "fine-tuned from", "fine-tuned on", "version of", "variant of", "trained on"),
     (("basedOn", SUBJ),), False),
    (("base model of", "base model for", "foundation of", "foundation for", "underlying model of",
      "basis of", "basis for", "underlying", "foundation model of", "foundation model for"), (("basedOn", OBJ),), False),
    (("powered by", "driven by"), (("integratedInto", OBJ), ("basedOn", SUBJ)), False),
    (("integrated into", "integrated in", "integrated with", "embedded in", "embedded into", "built into",
      "incorporated into", "default model of", "default model for", "default model in",
      "deployed in", "deployed on", "used in", "used by", "inside"), (("integratedInto", SUBJ),), False),
    # ("Which companies were added to the Entity List?": a list's targets; "What was added to Weixin?": an integration)
    (("added to", "put on", "placed on", "listed on", "named on"), (("integratedInto", SUBJ), ("targets", OBJ)), False),
    (("equipped with",), (("integratedInto", OBJ),), False),
    (("affiliated with", "head of", "heads of", "director of", "chief of", "leader of", "ceo of", "chairman of",
      "chair of", "president of", "minister of", "vice minister of", "member of", "members of", "official at",
      "official of", "officials of", "officials at", "spokesperson for", "spokesman for", "employee of",
      "employees of", "staff of", "general manager of", "founder of", "founders of", "founded", "co-founded",
      "cofounded", "works for", "working for", "role at",
      "role in", "position at", "employer of"), (("affiliatedWith", SUBJ),), False),
    (("role of", "job of", "position of", "title of"), (("affiliatedWith", OBJ),), False),
    (("partner of", "partners of", "partner with", "partnered with", "partnership with", "allied with",
      "ally of", "partners"), (("partnerOf", SUBJ),), False),
    (("aimed at", "directed at", "targeted at", "against", "restrictions on", "targets"), (("targets", SUBJ),), False),
    (("participant in", "participants in", "participants of", "attendees of", "host of", "hosts of",
      "took part in", "participated in"), (("involves", OBJ),), False),
]

# "X's <noun>": the relation and the side X is on ("Alibaba's subsidiaries" -> ?s subsidiaryOf Alibaba).
POSSESSIVE_NOUNS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("subsidiaries", "subsidiary", "units", "unit", "divisions", "division", "arms", "arm"),
                    ("subsidiaryOf", OBJ)),
    **dict.fromkeys(("parent", "parent company", "owner", "owners"), ("subsidiaryOf", SUBJ)),
    **dict.fromkeys(("investors", "investor", "backers", "backer", "shareholders"), ("investedIn", OBJ)),
    **dict.fromkeys(("investments", "investment", "portfolio", "stakes"), ("investedIn", SUBJ)),
    **dict.fromkeys(("developer", "developers", "maker", "makers", "creator", "creators"), ("developer", SUBJ)),
    **dict.fromkeys(("models", "model", "products", "product", "apps", "app", "chatbots", "chatbot", "llms", "llm",
                     "releases", "ai models", "ai model", "chips", "tools", "platforms"), ("developer", OBJ)),
    **dict.fromkeys(("policies", "rules", "regulations", "guidelines", "laws", "plans", "initiatives"),
                    ("issuedBy", OBJ)),
    **dict.fromkeys(("issuer", "issuers", "signatories", "signers", "authors"), ("issuedBy", SUBJ)),
    **dict.fromkeys(("head", "director", "ceo", "chief", "leader", "chairman", "president", "officials",
                     "employees", "staff", "minister", "executives"), ("affiliatedWith", OBJ)),
    **dict.fromkeys(("employer", "role", "job", "position", "organisation", "organization", "affiliation"),
                    ("affiliatedWith", SUBJ)),
    **dict.fromkeys(("partners", "partner", "allies"), ("partnerOf", SUBJ)),
    **dict.fromkeys(("base model", "foundation model", "underlying model", "basis"), ("basedOn", SUBJ)),
    **dict.fromkeys(("default model", "integrations"), ("integratedInto", OBJ)),
    **dict.fromkeys(("targets",), ("targets", SUBJ)),
    **dict.fromkeys(("participants", "attendees"), ("involves", SUBJ)),
}

# A relation asked of a mention preceded by this preposition puts the mention on this side
# ("Which model did Baidu leverage for X?" -> X basedOn ?answer).
PREPOSITION_SIDES = {("basedOn", "for"): SUBJ}

DATE_CUES = ("when", "what date", "which date", "what year", "which year", "what month", "which month",
             "release date", "launch date", "date of", "dated", "how long ago", "since when", "what day")
ABOUT_CUES = ("tell me about", "tell me everything about", "what do you know about", "what do the documents say about",
              "what does the corpus say about", "what do the documents say on", "describe", "summarize", "summarise",
              "facts about", "information on", "information about", "everything about", "overview of", "know about",
              "details on", "details about", "more about")
LIST_CUES = ("mentioned", "list", "named", "appear", "in the documents", "in these documents", "in the corpus",
             "are there", "show all", "all the", "exist", "covered", "name all", "cited")

# Class nouns: phrase -> (class to list, classes an answer must have when the noun heads a question or None).
_MODEL = ("AIModel", ("AIModel",))
_PRODUCT = ("Product", ("Product", "AIModel"))
_HARDWARE = ("Product", ("Product",))
_COMPANY = ("Company", ("Company", "ResearchInstitution"))
_AGENCY = ("GovernmentAgency", ("GovernmentAgency", "Organization", "Company", "ResearchInstitution"))
_PERSON = ("Person", ("Person",))
_POLICY = ("Policy", ("Policy",))
_EVENT = ("Event", ("Event",))
_COUNTRY = ("Country", ("Place", "GovernmentAgency"))
CLASS_NOUNS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    **dict.fromkeys(("model", "models", "ai model", "ai models", "llm", "llms", "large language model",
                     "large language models", "language model", "language models", "foundation model",
                     "foundation models", "ai system", "ai systems", "generative ai models"), _MODEL),
    **dict.fromkeys(("product", "products", "app", "apps", "application", "applications", "chatbot", "chatbots",
                     "platform", "platforms", "framework", "frameworks", "tool", "tools", "assistant", "assistants",
                     "service", "services", "software"), _PRODUCT),
    # (hardware is never a model: "Which chips was X trained on?")
    **dict.fromkeys(("car model", "car models", "car", "cars", "vehicle", "vehicles", "chip", "chips", "device",
                     "devices", "phone", "phones", "smartphone", "smartphones", "processor", "processors",
                     "accelerator", "accelerators", "gpu", "gpus", "robot", "robots", "server", "servers"), _HARDWARE),
    **dict.fromkeys(("company", "companies", "firm", "firms", "startup", "startups", "business", "businesses",
                     "tech giant", "tech giants", "corporation", "corporations", "tech company", "tech companies",
                     "tech firms", "tech firm"), _COMPANY),
    **dict.fromkeys(("organization", "organizations", "organisation", "organisations"), ("Organization", None)),
    **dict.fromkeys(("research institution", "research institutions", "university", "universities", "institute",
                     "institutes", "academy", "academies", "lab", "labs", "laboratory", "laboratories",
                     "research institute", "research institutes"), ("ResearchInstitution", None)),
    **dict.fromkeys(("government agency", "government agencies", "agency", "agencies", "ministry", "ministries",
                     "regulator", "regulators", "government body", "government bodies", "authority", "authorities",
                     "department", "departments", "body", "bodies", "government", "governments"), _AGENCY),
    **dict.fromkeys(("people", "person", "persons", "individual", "individuals", "official", "officials",
                     "executive", "executives"), _PERSON),
    **dict.fromkeys(("policy", "policies", "regulation", "regulations", "rule", "rules", "law", "laws", "plan",
                     "plans", "initiative", "initiatives", "guideline", "guidelines", "measure", "measures",
                     "strategy", "strategies", "agreement", "agreements", "deal", "deals", "export controls"), _POLICY),
    **dict.fromkeys(("event", "events", "summit", "summits", "conference", "conferences", "expo", "expos",
                     "competition", "competitions"), _EVENT),
    **dict.fromkeys(("country", "countries", "nation", "nations", "state", "states"), _COUNTRY),
    **dict.fromkeys(("city", "cities"), ("City", ("Place",))),
    **dict.fromkeys(("place", "places", "region", "regions", "location", "locations"), ("Place", ("Place",))),
}
CLASS_NOUN_WORDS = frozenset(w for noun in CLASS_NOUNS for w in noun.split())
# Products whose name says they are chatbots or language models count as models when a question asks for models.
PRODUCT_AS_MODEL = r"chat|\\bbot\\b|gpt|llm"
CLASS_PHRASES = {
    "AIModel": "AI models", "Product": "products", "Person": "people", "Policy": "policies", "Event": "events",
    "Place": "places", "Company": "companies", "GovernmentAgency": "government agencies",
    "Organization": "organisations", "ResearchInstitution": "research institutions", "Country": "countries",
    "City": "cities",
}

WH_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how"}
BE_WORDS = {"is", "are", "was", "were", "be", "been", "being"}
STOPWORDS = WH_WORDS | BE_WORDS | {
    "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "shall",
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "about", "as", "and", "or",
    "its", "their", "his", "her", "it", "they", "them", "this", "that", "these", "those", "any", "all", "some",
    "me", "us", "we", "i", "you", "tell", "list", "show", "name", "give", "please", "there", "mentioned",
    "documents", "document", "corpus", "sources", "source", "text", "texts", "say", "says", "said", "according",
    "other", "also", "ever", "yet", "so", "far", "then", "than", "own", "new", "latest", "recent", "main", "major",
    "chinese", "china's", "s", "'s", "not", "no", "out", "up", "over", "under", "after", "before", "since",
    "mention", "mentions", "known", "many", "much", "each", "every", "one", "ones", "thing", "things", "anything",
    "something", "happen", "happened", "take", "took", "place", "held", "come", "came", "go", "get", "got",
    "together", "jointly",
}
# Words that are never an entity on their own, even written in capitals ("AI models").
GENERIC_NAMES = {"ai", "llm", "llms", "genai", "agi", "ml", "gpu", "gpus", "api", "ceo", "it", "the", "a", "an"}

# Irregular verb forms (everything else is inflected by rule).
IRREGULAR = {
    "make": ("made",), "build": ("built",), "put": ("put", "putting"), "bring": ("brought",), "come": ("came",),
    "lead": ("led",), "buy": ("bought",), "take": ("took", "taken"), "run": ("ran", "running"), "hold": ("held",),
    "write": ("wrote", "written"), "set": ("set", "setting"), "spin": ("spun", "spinning"), "lay": ("laid",),
    "draw": ("drew", "drawn"), "ship": ("shipped", "shipping"), "plan": ("planned", "planning"),
    "hit": ("hit", "hitting"), "begin": ("began", "begun", "beginning"),
}


# =========================================================================================================
# Text normalisation and tokens
# =========================================================================================================

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u201c": '"',
                         "\u201d": '"', "\u00a0": " "})
_EDGE_PUNCT = "\"'()[]{}<>,;:!?.\u3002\uff1f\uff01"


_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")


def _norm(text: str) -> str:
    """Comparison key: NFKC, case-folded, every non-alphanumeric character removed."""
    if text.isascii():  # the same result, four times faster
        return _NOT_ASCII_ALNUM.sub("", text.lower())
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold())


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)", "", text.translate(_QUOTES))


def _label_keys(label: str) -> set[str]:
    """The keys a name is found under: normalised, without possessives ("China's X"), without a leading "the"."""
    keys = {_norm(label)}
    if "'" in label or "\u2019" in label:
        keys.add(_norm(_strip_possessive(label)))
    if label[:4].casefold() == "the ":
        keys |= {_norm(k) for k in (label[4:], _strip_possessive(label[4:]))}
    keys.discard("")
    return keys


@dataclass
class Token:
    text: str  # as written, outer punctuation removed
    key: str  # _norm of the word without a possessive
    word: str  # lower-case word for cue matching
    possessive: bool
    start: int
    end: int


def _tokenise(question: str) -> list[Token]:
    out = []
    for m in re.finditer(r"\S+", question):
        raw = m.group()
        text = raw.strip(_EDGE_PUNCT)
        if not text:
            out.append(Token(raw, "", "", False, m.start(), m.end()))
            continue
        lead = raw.index(text[0])
        poss = False
        word = text
        low = text.casefold()
        if low.endswith("'s") and len(text) > 2:
            word, poss = text[:-2], True
        elif low.endswith("s'") and len(text) > 2:
            word, poss = text[:-1], True
        out.append(Token(word, _norm(word), word.casefold(), poss, m.start() + lead, m.start() + lead + len(text)))
    return out


# =========================================================================================================
# The label index: one query per store, cached while the store's documents stay the same
# =========================================================================================================

# Entities are the res: nodes; the prefix is checked in Python, which is faster than a FILTER on large stores.
_INDEX_QUERY = "SELECT ?e ?label ?alt WHERE { { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?alt } }"
_RDF_TYPE = ox.NamedNode(vocab.RDF + "type")


@dataclass
class LabelIndex:
    store: ox.Store
    keys: dict[str, list[str]] = field(default_factory=dict)  # normalised name -> IRIs
    labels: dict[str, str] = field(default_factory=dict)  # IRI -> preferred label
    names: dict[str, list[str]] = field(default_factory=dict)  # IRI -> label and aliases
    _types: dict[str, set[str]] = field(default_factory=dict)

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or iri.rsplit("/", 1)[-1].replace("_", " ")

    def types(self, iris: list[str] | str) -> set[str]:
        """Local names of the cakg: classes of these entities (read when first asked for)."""
        out: set[str] = set()
        for iri in [iris] if isinstance(iris, str) else iris:
            if iri not in self._types:
                quads = self.store.quads_for_pattern(ox.NamedNode(iri), _RDF_TYPE, None, None)
                self._types[iri] = {q.object.value[len(vocab.CAKG) :] for q in quads
                                    if q.object.value.startswith(vocab.CAKG)}
            out |= self._types[iri]
        return out

    def has_instances(self, cls: str) -> bool:
        return next(self.store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(vocab.CAKG + cls), None), None) is not None


_CACHE: dict[int, tuple[ox.Store, frozenset, LabelIndex]] = {}


def _fingerprint(store: ox.Store) -> frozenset:
    # Document graphs are named by content hash, so any added, removed or changed document changes this set.
    return frozenset(g.value for g in store.named_graphs())


def label_index(store: ox.Store) -> LabelIndex:
    """Names and aliases of every entity, from one SPARQL query (cached per store object)."""
    fp = _fingerprint(store)
    hit = _CACHE.get(id(store))
    if hit is not None and hit[0] is store and hit[1] == fp:
        return hit[2]
    idx = LabelIndex(store)
    keys, labels = idx.keys, idx.labels
    for e, label, alt in kgstore.query(store, _INDEX_QUERY):
        iri = e.value
        if not iri.startswith(vocab.RES):
            continue
        name = (label if label is not None else alt).value
        if label is not None and (iri not in labels or name < labels[iri]):
            labels[iri] = name
        idx.names.setdefault(iri, []).append(name)
        for k in _label_keys(name):
            bucket = keys.get(k)
            if bucket is None:
                keys[k] = [iri]
            elif iri not in bucket:
                bucket.append(iri)
    if len(_CACHE) >= 4:
        _CACHE.clear()
    _CACHE[id(store)] = (store, fp, idx)
    return idx


# =========================================================================================================
# Finding entity names in the question
# =========================================================================================================


@dataclass
class Mention:
    start: int  # token span [start, end)
    end: int
    iris: list[str]
    text: str
    possessive: bool
    fuzzy: bool = False


def _lexicon_words() -> set[str]:
    words = set(STOPWORDS)
    for forms, _, _ in VERB_CUES:
        for f in forms:
            for v in _verb_forms(f):
                words.update(v.split())
    for forms, _, _ in PHRASE_CUES:
        for f in forms:
            words.update(f.split())
    for phrase in (*CLASS_NOUNS, *POSSESSIVE_NOUNS, *DATE_CUES, *ABOUT_CUES, *LIST_CUES):
        words.update(phrase.split())
    return words


def _verb_forms(phrase: str) -> list[str]:
    """'put out' -> ['put out', 'puts out', 'putting out', ...]; 'open-source' -> '...-sourced' etc."""
    head, _, rest = phrase.partition(" ")
    tail = " " + rest if rest else ""
    forms = {head}
    if head.endswith(("s", "sh", "ch", "x", "o")):
        forms.add(head + "es")
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied"}
    else:
        forms.add(head + "s")
    if head.endswith("e"):
        forms |= {head + "d", head[:-1] + "ing"}
    elif not head.endswith("y") or head[-2:-1] in "aeiou":
        forms |= {head + "ed", head + "ing"}
    else:
        forms.add(head + "ing")
    forms.update(IRREGULAR.get(head, ()))
    return [f + tail for f in sorted(forms)]


_PARTICIPLE = re.compile(r"(ed|en|ilt|ade|ut|ought|eld|ed out|ed up)$")


def _is_participle(word: str) -> bool:
    return bool(_PARTICIPLE.search(word)) or word in {"made", "built", "put", "brought", "led", "run", "held", "set",
                                                       "taken", "written", "drawn", "spun", "laid", "bought", "hit"}


_LEXICON: set[str] | None = None


def _lexicon() -> set[str]:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = _lexicon_words()
    return _LEXICON


def _blocked_single(tok: Token, position: int) -> bool:
    """A lone word that must not be read as a name ("Who", "us", "AI") unless written as an acronym."""
    if tok.key in GENERIC_NAMES:
        return True
    if tok.key in _lexicon() or tok.word in _lexicon():
        acronym = tok.text.isupper() and len(tok.key) >= 2 and position > 0
        return not acronym
    return False


_DIGITS = re.compile(r"\d+")


def find_mentions(tokens: list[Token], idx: LabelIndex, max_len: int = 12) -> list[Mention]:
    """Entity names in the question: longest exact n-grams first, then close misspellings of the rest."""
    spans = []
    n = len(tokens)
    for i in range(n):
        if not tokens[i].key:
            continue
        key = ""
        for j in range(i, min(n, i + max_len)):
            key += tokens[j].key
            if not tokens[j].key:
                continue
            if j == i and _blocked_single(tokens[i], i):
                continue
            if tokens[i].word == "the" and j == i:
                continue
            iris = idx.keys.get(key)
            if iris:
                spans.append((len(key), j + 1 - i, i, j + 1, iris, False))
    chosen = _greedy(spans, n)
    covered = {k for m in chosen for k in range(m[2], m[3])}
    # Misspellings ("Alibab", "Tongyi Qianwin"): runs of up to five content words, which may take in whole exact
    # matches, compared with every name (difflib ratio >= 0.85). Names with numbers must match exactly
    # (DeepSeek V5 is not a typo of DeepSeek V4, nor GPT-4o of GPT-4).
    lex = _lexicon()
    keys = list(idx.keys)
    fuzzy = []
    for i in range(n):
        key = ""
        for j in range(i, min(n, i + 5)):
            t = tokens[j]
            if not t.key or (j not in covered and (t.word in lex or t.key in GENERIC_NAMES)):
                break
            key += t.key
            rng = set(range(i, j + 1))
            if len(key) < 4 or _DIGITS.search(key) or rng <= covered:
                continue
            if any(rng & set(range(c[2], c[3])) and not set(range(c[2], c[3])) <= rng for c in chosen):
                continue
            for cand in difflib.get_close_matches(key, keys, n=1, cutoff=0.85):
                ratio = difflib.SequenceMatcher(None, key, cand).ratio()
                fuzzy.append((j + 1 - i, ratio, i, j + 1, idx.keys[cand], True))
    taken: set[int] = set()
    for f in sorted(fuzzy, key=lambda f: (-f[0], -f[1], f[2])):
        rng = set(range(f[2], f[3]))
        if rng & taken or any(rng & set(range(c[2], c[3])) and not set(range(c[2], c[3])) <= rng for c in chosen):
            continue
        chosen = [c for c in chosen if not set(range(c[2], c[3])) <= rng] + [f]
        taken |= rng
    chosen.sort(key=lambda s: s[2])
    described = _described_policy(tokens, idx, {k for c in chosen for k in range(c[2], c[3])})
    if described is not None:
        chosen = sorted([*chosen, described], key=lambda s: s[2])
    out = []
    for _, _, i, j, iris, is_fuzzy in chosen:
        text = " ".join(t.text for t in tokens[i:j])
        out.append(Mention(i, j, list(iris), text, tokens[j - 1].possessive, is_fuzzy))
    return out


_POLICY_HEADS = {"measures", "rules", "regulations", "regulation", "law", "plan", "guidelines", "provisions", "opinions",
                 "initiative", "strategy", "policy", "policies", "standard", "notice", "programme", "program", "framework"}
_DESCRIPTION_STOP = {"the", "a", "an", "of", "for", "on", "in", "and", "to", "its", "by", "who", "which", "what", "when",
                     "did", "does", "do", "was", "were", "is", "are", "issued", "issue", "released", "published", "adopted",
                     "jointly", "proposed", "announced", "has", "have", "been", "that", "with", "promoting", "about"}


def _content_words(text: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z0-9]+", _strip_possessive(text).casefold().replace("artificial intelligence", "ai"))}
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words} - _DESCRIPTION_STOP


def _described_policy(tokens: list[Token], idx: LabelIndex, covered: set[int]):
    """A policy the question describes instead of naming ("Guangdong's policy measures for the AI and robotics
    industries"): the one policy name that holds the description's head noun and most of its other words."""
    heads = [k for k, t in enumerate(tokens) if t.word in _POLICY_HEADS and k not in covered]
    if not heads:
        return None
    span = [k for k, t in enumerate(tokens) if k not in covered and t.key and _content_words(t.text)]
    want = {k: _content_words(tokens[k].text) for k in span}
    q = set().union(*want.values()) if want else set()
    if len(q) < 3:
        return None
    best, second = (0.0, None), 0.0
    for iri, names in idx.names.items():
        for name in names:
            low = name.casefold()
            if not any(h in low for h in _POLICY_HEADS):
                continue
            have = _content_words(name)
            hit = q & have
            head_hit = any(_content_words(tokens[h].text) <= have for h in heads)
            if len(hit) < 3 or not head_hit or not idx.types(iri) & {"Policy", "Regulation"}:
                continue
            score = len(hit) / len(q)
            if score > best[0]:
                best, second = (score, iri), max(second, best[0])
            elif score > second and iri != best[1]:
                second = score
    score, iri = best
    if iri is None or score < 0.6 or second >= score:
        return None
    used = [k for k in span if want[k] & _content_words(" ".join(idx.names[iri]))]
    i, j = min(used), max(used) + 1
    return (j - i, score, i, j, [iri], True)


def _greedy(spans: list, n: int, taken: set[int] | None = None) -> list:
    taken = set(taken or ())
    out = []
    for s in sorted(spans, key=lambda s: (-s[0], -s[1], s[2])):
        rng = set(range(s[2], s[3]))
        if rng & taken:
            continue
        taken |= rng
        out.append(s)
    return out


# =========================================================================================================
# Reading the question: skeleton, cues, kind
# =========================================================================================================


@dataclass
class Item:
    word: str  # lower-case word, "'s", or "" for a mention
    mention: int | None = None


def _skeleton(tokens: list[Token], mentions: list[Mention]) -> tuple[list[Item], list[int]]:
    """The question as words with each mention replaced by one placeholder item; returns items and the item
    position of each mention."""
    starts = {m.start: k for k, m in enumerate(mentions)}
    items: list[Item] = []
    pos = [0] * len(mentions)
    i = 0
    while i < len(tokens):
        if i in starts:
            k = starts[i]
            pos[k] = len(items)
            items.append(Item("", k))
            if mentions[k].possessive:
                items.append(Item("'s"))
            i = mentions[k].end
            continue
        t = tokens[i]
        if t.word:
            items.append(Item(t.word))
            if t.possessive:
                items.append(Item("'s"))
        i += 1
    return items, pos


@dataclass
class CueHit:
    start: int  # item positions [start, end)
    end: int
    rels: tuple[tuple[str, str], ...]
    weak: bool
    verb: bool
    participle: bool


_CUE_TABLE: dict[str, list[tuple[tuple[str, ...], tuple, bool, bool, bool]]] | None = None


def _cue_table() -> dict:
    global _CUE_TABLE
    if _CUE_TABLE is None:
        table: dict[str, list] = {}
        for forms, rels, weak in VERB_CUES:
            for f in forms:
                for v in _verb_forms(f):
                    words = tuple(v.split())
                    table.setdefault(words[0], []).append((words, rels, weak, True, _is_participle(words[0])))
        for forms, rels, weak in PHRASE_CUES:
            for f in forms:
                words = tuple(f.split())
                table.setdefault(words[0], []).append((words, rels, weak, False, False))
        for entries in table.values():
            entries.sort(key=lambda e: -len(e[0]))
        _CUE_TABLE = table
    return _CUE_TABLE


def _find_cues(items: list[Item]) -> list[CueHit]:
    table = _cue_table()
    hits = []
    i = 0
    while i < len(items):
        best = None
        for words, rels, weak, verb, part in table.get(items[i].word, ()) if items[i].mention is None else ():
            seg = items[i : i + len(words)]
            if len(seg) == len(words) and all(it.mention is None and it.word == w for it, w in zip(seg, words, strict=True)):
                best = CueHit(i, i + len(words), rels, weak, verb, part)
                break
        if best:
            hits.append(best)
            i = best.end
        else:
            i += 1
    return hits


def _has_phrase(items: list[Item], phrases) -> bool:
    words = [it.word if it.mention is None else "\0" for it in items]
    text = " " + " ".join(words) + " "
    return any(" " + p + " " in text for p in phrases)


def _class_noun(items: list[Item], head_only: bool) -> tuple[str, tuple[str, ...] | None] | None:
    """The class noun heading the question ("Which AI models ..."), or anywhere in it when head_only is False."""
    words = [it.word if it.mention is None else "\0" for it in items]
    if head_only:
        starts = [k + 1 for k, w in enumerate(words) if w in {"which", "what", "list", "name"}]
        if not starts:
            return None
        s = starts[0]
        if s < len(words) and words[s] in {"the", "all", "of"}:
            s += 1
        e = s
        stop = STOPWORDS - {"people"} | BE_WORDS
        while e < len(words) and words[e] != "\0" and words[e] not in stop and not _starts_cue(words, e):
            e += 1
        span = words[s:e]
    else:
        span = words
    best = None
    for i in range(len(span)):
        for j in range(i + 1, min(len(span), i + 4) + 1):
            phrase = " ".join(span[i:j])
            if phrase in CLASS_NOUNS and (best is None or (j, j - i) > (best[0], best[1])):
                best = (j, j - i, phrase)
    return CLASS_NOUNS[best[2]] if best else None


def _starts_cue(words: list[str], i: int) -> bool:
    for entry in _cue_table().get(words[i], ()):
        if entry[3] and tuple(words[i : i + len(entry[0])]) == entry[0]:
            return True
    return False


# =========================================================================================================
# Relations: what each side may be, and how to say that nothing was found
# =========================================================================================================

_ORG = {"Organization", "Company", "ResearchInstitution", "GovernmentAgency"}
_ARTEFACT = {"AIModel", "Product"}
_ANY: set[str] = set()  # no constraint
SIDE_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "developer": (_ARTEFACT, _ORG | {"Person"}),
    "issuedBy": ({"Policy"}, _ORG | {"Place", "Person"}),
    "investedIn": (_ORG | {"Person"}, _ORG),
    "subsidiaryOf": (_ORG, _ORG),
    "basedOn": (_ARTEFACT, _ARTEFACT),
    "integratedInto": (_ARTEFACT, _ARTEFACT | _ORG),
    "affiliatedWith": ({"Person"}, _ORG | {"Place", "AIModel", "Product"}),
    "partnerOf": (_ORG | {"Person"}, _ORG | {"Person"}),
    "targets": ({"Policy"}, _ANY),
    "involves": ({"Event"}, _ANY),
}
SYMMETRIC = {"partnerOf"}
# The side whose organisation also stands for its units (Alibaba's models include Alibaba Cloud's).
UNITS_SIDE = {"developer": OBJ, "issuedBy": OBJ, "investedIn": SUBJ, "subsidiaryOf": OBJ}

# (relation, side of the entity named in the question) -> what was looked for, for "The documents state no ...".
NOTHING_FOUND = {
    ("developer", SUBJ): "developer for {x}",
    ("developer", OBJ): "models or products developed or released by {x}",
    ("issuedBy", SUBJ): "issuer for {x}",
    ("issuedBy", OBJ): "policies issued, adopted or signed by {x}",
    ("investedIn", SUBJ): "investments by {x}",
    ("investedIn", OBJ): "investors in {x}",
    ("subsidiaryOf", SUBJ): "parent organisation for {x}",
    ("subsidiaryOf", OBJ): "subsidiaries or units of {x}",
    ("basedOn", SUBJ): "model or product that {x} is based on",
    ("basedOn", OBJ): "models or products based on {x}",
    ("integratedInto", SUBJ): "product or organisation that {x} is integrated into",
    ("integratedInto", OBJ): "models or products integrated into {x}",
    ("affiliatedWith", SUBJ): "affiliation for {x}",
    ("affiliatedWith", OBJ): "people affiliated with {x}",
    ("partnerOf", SUBJ): "partners of {x}",
    ("partnerOf", OBJ): "partners of {x}",
    ("targets", SUBJ): "targets of {x}",
    ("targets", OBJ): "policies targeting {x}",
    ("involves", SUBJ): "participants in {x}",
    ("involves", OBJ): "events involving {x}",
    ("date", SUBJ): "date for {x}",
    ("about", SUBJ): "facts about {x}",
}


def _other(side: str) -> str:
    return OBJ if side == SUBJ else SUBJ


def _fits(types: set[str], allowed: set[str]) -> bool:
    return not allowed or not types or bool(types & allowed)


# =========================================================================================================
# SPARQL templates. Only constants of this module go into the query text; the entity is ?x, bound by
# substitution. The "sparql" returned to the user is the same text with a VALUES line for ?x.
# =========================================================================================================

_PREFIXES = "".join(f"PREFIX {p}: <{vocab.PREFIXES[p]}>\n" for p in ("cakg", "res", "rdf", "rdfs", "prov", "dcterms", "schema"))
_VALUES_MARK = "  #VALUES\n"

_EVIDENCE = """  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
    OPTIONAL { ?a cakg:evidence ?evidence }
    OPTIONAL { ?a cakg:role ?role }
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc cakg:sourcePath ?path }
  }
"""
_SELECT = "SELECT DISTINCT ?x ?answer ?s ?p ?o ?evidence ?role ?doc ?title ?path"


def _relation_block(rel: str, side: str) -> str:
    """One fact pattern `?s cakg:rel ?o` with the question's entity (or one of its units) on `side`."""
    # ?x must appear in a triple pattern: a substituted variable is not in scope inside a leading BIND.
    units = UNITS_SIDE.get(rel) == side
    p = f"    VALUES ?p {{ cakg:{rel} }}\n"
    if side == SUBJ:
        if units:
            return p + "    ?s cakg:subsidiaryOf* ?x .\n    ?s ?p ?o .\n    BIND(?o AS ?answer)\n"
        return p + "    ?x ?p ?o .\n    BIND(?x AS ?s)\n    BIND(?o AS ?answer)\n"
    if units:
        return p + "    ?o cakg:subsidiaryOf* ?x .\n    ?s ?p ?o .\n    BIND(?s AS ?answer)\n"
    return p + "    ?s ?p ?x .\n    BIND(?x AS ?o)\n    BIND(?s AS ?answer)\n"


def relation_template(parts: list[tuple[str, str]], classes: tuple[str, ...] | None = None) -> str:
    """SELECT the answers of relations `parts` [(relation, side of ?x)], optionally only of `classes`."""
    blocks = "  UNION\n".join("  {\n" + _relation_block(rel, side) + "  }\n" for rel, side in parts)
    q = _PREFIXES + _SELECT + " WHERE {\n" + _VALUES_MARK + blocks
    q += "  FILTER(isIRI(?answer) && ?answer != ?x)\n"
    if classes:
        q += "  FILTER EXISTS {\n    { VALUES ?class { " + " ".join(f"cakg:{c}" for c in classes) + " } ?answer a ?class }\n"
        if "AIModel" in classes and "Product" not in classes:
            # a chatbot typed as a Product is still a model ("Which models did OpenAI make?" -> ChatGPT)
            q += ("    UNION { ?answer a cakg:Product ; rdfs:label ?name . FILTER(REGEX(STR(?name), "
                  f'"{PRODUCT_AS_MODEL}", "i")) }}\n')
        q += "  }\n"
    return q + _EVIDENCE + "}\n"


DATE_TEMPLATE = (
    _PREFIXES + _SELECT + " WHERE {\n" + _VALUES_MARK + "  VALUES ?p { cakg:releaseDate cakg:date }\n"
    "  ?x ?p ?answer .\n  BIND(?x AS ?s)\n  BIND(?answer AS ?o)\n" + _EVIDENCE + "}\n"
)

ABOUT_TEMPLATE = (
    _PREFIXES + _SELECT + " ?dir WHERE {\n" + _VALUES_MARK
    + "  VALUES ?p { " + " ".join(f"cakg:{p}" for p in (*vocab.RELATIONS, *vocab.DATE_PROPERTIES)) + " }\n"
    "  { ?x ?p ?answer . BIND(?x AS ?s) BIND(?answer AS ?o) BIND(\"out\" AS ?dir) }\n"
    "  UNION\n"
    "  { ?answer ?p ?x . BIND(?answer AS ?s) BIND(?x AS ?o) BIND(\"in\" AS ?dir) }\n" + _EVIDENCE + "}\n"
)

LIST_TEMPLATE = (
    _PREFIXES + "SELECT DISTINCT ?class ?answer ?doc ?title ?path ?evidence WHERE {\n" + _VALUES_MARK
    + "  ?answer a ?class .\n  FILTER(STRSTARTS(STR(?answer), STR(res:)))\n"
    "  OPTIONAL {\n    ?doc schema:mentions ?answer .\n"
    "    OPTIONAL { ?doc dcterms:title ?title }\n    OPTIONAL { ?doc cakg:sourcePath ?path }\n"
    "    OPTIONAL {\n      ?a prov:wasDerivedFrom ?doc ; cakg:evidence ?evidence .\n"
    "      { ?a rdf:subject ?answer } UNION { ?a rdf:object ?answer }\n    }\n  }\n}\n"
)


_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def sparql_iri(iri: str) -> str:
    """An IRI as a SPARQL IRIREF, characters not allowed there written as \\u escapes."""
    return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04X}", iri) + ">"


def _display(template: str, var: str, values: list[ox.NamedNode]) -> str:
    if not values:
        return template.replace(_VALUES_MARK, "")
    line = f"  VALUES ?{var} {{ " + " ".join(sparql_iri(v.value) for v in values) + " }\n"
    return template.replace(_VALUES_MARK, line)


def _run(store: ox.Store, template: str, var: str, value: ox.NamedNode) -> list[dict]:
    q = template.replace(_VALUES_MARK, "")
    sols = kgstore.query(store, q, {ox.Variable(var): value})
    names = [v.value for v in sols.variables]
    return [{n: sol[n] for n in names} for sol in sols]


# =========================================================================================================
# Answers
# =========================================================================================================


def _source(row: dict) -> dict | None:
    doc = row.get("doc")
    if doc is None:
        return None
    path, title, ev = row.get("path"), row.get("title"), row.get("evidence")
    src = {"document": path.value if path is not None else doc.value, "evidence": ev.value if ev is not None else ""}
    if title is not None:
        src["title"] = title.value
    src["graph"] = doc.value
    return src


def _written_name(answer: dict, idx: LabelIndex) -> str:
    """The answer's name as its evidence writes it: the preferred label when the evidence uses it, else the
    longest alias it uses ("Midea" where the registry says "Midea Group"), else the preferred label. Questions are
    asked about documents, and their readers (and gold answers) know things by the documents' names."""
    label = idx.label(answer["iri"])
    evidence = " ".join(s["evidence"] for s in answer["sources"])
    if not evidence:
        return _document_name(answer, idx) or label
    # (no written form with a possessor in it: "DeepSeek's R1" is DeepSeek-R1 as a sentence puts it, not a name)
    # (nor one with its abbreviation in brackets after it: "Cyberspace Administration of China (CAC)")
    used = [n for n in idx.names.get(answer["iri"], ()) if not _GENERIC_TAIL.search(n) and "'s " not in n and "\u2019s " not in n
            and not _BRACKETED_ABBREVIATION.search(n) and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", evidence)]
    if not used:
        return label
    # ("Chery Automobile" where the registry says "Chery": the fuller name the evidence writes, which holds the label)
    # (not "the White House" or "President Donald Trump": an article or a title is no part of the name)
    fuller = [n for n in used if not _TITLE_OR_ARTICLE.match(n)]
    longest = max(fuller or used, key=len)
    if label in used and not (len(longest) > len(label) and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", longest)):
        return label
    return longest


_BRACKETED_ABBREVIATION = re.compile(r"\s\([A-Z][A-Za-z&.]{1,9}\)$")
_TITLE_OR_ARTICLE = re.compile(r"(?:the|The|a|an|President|Premier|Vice|Prime|Minister|Chairman|Chairwoman|Secretary|Senator|Governor|"
                               r"Mayor|CEO|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Professor|Prof\.|Chinese|China's|US|U\.S\.)\s")


def _document_name(answer: dict, idx: LabelIndex) -> str | None:
    """For an answer without evidence sentences (a listing): the name its documents write, when none of them
    writes its preferred label (a document graph then holds the names it used, see kg.graph.body_quads)."""
    graphs = {s["graph"] for s in answer["sources"] if s.get("graph")}
    if not graphs:
        return None
    e = ox.NamedNode(answer["iri"])
    written: dict[str, list[str]] = {}
    for g in graphs:
        node = ox.NamedNode(g)
        if next(iter(idx.store.quads_for_pattern(e, _LABEL, None, node)), None) is not None:
            return None  # the document introduced it under its preferred label
        written[g] = [q.object.value for q in idx.store.quads_for_pattern(e, _ALT, None, node)]
    if not all(written.values()):
        return None  # some document writes the preferred label
    names = [n for ns in written.values() for n in ns if not _GENERIC_TAIL.search(n)]
    return max(names, key=len) if names else None


_LABEL = ox.NamedNode(vocab.RDFS + "label")
_ALT = ox.NamedNode(vocab.SKOS + "altLabel")


# an alias that only adds a common noun ("R1 model", "Kimi app") is no better a name than the one without it
_GENERIC_TAIL = re.compile(r"\s(?:model|models|chatbot|app|series|family|LLM|LLMs|platform|assistant)$", re.IGNORECASE)


def _collect(rows: list[dict], idx: LabelIndex, *, about: bool = False) -> list[dict]:
    answers: dict[tuple, dict] = {}
    for row in rows:
        term = row["answer"]
        literal = isinstance(term, ox.Literal)
        key: tuple = (term.value,)
        if about:
            key += (row["p"].value, row["dir"].value)
        ans = answers.get(key)
        if ans is None:
            ans = {"label": term.value if literal else idx.label(term.value), "iri": "" if literal else term.value,
                   "sources": []}
            if literal:
                ans["datatype"] = term.datatype.value.replace(vocab.XSD, "xsd:")
            if about:
                rel = row["p"].value[len(vocab.CAKG):]
                ans["relation"] = rel
                ans["direction"] = row["dir"].value
            answers[key] = ans
        role = row.get("role")
        if role is not None and role.value not in ans.setdefault("roles", []):
            ans["roles"].append(role.value)
        src = _source(row)
        if src and not any(s["document"] == src["document"] and s["evidence"] == src["evidence"]
                           for s in ans["sources"]):
            ans["sources"].append(src)
    out = list(answers.values())
    for a in out:
        if not a.get("roles"):
            a.pop("roles", None)
        if a["iri"]:
            written = _written_name(a, idx)
            if written != a["label"]:  # the documents' own name for it; the graph's name stays beside it
                a["name"], a["label"] = a["label"], written
    out.sort(key=lambda a: (-len(a["sources"]), a["label"].casefold()))
    return out


def _merge_dates(answers: list[dict]) -> list[dict]:
    """Drop a date that a more precise one agrees with ("2025" beside "2025-09"), keeping its sources."""
    keep = []
    for a in answers:
        finer = [b for b in answers if b is not a and b["label"].startswith(a["label"] + "-")]
        if finer:
            for s in a["sources"]:
                if s not in finer[0]["sources"]:
                    finer[0]["sources"].append(s)
        else:
            keep.append(a)
    return keep


def _result(question: str, answers: list[dict], sparql: str, message: str | None = None, **extra) -> dict:
    res = {"question": question, "answers": answers, "sparql": sparql}
    if message is not None or not answers:
        res["message"] = message or "No answer found in the documents."
    res.update(extra)
    return res


# =========================================================================================================
# The kinds of question
# =========================================================================================================


@dataclass
class Parsed:
    question: str  # as the user wrote it
    tokens: list[Token]
    mentions: list[Mention]
    items: list[Item]
    positions: list[int]
    cues: list[CueHit]


def _parse(question: str, idx: LabelIndex) -> Parsed:
    tokens = _tokenise(question)
    mentions = find_mentions(tokens, idx)
    items, positions = _skeleton(tokens, mentions)
    return Parsed(question, tokens, mentions, items, positions, _find_cues(items))


def _mention_side(p: Parsed, k: int, cue: CueHit, a_side: str) -> str:
    """Which side of the fact mention k is on, from where it stands relative to the cue."""
    i = p.positions[k]
    items = p.items
    m = p.mentions[k]
    before = i < cue.start
    j = _before_article(items, i)
    if not before and j - 1 >= cue.end and items[j - 1].word == "by" and cue.verb:
        is_a = True  # "made by X": the agent
    elif m.possessive and before and cue.start - i <= 3:
        is_a = False  # "X's subsidiaries" = "subsidiaries of X"
    elif before:
        after = items[cue.end].word if cue.end < len(items) else ""
        passive = cue.verb and cue.participle and any(it.word in BE_WORDS for it in items[:i])
        is_a = not (after == "by" or passive)
    else:
        is_a = False
    return a_side if is_a else _other(a_side)


def _before_article(items: list[Item], i: int) -> int:
    """Position of mention i, or of the articles right before it ("for the X" -> the position of "the")."""
    while i > 0 and items[i - 1].word in {"the", "a", "an", "its", "their"}:
        i -= 1
    return i


def _primary_cue(cues: list[CueHit]) -> CueHit | None:
    strong = [c for c in cues if not c.weak]
    return (strong or cues or [None])[0]


def _possessive_cue(p: Parsed) -> tuple[int, str, str] | None:
    """'X's subsidiaries' / 'X's AI models' / 'Which Alibaba models': (mention, relation, side of the mention)."""
    for k, m in enumerate(p.mentions):
        i = p.positions[k] + (2 if m.possessive else 1)  # after the placeholder (and "'s")
        words = [it.word if it.mention is None else "\0" for it in p.items[i : i + 4]]
        for j in range(len(words), 0, -1):
            for s in range(0, min(2, j)):
                phrase = " ".join(words[s:j])
                if phrase in POSSESSIVE_NOUNS:
                    rel, side = POSSESSIVE_NOUNS[phrase]
                    return k, rel, side
    return None


def _interpretations(p: Parsed, idx: LabelIndex) -> list[tuple[int, list[tuple[str, str]]]]:
    """Candidate readings, best first: [(mention, [(relation, side of the mention), ...])]."""
    cue = _primary_cue(p.cues)
    poss = _possessive_cue(p)
    if cue is None and poss is None:
        return []
    modifiers = {k for k, m in enumerate(p.mentions)
                 if m.possessive and p.positions[k] + 2 < len(p.items) and p.items[p.positions[k] + 2].mention is not None}
    out = []
    for k, m in enumerate(p.mentions):
        types = idx.types(m.iris)
        parts: list[tuple[str, str]] = []
        loose: list[tuple[str, str]] = []
        rels = list(cue.rels) if cue else []
        if poss is not None and poss[0] == k and cue is None:
            rels = [(poss[1], "possessive")] + rels
        for rel, a_side in rels:
            if a_side == "possessive":
                side = poss[2]
            else:
                side = _mention_side(p, k, cue, a_side)
                i = _before_article(p.items, p.positions[k])
                prep = p.items[i - 1].word if i > 0 else ""
                side = PREPOSITION_SIDES.get((rel, prep), side)
            sides = (side,) if rel not in SYMMETRIC else (SUBJ, OBJ)
            for sd in sides:
                allowed = SIDE_TYPES[rel]
                this, other = allowed[0 if sd == SUBJ else 1], allowed[1 if sd == SUBJ else 0]
                if _fits(types, this):
                    parts.append((rel, sd))
                elif _fits(types, other) and rel not in SYMMETRIC:
                    parts.append((rel, _other(sd)))
                else:
                    loose.append((rel, sd))
        parts = list(dict.fromkeys(parts))
        dist = abs(p.positions[k] - (cue.start if cue else p.positions[k]))
        rank = (0 if parts else 1, 1 if k in modifiers else 0, dist)
        out.append((rank, k, parts or loose))
    out.sort(key=lambda t: t[0])
    return [(k, parts) for _, k, parts in out if parts]


_FOUNDER_Q = re.compile(r"\b(?:co-?)?found(?:ed|ers?)\b", re.IGNORECASE)


def _ask_relation(store, p: Parsed, idx: LabelIndex, classes) -> dict:
    readings = _interpretations(p, idx)
    first = None
    for k, parts in readings:
        m = p.mentions[k]
        template = relation_template(parts, classes)
        rows = []
        for iri in m.iris:
            rows += _run(store, template, "x", ox.NamedNode(iri))
        # ("Which company did Zheng Hao leave MiniMax to join?": never a name the question itself gives)
        asked = {i for mm in p.mentions for i in mm.iris}
        answers = [a for a in _collect(rows, idx) if a.get("iri") not in asked]
        if _FOUNDER_Q.search(p.question) and parts[0][0] == "affiliatedWith":
            # "Who founded X?": the founders, when the documents name any, not everyone who works there
            founders = [a for a in answers if any("found" in r for r in a.get("roles", ()))]
            answers = founders or answers
        values = [ox.NamedNode(i) for i in m.iris]
        if answers:
            return _result(p.question, answers, _display(template, "x", values), kind="relation",
                           entity=_entity_info(m, idx))
        if first is None:
            first = (m, parts, template, values)
    m, parts, template, values = first
    label = idx.label(m.iris[0])
    rel, side = parts[0]
    msg = "The documents state no " + NOTHING_FOUND[(rel, side)].format(x=label) + "."
    if classes:
        unfiltered = []
        for iri in m.iris:
            unfiltered += _run(store, relation_template(parts), "x", ox.NamedNode(iri))
        others = _collect(unfiltered, idx)
        if others:
            names = [a["label"] for a in others[:6]]
            listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
            kind = CLASS_PHRASES.get(classes[0], classes[0])
            msg = (f"The documents name {listed} as " + NOTHING_FOUND[(rel, side)].format(x=label)
                   + f", but none of them as {kind}.")
    return _result(p.question, [], _display(template, "x", values), msg, kind="relation",
                   entity=_entity_info(m, idx))


def _entity_info(m: Mention, idx: LabelIndex) -> dict:
    info = {"label": idx.label(m.iris[0]), "iri": m.iris[0], "matched": m.text}
    if m.fuzzy:
        info["fuzzy"] = True
    return info


_DATE_TYPES = {"AIModel", "Product", "Policy", "Event"}


def _ask_date(store, p: Parsed, idx: LabelIndex) -> dict:
    order = sorted(range(len(p.mentions)), key=lambda k: (
        0 if idx.types(p.mentions[k].iris) & _DATE_TYPES else 1, k))
    first = None
    for k in order:
        m = p.mentions[k]
        rows = []
        for iri in m.iris:
            rows += _run(store, DATE_TEMPLATE, "x", ox.NamedNode(iri))
        answers = _merge_dates(_collect(rows, idx))
        values = [ox.NamedNode(i) for i in m.iris]
        if answers:
            return _result(p.question, answers, _display(DATE_TEMPLATE, "x", values), kind="date",
                           entity=_entity_info(m, idx))
        first = first or (m, values)
    m, values = first
    msg = "The documents state no " + NOTHING_FOUND[("date", SUBJ)].format(x=idx.label(m.iris[0])) + "."
    return _result(p.question, [], _display(DATE_TEMPLATE, "x", values), msg, kind="date",
                   entity=_entity_info(m, idx))


def _ask_about(store, p: Parsed, idx: LabelIndex) -> dict:
    m = p.mentions[0]
    rows = []
    for iri in m.iris:
        rows += _run(store, ABOUT_TEMPLATE, "x", ox.NamedNode(iri))
    answers = _collect(rows, idx, about=True)
    label = idx.label(m.iris[0])
    for a in answers:
        rel = a["relation"]
        a["statement"] = (f"{label} {rel} {a['label']}" if a["direction"] == "out" else f"{a['label']} {rel} {label}")
    answers.sort(key=lambda a: (a["direction"] != "out", a["relation"], a["label"].casefold()))
    sparql = _display(ABOUT_TEMPLATE, "x", [ox.NamedNode(i) for i in m.iris])
    msg = None if answers else "The documents state no " + NOTHING_FOUND[("about", SUBJ)].format(x=label) + "."
    return _result(p.question, answers, sparql, msg, kind="about", entity=_entity_info(m, idx))


def _ask_list(store, p: Parsed, idx: LabelIndex, cls: str) -> dict:
    if cls in vocab.SUBCLASS_OF and not idx.has_instances(cls):
        cls = vocab.SUBCLASS_OF[cls]  # the store does not use the subclass (Country): list its superclass (Place)
    node = ox.NamedNode(vocab.CAKG + cls)
    answers = _collect(_run(store, LIST_TEMPLATE, "class", node), idx)
    for a in answers:  # one source per document: the document and one sentence about the entity
        seen: dict[str, dict] = {}
        for src in a["sources"]:
            if src["document"] not in seen or not seen[src["document"]]["evidence"]:
                seen[src["document"]] = src
        a["sources"] = list(seen.values())
    answers.sort(key=lambda a: a["label"].casefold())
    msg = None if answers else f"The documents mention no {CLASS_PHRASES.get(cls, cls)}."
    return _result(p.question, answers, _display(LIST_TEMPLATE, "class", [node]), msg, kind="list")


def _namelike(t: Token) -> bool:
    return bool(t.key) and t.key not in GENERIC_NAMES and t.word not in _lexicon() and any(
        c.isupper() or c.isdigit() for c in t.text)


def _extended_name(p: Parsed) -> str | None:
    """'DeepSeek V5' when only 'DeepSeek' is known: a known name followed by more of a name is another entity."""
    covered = {k for m in p.mentions for k in range(m.start, m.end)}
    for m in p.mentions:
        j = m.end
        if m.possessive or j >= len(p.tokens) or j in covered or not _namelike(p.tokens[j]):
            continue
        while j < len(p.tokens) and j not in covered and _namelike(p.tokens[j]) and not p.tokens[j - 1].possessive:
            j += 1
        return p.question[p.tokens[m.start].start : p.tokens[j - 1].end]
    return None


def _unknown_name(p: Parsed) -> str | None:
    """The words of the question that look like the name it asks about (none of them matched an entity): the
    longest run of words outside the lexicons, bridging up to two function words ("DROP ALL ;")."""
    lex = _lexicon()
    cue_words = {w for entries in _cue_table().values() for e in entries for w in e[0]} | WH_WORDS
    covered = {k for m in p.mentions for k in range(m.start, m.end)}
    toks = p.tokens
    content = [i not in covered and (not t.word or not (t.word in lex or t.key in GENERIC_NAMES) or _namelike(t)
                                     and i > 0) for i, t in enumerate(toks)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not content[i]:
            i += 1
            continue
        j = i + 1
        while True:
            while j < len(toks) and content[j]:
                j += 1
            gap = j
            while gap < len(toks) and gap - j < 2 and not content[gap] and gap not in covered \
                    and toks[gap].word not in cue_words:
                gap += 1
            if gap < len(toks) and gap > j and content[gap]:
                j = gap
                continue
            break
        runs.append((i, j))
        i = j

    def score(r: tuple[int, int]) -> tuple:
        words = toks[r[0] : r[1]]
        return (any(_namelike(t) or not t.word for t in words), sum(1 for t in words if t.key), r[1] - r[0])

    runs = [r for r in runs if any(t.key or t.text.strip("?!.") for t in toks[r[0] : r[1]])]
    if not runs:
        return None
    a, b = max(runs, key=score)
    text = p.question[toks[a].start : toks[b - 1].end].strip().rstrip("?!.").strip()
    if text.casefold().startswith("the "):
        text = text[4:]
    return text or None


# =========================================================================================================
# Public API
# =========================================================================================================


def ask(store: ox.Store, question: str) -> dict:
    """Answer an English question from the graph.

    Returns the `kg ask --format json` object of the contract: {"question", "answers": [{"label", "iri",
    "sources": [{"document", "evidence"}]}], "sparql"}, plus "message" when there is no answer (why), and extra
    keys (sources' "title" and "graph", answers' "roles", the question's "kind" and matched "entity").
    """
    q = " ".join(unicodedata.normalize("NFKC", question or "").translate(_QUOTES).split())
    if not q:
        return _result(question, [], "", "The question is empty.")
    idx = label_index(store)
    p = _parse(q, idx)
    p.question = question
    low = " " + " ".join(it.word if it.mention is None else "\0" for it in p.items) + " "
    has_date = any(" " + c + " " in low for c in DATE_CUES)
    has_about = any(" " + c + " " in low for c in ABOUT_CUES)
    listing = _class_noun(p.items, head_only=False)

    extended = _extended_name(p) if p.mentions else None
    if extended:
        return _result(question, [], "", f"No entity named '{extended}' in the documents.", kind="unknown")
    if not p.mentions:
        is_list = listing is not None and (_has_phrase(p.items, LIST_CUES) or not p.cues)
        if is_list and not has_date and not has_about:
            return _ask_list(store, p, idx, listing[0])
        name = _unknown_name(p)
        if name:
            return _result(question, [], "", f"No entity named '{name}' in the documents.", kind="unknown")
        return _result(question, [], "", "I found no entity name in the question; ask about a company, model, "
                       "agency, person, policy or event named in the documents.", kind="unknown")
    if has_date:
        return _ask_date(store, p, idx)
    if has_about:
        return _ask_about(store, p, idx)
    if p.cues or _possessive_cue(p) is not None:
        head = _class_noun(p.items, head_only=True)
        classes = head[1] if head else None
        if _interpretations(p, idx):
            return _ask_relation(store, p, idx, classes)
    if listing is not None and _has_phrase(p.items, LIST_CUES) and not p.cues:
        return _ask_list(store, p, idx, listing[0])
    unknown = _unknown_relation(p)
    if unknown:
        # "Which company manufactures Huawei's Ascend 910C?": a relation the graph does not record is no
        # invitation to list everything about the name
        return _result(question, [], "", f"The graph records no relation like '{unknown}'; it knows developers, "
                       "investors, issuers, parents, affiliations, partners, what a model is based on or integrated into, "
                       "what a policy targets and who an event involves.", kind="unknown_relation")
    return _ask_about(store, p, idx)


def _unknown_relation(p: Parsed) -> str | None:
    """A word of a wh-question ("Which company manufactures X?") that is no cue, class noun or function word: the
    relation asked for, which the graph does not know."""
    words = [it.word for it in p.items if it.mention is None]
    if not words or words[0] not in WH_WORDS - {"what", "how", "why"} or p.cues:
        return None
    head = _class_noun(p.items, head_only=True)
    heads = CLASS_NOUN_WORDS if head else frozenset()
    rest = [w for w in words[1:] if w not in STOPWORDS and w not in heads and w.isalpha() and len(w) > 2]
    return rest[0] if rest else None


def answer_labels(store: ox.Store, question: str) -> list[str]:
    """The answers' labels only (dates as their ISO value), for `kg eval --questions`."""
    return [a["label"] for a in ask(store, question)["answers"]]


def format_answer(result: dict, *, show_sparql: bool = False) -> str:
    """Readable text: each answer, under it each source document (title or path) and its evidence sentence."""
    lines = []
    answers = result.get("answers") or []
    if not answers:
        lines.append(result.get("message") or "No answer found in the documents.")
    for a in answers:
        head = a.get("statement") or a["label"] + (f" ({a['name']})" if a.get("name") else "")
        if a.get("roles"):
            head += " (" + "; ".join(a["roles"]) + ")"
        lines.append(f"- {head}")
        for s in a["sources"]:
            doc = s.get("title") or s["document"]
            if s.get("title") and s["document"] and s["document"] != s.get("graph"):
                doc += f"  [{s['document']}]"
            lines.append(f"    {doc}")
            if s.get("evidence"):
                lines.append(f"      \u201c{s['evidence']}\u201d")
    if show_sparql and result.get("sparql"):
        lines += ["", result["sparql"].rstrip()]
    return "\n".join(lines)

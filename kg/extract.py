"""From a processed spaCy Doc to an Extraction: resolve mentions to entities, relations and dates to facts."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.discovery import SHARE_BAR
from extractors.mentions import BODY_TYPES, LEGAL_FORM
from kg.graph import entity_key
from kg.model import Document, EntityRef, Extraction, Fact
from kg.vocab import contract_class

# trailing words that do not change which thing a discovered name refers to ("Kling AI" = "Kling")
# what a thing is, written after its name: "G1 humanoid", "IRON robot", "Ascend 910C chip"
_KIND_TAIL = re.compile(r"\s+(?:humanoid|humanoid robot|robot|robot dog|robots|chip|chips|GPU|GPUs|processor|accelerator|"
                        r"(?:(?:AI|large|large language|foundation|base|language|reasoning|multimodal)\s+)?models?|"
                        r"app|platform|chatbot|assistant|glasses|phone|smartphone|car|sedan|SUV)$")
_GENERIC_TAIL = re.compile(r"[\s\-]+(?:AI|model|models|platform|app|chatbot|assistant|series|LLM|large model)$", re.I)

_ORGS = BODY_TYPES
_MP = {"AIModel", "Product"}
# (subject classes, object classes) of each relation, as the contract and ontology/shapes.ttl give them
DOMAIN = {
    "developer": (_MP, _ORGS | {"Person"}),
    "issuedBy": ({"Policy"}, _ORGS | {"Place", "Person"}),
    "investedIn": (_ORGS | {"Person"}, _ORGS),
    "subsidiaryOf": (_ORGS, _ORGS),
    "basedOn": (_MP, _MP),
    "integratedInto": (_MP, _ORGS | {"Product"}),
    "affiliatedWith": ({"Person"}, _ORGS | {"Place"}),
    "partnerOf": (_ORGS, _ORGS),
}


class Resolver:
    """Maps mentions to entities: registry ids first, then registry names and aliases, else a new entity."""

    def __init__(self, entries):
        from kg.registry import needs_case, norm_key

        self.norm_key = norm_key
        self.by_id = {e.id: e for e in entries}
        index: dict[str, set[str]] = {}
        exact: dict[str, set[str]] = {}
        for e in entries:
            for s in (e.name, *e.aliases):
                if len(s) <= 3 and s != e.name and e.developer:
                    continue  # "R1": only the gazetteer, which checks the document names DeepSeek, may read it so
                if needs_case(s, e):  # "AI Action Plan" names the plan only in its own case, as in the gazetteer
                    exact.setdefault(re.sub(r"\s+", " ", s.strip()), set()).add(e.id)
                else:
                    index.setdefault(norm_key(s), set()).add(e.id)
        self.by_alias = {k: next(iter(v)) for k, v in index.items() if len(v) == 1}
        self.by_exact = {k: next(iter(v)) for k, v in exact.items() if len(v) == 1}

    def registry_ref(self, eid: str) -> EntityRef:
        e = self.by_id[eid]
        return EntityRef(e.id, e.name, e.type, list(e.aliases), e.zh, e.wikidata, registered=True)

    def lookup(self, name: str) -> EntityRef | None:
        for cand in (name, _GENERIC_TAIL.sub("", name)):
            eid = self.by_exact.get(re.sub(r"\s+", " ", cand.strip())) or self.by_alias.get(self.norm_key(cand))
            if eid:
                return self.registry_ref(eid)
        return None

    def resolve(self, mention) -> EntityRef:
        if mention.key and mention.key in self.by_id:
            return self.registry_ref(mention.key)
        name = re.sub(r"\s+", " ", mention.name or mention.text).strip()
        known = self.lookup(name)
        # ("Lin Yi", a person, is not the city of Linyi, though their keys are one)
        if known and (known.type == "Person") == (mention.type == "Person"):
            return known
        aliases = [mention.alias] if mention.alias else []
        # "Inspur Software Co., Ltd.": the firm's name without its legal form, which stays an alias
        if mention.type in ("Company", "Organization") and (bare := LEGAL_FORM.sub("", name)) != name and len(bare) > 2:
            known = self.lookup(bare)
            if known:
                return known
            aliases.append(name)
            name = bare
        # "draft rules on chatbots" is the rules on chatbots; "Interim Measures for ..." is an official title
        if mention.type == "Policy" and re.match(r"(?:draft|new|final|interim)\s+[a-z]", name, re.I) and name.split(" ", 1)[1][:1].islower():
            aliases.append(name)
            name = name.split(" ", 1)[1]
        return EntityRef(entity_key(name), name, mention.type, aliases)




def get_resolver(registry_dir: str | None = None) -> Resolver:
    """The resolver of a registry (built once per registry directory)."""
    return _resolver(registry_dir)


@lru_cache(maxsize=4)
def _resolver(registry_dir: str | None) -> Resolver:
    from kg.registry import load_registry

    return Resolver(load_registry(registry_dir))


def extraction_from_doc(sdoc, resolver: Resolver) -> Extraction:
    ex = Extraction()
    text = sdoc.user_data.get("cakg_text") or sdoc.text
    refs: dict[int, EntityRef] = {}
    by_norm: dict[str, EntityRef] = {}
    curated: dict[str, EntityRef] = {}  # one EntityRef per curated entity of the document

    def ref_of(m) -> EntityRef:
        r = refs.get(id(m))
        if r is None:
            key = m.key
            r = curated.get(key) if key else None
            if r is None:
                r = resolver.resolve(m)
                if r.registered and key == r.key:
                    curated[key] = r
            if not r.registered:
                # one node per unknown name within the document; a head noun ("its XRING O1 processor") says
                # more about its class than a version number does
                first = by_norm.setdefault(resolver.norm_key(r.name), r)
                if first is not r and getattr(m, "source", "") in ("model_before_head", "model_after_head"):
                    first.type = r.type
                r = first
            refs[id(m)] = r
            ex.entities.setdefault(r.key, r)
            ex.mentions[r.key] = ex.mentions.get(r.key, 0) + 1
        return r

    for m in sdoc._.cakg_mentions or []:
        w = " ".join(m.text.split())
        ex.written.setdefault(ref_of(m).key, set()).add(w)
        # ("its smaller G1 humanoid": the name the text gives is "G1", the noun after it says what it is)
        if (bare := _KIND_TAIL.sub("", w)) != w and any(c.isupper() or c.isdigit() for c in bare.rsplit(" ", 1)[-1]) \
                and not bare.endswith((" AI", " LLM")):
            ex.written[ref_of(m).key].add(bare)
        # ("The Roster is published by ...", "according to The Pacific Ledger": a capital "The" is part of a title)
        if m.source in ("outlet", "outlet_published") and m.start >= 4 and sdoc.text[m.start - 4 : m.start] == "The ":
            ex.written[ref_of(m).key].add("The " + w)
    seen: set[tuple] = set()

    def add(fact: Fact):
        k = (fact.subject, fact.predicate, fact.object, fact.start)
        if k in seen or fact.subject == fact.object:
            return
        seen.add(k)
        ex.facts.append(fact)

    resolved = []
    for r in sdoc._.cakg_relations or []:
        s = ref_of(r.subject) if not isinstance(r.subject, str) else resolver.lookup(r.subject)
        o = ref_of(r.object) if not isinstance(r.object, str) else resolver.lookup(r.object)
        if s is not None and o is not None:
            resolved.append((r, s, o))
    # (a maker the registry does not know is kept beside one it knows in the same sentence: "developed jointly by
    # Tsinghua University and ShengShu Technology")
    # (by the same rule or one that names a partner in the work: not "Tencent's own Hunyuan T1 and DeepSeek-R1, which
    # DeepSeek released", where each model keeps its own maker)
    co_rules = {(s.key, r.start, r.rule) for r, s, o in resolved if r.predicate == "developer" and not _other_maker(s.key, o.key, resolver)}
    co_made = {(k, start) for k, start, _ in co_rules}
    for r, s, o in resolved:
        ex.entities.setdefault(s.key, s)
        ex.entities.setdefault(o.key, o)
        dom = DOMAIN.get(r.predicate)
        if dom and (contract_class(s.type) not in dom[0] or contract_class(o.type) not in dom[1]):
            continue
        if r.predicate == "developer" and _other_maker(s.key, o.key, resolver) and not (
                (s.key, r.start, r.rule) in co_rules or (s.key, r.start) in co_made and r.rule in _JOINT_MAKER_RULES):
            continue  # ("Perplexity's R1 1776", "Tencent's DeepSeek-R1 integration": the registry knows who made it)
        if r.predicate == "subsidiaryOf" and r.rule in _POSSESSIVE_UNIT_RULES and _registry_names_other(s.key, "parent", o.key, resolver):
            continue  # ("ByteDance's Volcano Engine and Tencent Cloud": the registry knows whose unit Tencent Cloud is)
        add(Fact(s.key, r.predicate, o.key, text[r.start : r.end].strip(), r.start, r.end, r.rule, r.confidence, r.role))
        if r.rule == "compound_developer":
            # ("Tencent Yuanbao", "Huawei Ascend 910B": the maker's name before the product is one of its names too)
            ex.written.setdefault(s.key, set()).add(" ".join(text[r.object.start : r.subject.end].split()))
    for d in sdoc._.cakg_dates or []:
        s = ref_of(d.entity)
        add(Fact(s.key, d.predicate, d.value, text[d.start : d.end].strip(), d.start, d.end, d.rule, d.confidence, is_literal=True))
    _name_prefix_units(sdoc, ex, refs, add, resolver)
    _office_titles(sdoc, ex, refs, add, resolver)
    _case_parties(ex)
    _name_bare_versions(ex, resolver)
    _drop_makers_as_hosts(ex, resolver)
    return ex


def _drop_makers_as_hosts(ex: Extraction, resolver: Resolver | None) -> None:
    """"Tencent runs Hunyuan-T1 on its own servers": the maker of a model is not a host of it."""
    makers: dict[str, set[str]] = {}
    for f in ex.facts:
        if f.predicate == "developer":
            makers.setdefault(f.subject, set()).add(f.object)
    if resolver is not None:
        for key in {f.subject for f in ex.facts if f.predicate == "integratedInto"}:
            entry = resolver.by_id.get(key)
            if entry is not None and getattr(entry, "developer", None):
                makers.setdefault(key, set()).add(entry.developer)
    ex.facts[:] = [f for f in ex.facts if not (f.predicate == "integratedInto" and f.object in makers.get(f.subject, ()))]


def _names_of(entities) -> dict[str, str]:
    """Each name and alias (three characters or more) of the entities, to its entity's key (the first one wins)."""
    out: dict[str, str] = {}
    for e in entities:
        for n in (e.name, *e.aliases):
            if len(n) >= 3:
                out.setdefault(n, e.key)
    return out


def _registered(name: str, cls: str, ex: Extraction, resolver: Resolver | None) -> str | None:
    """The key of the registry entity of contract class `cls` that `name` names, added to the extraction."""
    ref = resolver.lookup(name) if resolver is not None else None
    if ref is None or not ref.registered or contract_class(ref.type) != cls:
        return None
    ex.entities.setdefault(ref.key, ref)
    return ref.key


_UNIT_WORD = re.compile(r"\b(?:School|College|Institute|Department|Faculty|Laboratory|Lab|Center|Centre|Academy)\b")


def _lineage(key: str, resolver: Resolver, up: int = 4) -> set[str]:
    """An organisation and its registry parents (a unit's parent, that parent's parent, ...)."""
    out = {key}
    for _ in range(up):
        entry = resolver.by_id.get(key)
        if entry is None or not entry.parent:
            break
        key = entry.parent
        out.add(key)
    return out


def _registry_names_other(key: str, field: str, org: str, resolver: Resolver | None) -> bool:
    """True when the registry gives `key` an organisation in `field` (its developer, its parent) and `org` is neither
    it nor of its group (a parent or a unit of the same parent)."""
    entry = resolver.by_id.get(key) if resolver is not None else None
    named = getattr(entry, field, None) if entry is not None else None
    if not named or org == named:
        return False
    return not (_lineage(org, resolver) & _lineage(named, resolver))


def _other_maker(model: str, org: str, resolver: Resolver | None) -> bool:
    """True when the registry names a maker for `model` and `org` is not of its group."""
    return _registry_names_other(model, "developer", org, resolver)


# the rules that name a partner in a model's making ("Tencent's Qorlix-Turbo, developed with Baidu")
_JOINT_MAKER_RULES = frozenset({"developed_with", "developed_by_with", "developed_together_with"})


# the rules that read a unit from a possessive, which a list may stretch past the possessor's own units
_POSSESSIVE_UNIT_RULES = frozenset({"possessive_company", "possessive_unit", "possessor_unit"})


_BARE_VERSION = re.compile(r"[A-Z]\d+(?:\.\d+)*[a-z]?")


def _name_bare_versions(ex: Extraction, resolver: Resolver) -> None:
    """"DeepSeek released V3.1": a bare version is the model of its developer, "DeepSeek-V3.1" (or the registry's
    entry of that name), with the bare version as an alias."""
    renamed: dict[str, str] = {}
    for f in ex.facts:
        r = ex.entities.get(f.subject)
        if f.predicate != "developer" or r is None or r.registered or f.subject in renamed or not _BARE_VERSION.fullmatch(r.name):
            continue
        dev = ex.entities.get(f.object)
        if dev is None:
            continue
        joined = f"{dev.name}-{r.name}" if " " not in dev.name else f"{dev.name} {r.name}"
        new = resolver.lookup(joined) or resolver.lookup(f"{dev.name} {r.name}")
        if new is None:
            new = EntityRef(entity_key(joined), joined, r.type, [r.name])
        renamed[f.subject] = new.key
        ex.entities.pop(f.subject)
        ex.entities.setdefault(new.key, new)
        ex.mentions[new.key] = ex.mentions.get(new.key, 0) + ex.mentions.pop(f.subject, 0)
        ex.written.setdefault(new.key, set()).update(ex.written.pop(f.subject, ()))
    if renamed:
        for f in ex.facts:
            f.subject = renamed.get(f.subject, f.subject)
            if not f.is_literal:
                f.object = renamed.get(f.object, f.object)


_OF_PARENT = re.compile(r"\s(?:of|at)\s+(?:the\s+)?")
_EXCHANGE_BOARD = re.compile(r"\b(?:Board|Market|GEM)\b")
_MINISTER_BEFORE = re.compile(r"\b(?P<role>(?:(?:Vice|Deputy|Former|former|vice|deputy)\s+)?Minister)\s+(?:of|for)\s+(?P<field>[A-Z][\w&’']*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w&’']*){0,6})\s+$")
_MINISTER_AFTER = re.compile(r"\s*,\s+(?:the\s+|a\s+)?(?P<role>(?:(?:vice|deputy|former)\s+)?[Mm]inister)\s+(?:of|for)\s+(?P<field>[A-Z][\w&’']*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w&’']*){0,6})")


def _case_parties(ex: Extraction) -> None:
    """"iQiyi v. MiniMax": a court case involves the parties its name gives, when the document names them."""
    by_name: dict[str, str] = {}
    for k, e in ex.entities.items():
        for n in (e.name, *e.aliases, *ex.written.get(k, ())):
            by_name.setdefault(n.lower(), k)
    for k, e in list(ex.entities.items()):
        if contract_class(e.type) != "Event" or not _CASE.fullmatch(e.name):
            continue
        first = next((f for f in ex.facts if f.subject == k or f.object == k), None)
        for side in _CASE.fullmatch(e.name).groups():
            party = by_name.get(side.lower())
            if party is None:  # ("Tang v. Yunjing" of "Hangzhou Yunjing Technology": the one firm whose name has the word)
                firms = {x for x, y in ex.entities.items() if contract_class(y.type) in ("Company", "Organization") and side in y.name.split()}
                party = firms.pop() if len(firms) == 1 else None
            if party and party != k and not any(f.subject == k and f.object == party for f in ex.facts):
                ev = first.evidence if first else e.name
                ex.facts.append(Fact(k, "involves", party, ev, first.start if first else 0, first.end if first else 0, "case_parties", 0.6))


_CASE = re.compile(r"(.+?)\s+vs?\.\s+(.+)")


def _sentence_finder(sdoc):
    """A function from a character offset to the (start, end) of its sentence (None before the first)."""
    import bisect

    sents = sdoc._.cakg_sents or [(x.start_char, x.end_char) for x in sdoc.sents]
    starts = [a for a, _ in sents]

    def sentence_of(pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, pos) - 1
        return sents[i] if i >= 0 else None

    return sentence_of


def _office_titles(sdoc, ex: Extraction, refs: dict, add, resolver: Resolver | None) -> None:
    """A person's title names where the person holds office:
    - "Vice Minister of Industry and Information Technology Xin Guobin", "Yin Hejun, Minister of Science and
      Technology": the ministry, when the registry knows a ministry of that name;
    - "President Xi Jinping", "Premier Li Qiang": the country the person's registry entry names ("country")."""
    if resolver is None:
        return
    text = sdoc.user_data.get("cakg_text") or sdoc.text
    sentence_of = _sentence_finder(sdoc)
    for m in sdoc._.cakg_mentions or []:
        person = refs.get(id(m)) if m.type == "Person" else None
        if person is None:
            continue
        found = []
        hit = _MINISTER_BEFORE.search(text, max(0, m.start - 90), m.start) or _MINISTER_AFTER.match(text, m.end)
        if hit:
            ministry = resolver.lookup("Ministry of " + hit.group("field")) or resolver.lookup("Ministry for " + hit.group("field"))
            if ministry is not None and contract_class(ministry.type) == "GovernmentAgency":
                found.append((ministry, "minister_title", hit.group("role").lower()))
        entry = resolver.by_id.get(person.key)
        country = resolver.by_id.get(entry.country) if entry is not None and entry.country else None
        hit = (_STATE_TITLE_IN.match(m.text) or _STATE_TITLE_BEFORE.search(text, max(0, m.start - 40), m.start)) if country else None
        if hit and (ref := resolver.lookup(country.name)) is not None:
            found.append((ref, "state_title", " ".join(hit.group("role").lower().split())))
        if found:
            a, b = sentence_of(m.start) or (m.start, m.end)
        for org, rule, role in found:
            ex.entities.setdefault(org.key, org)
            add(Fact(person.key, "affiliatedWith", org.key, text[a:b].strip(), a, b, rule, 0.65, role))


_STATE_ROLE = (r"(?P<role>(?:(?:Vice|Deputy|then|former)[\s-]+)?(?:President|Premier|Prime\s+Minister|Foreign\s+Minister|Chancellor|"
               r"Secretary\s+of\s+State|General\s+Secretary|Chairman))")
_STATE_TITLE_IN = re.compile(r"(?:[A-Z][a-z]+\s+)?" + _STATE_ROLE + r"\s")
_STATE_TITLE_BEFORE = re.compile(r"\b" + _STATE_ROLE + r"\s+$")


_AI_UNIT = re.compile(r"\b(?:Cloud|AI|Labs?|Research|Seed|DAMO|Intelligence|Brain|Tongyi|Qwen|Model|Models|Engine)\b")
_FAMILY_CUT = re.compile(r"[\s\-](?=\S)|(?<=[A-Za-z])(?=\d)")


# a model named only as the yardstick of another ("claimed to outperform GPT-4 and Claude 3.5") is not the subject of
# the text: the family rule leaves its developer unsaid
_COMPARED = re.compile(
    r"\b(?:outperform\w*|outpac\w+|rival\w*|surpass\w*|beat(?:s|ing)?|than|compared? (?:with|to)|on par with|"
    r"as good as|match(?:es|ed|ing)?|ahead of|versus|vs\.?|benchmarked against|alternatives? to)"
    r"(?:\s+(?:[A-Z0-9][\w.\-]*(?:'s|’s)?|and|or|as|such|like|including|both|even|the|models?|systems?|rivals?|its|"
    r"leading|top|[a-z]+-?(?:source|weight)s?)|,)*\s*$"
)


def _family_developer(name: str, key: str, resolver: Resolver | None) -> str | None:
    """The registry's developer of a model or of the family its name begins with ("Hunyuan TurboS" -> Hunyuan -> Tencent)."""
    if resolver is None:
        return None
    entry = resolver.by_id.get(key)
    if entry is not None and entry.developer:
        return entry.developer
    for cut in reversed([m.start() for m in _FAMILY_CUT.finditer(name)]):
        ref = resolver.lookup(name[:cut])
        if ref is not None and ref.key in resolver.by_id and resolver.by_id[ref.key].developer:
            return resolver.by_id[ref.key].developer
    return None


_GROUP_WORDS = frozenset({"Group", "Holdings", "Holding", "Holding Group", "Group Co.", "Group Co., Ltd.", "Corporation", "Corp."})


# what follows an unknown firm's short name in its full name ("Silver Reed Pictures", "Metaso Technology"): the same firm
_SAME_FIRM_TAIL = frozenset({"Technology", "Technologies", "Tech", "Intelligence", "Pictures", "Films", "Inc.", "Inc", "Ltd.", "Ltd",
                             "Limited", "LLC", "FZ-LLC", "FZE", "GmbH", "SARL", "SRL", "SAS", "AG", "plc", "PLC", "Pte", "Co.", "Corp.",
                             "Corporation", "Sdn Bhd", "Bhd"})


def _name_prefix_units(sdoc, ex: Extraction, refs: dict, add, resolver: Resolver | None = None) -> None:
    """'Alibaba Cloud' beside 'Alibaba' in one document: the unit is a subsidiary of the named parent (unless the parent is a
    short name no registry entry holds and the longer name only adds the firm's trade or legal form)."""
    text = sdoc.user_data.get("cakg_text") or sdoc.text
    companies = [e for e in ex.entities.values() if contract_class(e.type) in ("Company", "Organization")]
    first_sentence: dict[str, tuple[int, int]] = {}
    sentence_of = _sentence_finder(sdoc)
    mentions: dict[str, list] = {}
    for m in sdoc._.cakg_mentions or []:
        r = refs.get(id(m))
        if r is not None:
            mentions.setdefault(r.key, []).append(m)
        if r is not None and r.key not in first_sentence:
            span = sentence_of(m.start)
            if span is not None:
                first_sentence[r.key] = span
    firms = [e for e in companies if contract_class(e.type) == "Company"]
    parents = _names_of(firms)
    for unit in companies:
        words = unit.name.split(" ")
        for i in range(len(words) - 1, 0, -1):
            parent = parents.get(" ".join(words[:i]))
            # ("Inspur Group" beside "Inspur" for Inspur Information: the registry knows the group is the parent)
            held = resolver.by_id.get(parent) if resolver is not None and parent else None
            if held is not None and held.parent == unit.key:
                break
            if parent and " ".join(words[i:]) in _GROUP_WORDS:
                break  # ("Shenzhen Airport Group" beside "Shenzhen Airport": the group runs the airport, not the reverse)
            if parent and resolver is not None and parent not in resolver.by_id \
                    and (" ".join(words[i:]) in _SAME_FIRM_TAIL or ex.entities[parent].name == " ".join(words[:i])
                         and not any(f.key not in (unit.key, parent) and f" {ex.entities[parent].name} " in f" {f.name} " for f in firms)):
                # ("Silver Reed Pictures ... Silver Reed", "Sandline Media FZ-LLC ... Sandline Media": one firm, two names;
                # so is a bare short name no registry entry holds, "Rimal Digital Holding ... Rimal's chairman", unless a
                # third firm's name holds it too: "Huasi Textile Group ... Huasi ... Huasi Digital Technology")
                break
            if parent and parent != unit.key and unit.key in first_sentence:
                s, e = first_sentence[unit.key]
                add(Fact(unit.key, "subsidiaryOf", parent, text[s:e].strip(), s, e, "name_prefix_unit", 0.6))
                break
        else:
            # "Volcano Engine" in an article that names ByteDance: the registry knows whose unit it is
            entry = resolver.by_id.get(unit.key) if resolver is not None else None
            if entry is not None and entry.parent and entry.parent in ex.entities and unit.key in first_sentence:
                s, e = first_sentence[unit.key]
                add(Fact(unit.key, "subsidiaryOf", entry.parent, text[s:e].strip(), s, e, "registry_parent", 0.5))
    # "Peking University Law School", "CASS Institute of Law": a research body's unit named after it
    schools = _names_of([e for e in ex.entities.values() if contract_class(e.type) == "ResearchInstitution"])
    for unit in list(ex.entities.values()):
        if contract_class(unit.type) != "ResearchInstitution" or unit.key not in first_sentence:
            continue
        words = unit.name.split(" ")
        for i in range(len(words) - 1, 0, -1):
            head = " ".join(words[:i])
            parent = schools.get(head)
            if parent is None and _UNIT_WORD.search(" ".join(words[i:])):
                # (a registry university the document names only in the unit's name)
                parent = _registered(head, "ResearchInstitution", ex, resolver)
            if parent and parent != unit.key and _UNIT_WORD.search(" ".join(words[i:])):
                s, e = first_sentence[unit.key]
                add(Fact(unit.key, "subsidiaryOf", parent, text[s:e].strip(), s, e, "name_prefix_unit", 0.6))
                break
    # "the Institute of Automation of the Chinese Academy of Sciences": the body a unit's name ends with is named too,
    # and is its parent
    if resolver is not None:
        org_classes = ("Company", "Organization", "ResearchInstitution", "GovernmentAgency")
        for unit in list(ex.entities.values()):
            if contract_class(unit.type) not in org_classes or unit.key not in first_sentence:
                continue
            ref = None
            for name in sorted({unit.name, *ex.written.get(unit.key, ())}):
                for m in reversed(list(_OF_PARENT.finditer(name))):
                    rest = name[m.end() :]
                    if rest[:1].isupper() and len(rest.split()) >= 2:
                        ref = resolver.lookup(rest)
                        if ref is not None:
                            break
                if ref is not None:
                    break
            if ref is None or ref.key == unit.key or not ref.registered or contract_class(ref.type) not in org_classes:
                continue
            ex.entities.setdefault(ref.key, ref)
            if _EXCHANGE_BOARD.search(unit.name) and "Exchange" in ref.name:
                continue  # ("the Main Board of the Hong Kong Stock Exchange": a market segment, no subsidiary)
            if not any(f.subject == unit.key and f.predicate == "subsidiaryOf" for f in ex.facts):
                s, e = first_sentence[unit.key]
                add(Fact(unit.key, "subsidiaryOf", ref.key, text[s:e].strip(), s, e, "unit_of_named_body", 0.6))
    # "Xiaomi 15S Pro", "Nvidia H20" beside "Xiaomi", "Nvidia": a product named after its maker, when nothing
    # in the document says who made it
    developed = {f.subject for f in ex.facts if f.predicate == "developer"}
    # ("Lanjing Intelligence ... Lanjing Brain 2.0": a short form the text writes names the firm too)
    makers = dict(parents)
    for f in firms:
        for w in sorted(ex.written.get(f.key, ())):
            if len(w) >= 3 and f.name.startswith(w + " "):
                makers.setdefault(w, f.key)
    for prod in list(ex.entities.values()):
        if contract_class(prod.type) not in ("AIModel", "Product") or prod.key in developed or prod.key not in first_sentence:
            continue
        # (a platform a share bar names is mentioned, nothing is said about it: "Share: WeChat | Weibo")
        if (ms := mentions.get(prod.key)) and all(SHARE_BAR.match(text, text.rfind("\n", 0, m.start) + 1) for m in ms):
            continue
        words = prod.name.split(" ")
        maker = next((makers[" ".join(words[:i])] for i in range(len(words) - 1, 0, -1) if " ".join(words[:i]) in makers), None)
        if maker is None:  # "the Baichuan models" of "Baichuan AI": the company is named after its product
            named_after = (prod.name + " ", prod.name + "-")
            maker = next((c.key for c in firms if c.key != prod.key and any(n.startswith(named_after) for n in (c.name, *c.aliases))), None)
        if maker is None and resolver is not None:
            # "a Huawei Mate 60 Pro", "the DJI Mini 4 Pro": a registry firm's name opening the product's name, even
            # when the document names the firm nowhere else (or opening the way the text writes it: "Rockchip RK3588")
            for ws in [words] + [w.split(" ") for w in sorted(ex.written.get(prod.key, ())) if w != prod.name]:
                maker = next((k for i in range(len(ws) - 1, 0, -1)
                              if (k := _registered(" ".join(ws[:i]), "Company", ex, resolver)) and k != prod.key), None)
                if maker:
                    break
        if maker:
            s, e = first_sentence[prod.key]
            add(Fact(prod.key, "developer", maker, text[s:e].strip(), s, e, "name_prefix_developer", 0.6))
            continue
        # "Hunyuan TurboS went live in March" in an article about Tencent: a model of a family the registry knows
        # is its maker's, when the document names the maker (or a unit of it)
        dev = _family_developer(prod.name, prod.key, resolver)
        if dev is not None and not all(_COMPARED.search(text, max(0, m.start - 60), m.start) for m in mentions.get(prod.key, ())):
            # (a unit stands for the maker only when it is its AI or cloud arm: not "Tencent Healthcare")
            # (and only for a model: "LinkedIn" in a share bar is no product of Microsoft Research)
            maker = dev if dev in ex.entities else None if contract_class(prod.type) != "AIModel" else next(
                (k for k in ex.entities if resolver.by_id.get(k) is not None and resolver.by_id[k].parent == dev
                 and _AI_UNIT.search(resolver.by_id[k].name)), None)
            if maker is not None:
                s, e = first_sentence[prod.key]
                add(Fact(prod.key, "developer", maker, text[s:e].strip(), s, e, "family_developer", 0.5))


def extract(document: Document, nlp=None, resolver: Resolver | None = None) -> Extraction:
    from kg.nlp import load_pipeline, process

    nlp = nlp or load_pipeline()
    resolver = resolver or get_resolver()
    return extraction_from_doc(process(nlp, document.text, document.date), resolver)

"""spaCy's attribute_ruler, for the attributes newsledger reads (POS, TAG, DEP), at a fraction of its cost.

In en_core_web_sm the attribute_ruler maps fine tags to coarse POS with 179 Matcher patterns; it took 15% of the
whole pipeline's time on news text. The rules are a function of a token's (tag, lowercase form, dependency label,
is-space) plus, for a few two-token rules, its neighbour's; so each distinct token context is decided once and
remembered. Semantics are the ruler's: every rule is matched against the tokens as the tagger and parser left them,
then applied in rule order, a later rule overriding an earlier one. The rules are read from the model's own ruler,
so another English pipeline brings its own; a rule this module cannot read keeps spaCy's component in place
(`compile_rules` returns None). LEMMA and MORPH are not set: nothing in newsledger reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SET_ATTRS = ("POS", "TAG", "DEP")
_TOKEN_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
FACTORY = "newsledger_tag_rules"

Context = tuple[str, str, str, bool]  # tag_, lower_, dep_, is_space
Predicate = Callable[[Context], bool]


class UnsupportedRule(ValueError):
    pass


def _value_test(key: str, spec) -> Callable[[object], bool]:
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if set(spec) == {"IN"}:
        allowed = frozenset(spec["IN"])
        return lambda value: value in allowed
    if set(spec) == {"NOT_IN"}:
        banned = frozenset(spec["NOT_IN"])
        return lambda value: value not in banned
    if set(spec) == {"REGEX"}:
        pattern = re.compile(spec["REGEX"])
        return lambda value: isinstance(value, str) and pattern.search(value) is not None
    raise UnsupportedRule(f"{key}: {spec!r}")


def _token_predicate(spec: dict) -> Predicate:
    unknown = set(spec) - _TOKEN_KEYS
    if unknown:
        raise UnsupportedRule(f"token keys {sorted(unknown)}")
    slots = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
    tests = [(slots[key], _value_test(key, value)) for key, value in spec.items()]
    return lambda ctx: all(test(ctx[slot]) for slot, test in tests)


@dataclass(frozen=True)
class Rule:
    order: int
    tokens: tuple[Predicate, ...]
    index: int  # which token of the match gets the attributes (may be negative, as in spaCy)
    attrs: tuple[tuple[str, str], ...]
    lowers: frozenset[str] | None = None  # the first token's LOWER must be one of these (None: see reads_form)
    reads_form: bool = False  # the first token's LOWER is tested some other way (REGEX, NOT_IN)


def _lowers(spec: dict) -> frozenset[str] | None:
    value = spec.get("LOWER")
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


class TagRules:
    """Single-token rules indexed by the lowercase form they require, so a token is checked against the handful of
    rules that can match it; a token context is decided once (`decide`), keyed by its string-store ids."""

    def __init__(self, single: Sequence[Rule], multi: Sequence[Rule]) -> None:
        self.single, self.multi = tuple(single), tuple(multi)
        self._any_form = tuple(r for r in self.single if r.lowers is None and not r.reads_form)
        self._other_form = tuple(r for r in self.single if r.lowers is None and r.reads_form)
        self._by_form: dict[str, list[Rule]] = {}
        for rule in self.single:
            for form in rule.lowers or ():
                self._by_form.setdefault(form, []).append(rule)
        self._formless_memo: dict[tuple[str, str, bool], list[Rule]] = {}

    def decide(self, ctx: Context) -> dict[str, tuple[int, str]]:
        """The attributes the rules set on a token in context `ctx`, each with the order of the rule that won."""
        tag, form, dep, space = ctx
        formless = self._formless_memo.get((tag, dep, space))
        if formless is None:  # rules that ignore the word form depend on (tag, dep, is_space) alone
            formless = self._formless_memo[(tag, dep, space)] = [r for r in self._any_form if r.tokens[0](ctx)]
        matched = [*formless, *(r for r in (*self._by_form.get(form, ()), *self._other_form) if r.tokens[0](ctx))]
        found: dict[str, tuple[int, str]] = {}
        for rule in sorted(matched, key=lambda r: r.order):
            for attr, value in rule.attrs:
                found[attr] = (rule.order, value)
        return found

    def apply(self, doc, memo: dict | None = None) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG

        memo = {} if memo is None else memo
        if not len(doc):
            return
        strings = doc.vocab.strings
        ids = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]

        def context(key: tuple[int, ...]) -> Context:
            return strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3])

        decided: list[dict[str, tuple[int, str]]] = []
        for key in ids:
            found = memo.get(key)
            if found is None:
                found = memo[key] = self.decide(context(key))
            decided.append(found)
        for n, rule in enumerate(self.multi):
            width = len(rule.tokens)
            opens = memo.setdefault(("multi", n), {})  # does a token of this context open a match of the rule
            for start in range(len(ids) - width + 1):
                key = ids[start]
                first = opens.get(key)
                if first is None:
                    first = opens[key] = rule.tokens[0](context(key))
                if first and all(test(context(ids[start + k])) for k, test in enumerate(rule.tokens[1:], 1)):
                    target = start + (rule.index if rule.index >= 0 else width + rule.index)
                    attrs = decided[target] = dict(decided[target])
                    for attr, value in rule.attrs:
                        if attr not in attrs or attrs[attr][0] < rule.order:
                            attrs[attr] = (rule.order, value)
        if not any(decided):
            return
        columns = {"POS": 0, "TAG": 1, "DEP": 2}
        array = doc.to_array([POS, TAG, DEP])
        for i, attrs in enumerate(decided):
            for attr, (_, value) in attrs.items():
                array[i, columns[attr]] = strings.add(value)
        doc.from_array([POS, TAG, DEP], array)


def compile_rules(patterns: Sequence[dict]) -> TagRules | None:
    """The rules of `AttributeRuler.patterns` that set POS, TAG or DEP; None if one cannot be read here."""
    single, multi = [], []
    try:
        for order, entry in enumerate(patterns):
            attrs = tuple((k, str(v)) for k, v in entry["attrs"].items() if k in SET_ATTRS)
            if not attrs:
                continue
            for pattern in entry["patterns"]:
                rule = Rule(order, tuple(_token_predicate(spec) for spec in pattern), int(entry.get("index", 0)),
                            attrs, _lowers(pattern[0]), "LOWER" in pattern[0] and _lowers(pattern[0]) is None)
                if not -len(pattern) <= rule.index < len(pattern):
                    raise UnsupportedRule(f"index {rule.index} outside a {len(pattern)}-token pattern")
                (single if len(pattern) == 1 else multi).append(rule)
    except (UnsupportedRule, KeyError, TypeError, re.error):
        return None
    return TagRules(single, multi)


class TagRulesComponent:
    """Pipeline component: `TagRules` applied to each Doc, the context memo shared across Docs."""

    def __init__(self, rules: TagRules) -> None:
        self.rules = rules
        self._memo: dict = {}

    def __call__(self, doc):
        if len(self._memo) > 500_000:  # distinct contexts grow with vocabulary; bound the memory
            self._memo.clear()
        self.rules.apply(doc, self._memo)
        return doc


def _make_component(nlp, name: str) -> TagRulesComponent:
    rules = compile_rules(nlp.get_pipe("attribute_ruler").patterns)
    if rules is None:
        raise UnsupportedRule("the pipeline's attribute_ruler has a rule this module cannot read")
    return TagRulesComponent(rules)


def replace_attribute_ruler(nlp) -> bool:
    """Swap the pipeline's attribute_ruler for the compiled rules; False (pipeline unchanged) if it cannot."""
    if "attribute_ruler" not in nlp.pipe_names or compile_rules(nlp.get_pipe("attribute_ruler").patterns) is None:
        return False
    from spacy.language import Language

    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_make_component)
    nlp.add_pipe(FACTORY, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True

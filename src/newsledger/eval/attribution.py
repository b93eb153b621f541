"""Score attribution against PolNeAR-style JSONL: overlap-50% one-to-one matching, P/R/F1 by type, speaker
accuracy on matched relations, exact-match F1, and a `split_parts` mode that scores discontinuous parts alone.

A prediction matches a gold relation when each covers at least half of the other's characters; matching is
greedy by overlap, one-to-one. Ledger kinds map to PolNeAR types: direct→direct, partial→mixed,
indirect→indirect. A matched speaker is right when the predicted speaker mention overlaps the gold one, or when
the predicted source has a mention overlapping the gold speaker (a pronoun resolved to its named person).

Speaker ENTITY accuracy (gold with `speaker_ref`, e.g. GenderGapTracker): a matched gold quote is right when the
resolved source of the predicted statement -- its name or one of its aliases, never the speaker mention's text --
names the gold entity (`names_entity`). Names are compared ASCII-folded, lower-cased, without leading determiners,
honorifics ("Mr.", "Dr.") and a trailing possessive, and a name matches when

- the whole names agree up to a transliteration variant (rapidfuzz ratio >= 85 on the folded names, or the
  transliteration keys of link/sources.py agree: Zelensky / Zelenskyy / Selenskyj),
- one is a single capitalised word of the other (`Trudeau` for `Justin Trudeau`, `Wang` for `Wang Qishan`,
  `Samsung` for `Samsung Electronics Co.`, `Wilson` for `Jody Wilson-Raybould`: a part of a hyphenated name;
  ratio >= 85), or both are full names whose last words agree and whose
  first names agree (or one is the other's initial: `J. Kirby`); leading quantifiers ("many", "some") are dropped,
- one is the acronym of the other (`OPP` for `Ontario Provincial Police`; initials of the capitalised words, small
  words such as "of"/"the" skipped, either with or without them),
- or, when the gold entity is itself a description (a lower-case content word: `the Nova Scotia judge`, `sources
  familiar with the negotiations`), the source's NAME (not an alias) is a description whose content words all lie
  in the gold's, or the other way round (`judge`, `sources`; `names_description`).

Reported overall, when the gold speaker mention is a pronoun (`he said`), and when the gold has no speaker mention
(a floating quote whose speaker only the context gives). Keys ending `_a`/`_b` score two fixed halves of the
articles (by a hash of the article id) so rules developed on one half can be checked on the other.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from rapidfuzz import fuzz

from newsledger.extract.attribution import extract_attribution
from newsledger.ledger import Article
from newsledger.link.sources import fold_token

TYPES = ("direct", "mixed", "indirect")
KIND_TO_TYPE = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "him", "her"})


def load_records(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def _ov(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(p: tuple[int, int], g: tuple[int, int]) -> bool:
    o = _ov(p, g)
    return o > 0 and o >= 0.5 * (p[1] - p[0]) and o >= 0.5 * (g[1] - g[0])


def predict(records: list[dict], split_parts: bool = False) -> list[list[dict]]:
    from newsledger.nlp import load
    from newsledger.parse import parse_articles

    nlp = load()
    arts = [Article(id=r["id"], text=r["text"]) for r in records]
    return [prediction_rows(extract_attribution(art, doc), split_parts) for art, doc in parse_articles(arts, nlp)]


def prediction_rows(found, split_parts: bool = False) -> list[dict]:
    """One article's statements in the scorer's row form (one row per part under `split_parts`)."""
    mentions = {s.id: [(m.start, m.end) for m in s.mentions] for s in found.sources}
    names = {s.id: [s.name, *s.aliases] for s in found.sources}
    rows = []
    for st in found.statements:
        spans = [(p.start, p.end) for p in st.parts] or [(st.start, st.end)]
        spk = (st.speaker_start, st.speaker_end) if st.speaker_start is not None else None
        base = {"type": KIND_TO_TYPE[st.kind], "speaker": spk, "mentions": mentions.get(st.source, []),
                "names": names.get(st.source, []), "speaker_text": st.speaker_text,
                "cue": (st.cue_start, st.cue_end) if st.cue_start is not None else None}
        if split_parts:
            rows += [dict(base, span=s) for s in spans]
        else:
            rows.append(dict(base, span=(st.start, st.end)))
    return rows


def _gold(rec: dict, split_parts: bool) -> list[dict]:
    rows = []
    for q in rec["quotes"]:
        spk = (q["speaker_start"], q["speaker_end"]) if q.get("speaker_start") is not None else None
        spk_text = (q.get("speaker_text") or "").strip().lower()
        base = {"type": q["type"], "speaker": spk, "pronoun": spk_text in PRONOUNS, "ref": q.get("speaker_ref"),
                "speaker_text": q.get("speaker_text")}
        spans = [tuple(s) for s in q.get("quote_spans") or [[q["quote_start"], q["quote_end"]]]]
        if split_parts:
            rows += [dict(base, span=s) for s in spans]
        else:
            rows.append(dict(base, span=(q["quote_start"], q["quote_end"])))
    return rows


_EDGE = "\"“”'‘’«».,;:!? \n"


def _widen(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """PolNeAR spans keep the quote marks and closing punctuation, ours do not: compare both without them."""
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _f1(tp: int, np_: int, ng: int) -> tuple[float, float, float]:
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "des", "et", "&"})
_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "hon", "sen", "rep",
                              "gov", "gen", "lt", "col", "capt", "sgt", "insp", "const", "cst", "det", "supt"})


_LEADING_WORDS = _NAME_HONORIFICS | {"the", "a", "an", "many", "some", "several", "most", "all", "other", "two",
                                     "three", "both"}


def _name_tokens(name: str) -> list[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = re.sub(r"['’]s\b", "", folded)
    toks = [t.strip("-'’") for t in re.split(r"[^\w&'’-]+", folded)]
    toks = [t for t in toks if t]
    while toks and toks[0].lower() in _LEADING_WORDS:
        toks = toks[1:]
    return toks


def _acronyms(toks: list[str]) -> set[str]:
    if len(toks) < 2:
        return set()
    caps = [t for t in toks if t[:1].isupper()]
    content = [t for t in toks if t.lower() not in _SMALL_WORDS]
    return {"".join(t[0] for t in ws).lower() for ws in (toks, caps, content) if len(ws) >= 2}


def _same_token(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or fold_token(a) == fold_token(b) or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85)


def names_entity(name: str, ref: str) -> bool:
    """Whether the source name `name` names the gold entity `ref` (rules in the module docstring)."""
    a, b = _name_tokens(name), _name_tokens(ref)
    if not a or not b:
        return False
    la, lb = " ".join(a).lower(), " ".join(b).lower()
    if la == lb or (len(a) == len(b) and all(_same_token(x, y) for x, y in zip(a, b, strict=True))):
        return True
    if min(len(la), len(lb)) >= 6 and fuzz.ratio(la, lb) >= 85 and len(a) == len(b):
        return True
    if len(a) == 1 and a[0].lower() in _acronyms(b) or len(b) == 1 and b[0].lower() in _acronyms(a):
        return True
    if len(a) == 1 or len(b) == 1:  # one word of the full name: a surname alone, or a family name written first
        one, full = (a[0], b) if len(a) == 1 else (b[0], a)
        parts = [p for t in full if t[:1].isupper() for p in {t, *t.split("-")}]
        return one[:1].isupper() and any(_same_token(one, t) for t in parts)
    if not _same_token(a[-1], b[-1]):
        return False
    fa, fb = a[0].lower().rstrip("."), b[0].lower().rstrip(".")
    return _same_token(fa, fb) or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _is_description(toks: list[str]) -> bool:
    return any(t[:1].islower() and t.lower() not in _SMALL_WORDS for t in toks)


def names_description(name: str, ref: str) -> bool:
    """Whether a source named by a description (`the judge`, `sources`) is the gold entity when that is a
    description too (`the Nova Scotia judge`, `sources familiar with the negotiations`): both hold a lower-case
    content word, and every content word of the shorter is in the longer. Scored on the source's name only, never
    on the mention's text."""
    a, b = _name_tokens(name), _name_tokens(ref)
    if not (a and b and _is_description(a) and _is_description(b)):
        return False
    ca = {t.lower() for t in a if t.lower() not in _SMALL_WORDS}
    cb = {t.lower() for t in b if t.lower() not in _SMALL_WORDS}
    short, long_ = sorted((ca, cb), key=len)
    return bool(short) and short <= long_


def _half(article_id: str) -> str:
    return "a" if hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def entity_rows(records: list[dict], preds: list[list[dict]], split_parts: bool = True) -> list[dict]:
    """One row per matched gold quote with a `speaker_ref`: whether the predicted source names it, and why not."""
    out = []
    for rec, pred in zip(records, preds, strict=True):
        gold = _gold(rec, split_parts)
        for i, j in _pairs(pred, gold):
            p, g = pred[i], gold[j]
            if not g.get("ref"):
                continue
            names = p.get("names", [])
            ok = any(names_entity(n, g["ref"]) for n in names) or bool(names) and names_description(names[0], g["ref"])
            group = "pronoun" if g["pronoun"] else "no_mention" if g["speaker"] is None else "named"
            out.append({"article": rec["id"], "half": _half(rec["id"]), "ok": ok, "group": group, "ref": g["ref"],
                        "gold_speaker": g.get("speaker_text"), "pred_speaker": p.get("speaker_text"),
                        "names": p.get("names", []), "span": p["span"]})
    return out


def entity_scores(rows: list[dict]) -> dict[str, float]:
    out: dict[str, float] = {}
    for suffix, keep in (("", lambda r: True), ("_a", lambda r: r["half"] == "a"), ("_b", lambda r: r["half"] == "b")):
        sel = [r for r in rows if keep(r)]
        for name, group in (("speaker_entity_accuracy", None), ("speaker_entity_pronoun_accuracy", "pronoun"),
                            ("speaker_entity_no_mention_accuracy", "no_mention")):
            grp = [r for r in sel if group is None or r["group"] == group]
            if grp:
                out[name + suffix] = sum(r["ok"] for r in grp) / len(grp)
    out["speaker_entity_matched"] = float(len(rows))
    return out


def _pairs(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one overlap-50% matching, largest overlap first."""
    pairs = sorted(((_ov(p["span"], g["span"]), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
                    if _matches(p["span"], g["span"])), reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def score(records: list[dict], preds: list[list[dict]], split_parts: bool = False) -> dict[str, float]:
    tp = exact = 0
    n_pred = n_gold = 0
    by_type = {t: [0, 0, 0] for t in TYPES}  # tp, pred, gold (a match counts for the gold's type)
    spk_ok = spk_n = pron_ok = pron_n = 0
    for rec, pred in zip(records, preds, strict=True):
        gold = _gold(rec, split_parts)
        n_pred += len(pred)
        n_gold += len(gold)
        for p in pred:
            by_type[p["type"]][1] += 1
        for g in gold:
            by_type[g["type"]][2] += 1
        for i, j in _pairs(pred, gold):
            p, g = pred[i], gold[j]
            tp += 1
            exact += _widen(rec["text"], p["span"]) == _widen(rec["text"], g["span"])
            if p["type"] == g["type"]:
                by_type[g["type"]][0] += 1
            if g["speaker"] is not None:
                ok = p["speaker"] is not None and (_ov(p["speaker"], g["speaker"]) > 0 or any(
                    _ov(m, g["speaker"]) > 0 for m in p["mentions"]))
                spk_n += 1
                spk_ok += ok
                if g["pronoun"]:
                    pron_n += 1
                    pron_ok += ok
    out: dict[str, float] = {}
    out["precision"], out["recall"], out["f1"] = _f1(tp, n_pred, n_gold)
    out["exact_f1"] = _f1(exact, n_pred, n_gold)[2]
    for t, (t_tp, t_p, t_g) in by_type.items():
        out[f"{t}_f1"] = _f1(t_tp, t_p, t_g)[2]
    out["speaker_accuracy"] = spk_ok / spk_n if spk_n else 0.0
    out["pronoun_accuracy"] = pron_ok / pron_n if pron_n else 0.0
    out["gold"], out["predicted"] = float(n_gold), float(n_pred)
    if any(q.get("speaker_ref") for rec in records for q in rec["quotes"]):
        out.update(entity_scores(entity_rows(records, preds, split_parts)))
    return {k: round(v, 4) for k, v in out.items()}


def evaluate(path: Path, limit: int | None = None, split_parts: bool = False) -> dict[str, float]:
    records = load_records(path, limit)
    return score(records, predict(records, split_parts), split_parts)


def gate_scores(data_dir: Path, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    """What the CI gate checks (tests/test_eval_gate.py); floors live in eval_baseline.json: PolNeAR span scores,
    and, prefixed `ggt_`, GenderGapTracker dev speaker-entity accuracy and overlap-50 F1 (split parts; GGT has
    only a dev split)."""
    scores = evaluate(Path(data_dir) / "quotes" / "polnear" / f"{split}.jsonl", limit)
    ggt = Path(data_dir) / "quotes" / "ggt" / "dev.jsonl"
    if ggt.exists():
        scores.update({f"ggt_{k}": v for k, v in evaluate(ggt, split_parts=True).items()})
    return scores


def format_table(scores: dict[str, float], keys: Iterable[str] | None = None) -> str:
    keys = list(keys or scores)
    return "\n".join(f"{k:>18}  {scores[k]}" for k in keys)

"""Short plain names for outlets, sources and claims, as a journalist would write them in a sentence."""

from __future__ import annotations

from pathlib import PurePath

from newsledger.ledger import Article, Figure, Source, Statement

_QUALIFIER_WORDS = 14  # words of a quote shown in a summary before it is cut


def outlet_label(article: Article) -> str:
    """The outlet, else the file name stem, else the title, else the id."""
    if article.outlet:
        return article.outlet
    if article.path:
        return PurePath(article.path).stem
    return article.title or article.id


def source_label(source: Source | None) -> str | None:
    """People by surname on second reference ("Kirby"), everything else by its name."""
    if source is None:
        return None
    if source.kind == "person" and len(source.name.split()) > 1:
        return source.name.split()[-1]
    return source.name


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def quote_excerpt(statement: Statement) -> str:
    text = " ".join(p.text for p in statement.parts) if statement.parts else statement.text
    words = text.strip(" \"“”'‘’,.").split()
    text = " ".join(words[:_QUALIFIER_WORDS])
    return f"“{text}…”" if len(words) > _QUALIFIER_WORDS else f"“{text}”"


def number(value: float | None) -> str:
    if value is None:
        return "an unstated number"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


# Counted words that already say what happened to the people counted: "1,100 casualties", not "… killed or wounded".
_SELF_DESCRIBING = frozenset({"casualties", "casualty", "dead", "deaths", "death", "killed", "wounded", "injured",
                              "losses", "fatalities", "victims"})
_CATEGORY_WORDS = {"killed_or_wounded": "killed or wounded", "other": "", "money": ""}


def category_words(category: str) -> str:
    return _CATEGORY_WORDS.get(category, category)


def figure_phrase(fig: Figure) -> str:
    """'more than 3,000 North Koreans killed or wounded', 'at least 1,100 casualties'."""
    if fig.value is None and fig.low is not None and fig.high is not None:
        amount = f"{number(fig.low)}–{number(fig.high)}"
    else:
        amount = number(fig.value if fig.value is not None else fig.low if fig.low is not None else fig.high)
    counted = (fig.counted or "").strip()
    last = counted.split()[-1].lower() if counted else ""
    category = "" if last in _SELF_DESCRIBING else category_words(fig.category)
    parts = [fig.qualifier or "", amount, counted, category]
    return " ".join(p for p in parts if p)

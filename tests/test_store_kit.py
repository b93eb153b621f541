"""A tiny stand-in for extract/ (regexes over articles we write ourselves) so store tests run in seconds, plus a
corpus generator. No tests here; test_store*.py and the SIGKILL subprocess import it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from newsledger.ledger import Article, ArticleExtraction, Figure, Mention, Source, Statement, stable_id

QUOTE = re.compile(r'"([^"]+)," said ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)')
FIGURE = re.compile(r"(\d+) (?:people|soldiers|civilians) (?:were )?(killed|wounded)")
SPEAKERS = ["Maria Lopez", "John Carter", "Anna Weber", "Lopez"]
TOWNS = ["Harlow", "Brenton", "Oakridge", "Milford", "Ashby"]


def fake_extract(articles: Iterable[Article]) -> list[ArticleExtraction]:
    out = []
    for art in articles:
        sources: dict[str, Source] = {}
        statements, figures = [], []
        for m in QUOTE.finditer(art.text):
            name = m.group(2)
            sid = stable_id("src", art.id, name)
            mention = Mention(article=art.id, start=m.start(2), end=m.end(2), text=name)
            prior = sources.get(sid)
            sources[sid] = Source(id=sid, name=name, aliases=[name], kind="person",
                                  mentions=[*(prior.mentions if prior else []), mention])
            statements.append(Statement(
                id=stable_id("st", art.id, m.start(1)), article=art.id, kind="direct", start=m.start(1),
                end=m.end(1), text=m.group(1), source=sid, speaker_text=name, speaker_start=m.start(2),
                speaker_end=m.end(2), cue="said", cue_start=m.start(2) - 5, cue_end=m.start(2) - 1))
        for m in FIGURE.finditer(art.text):
            figures.append(Figure(
                id=stable_id("fig", art.id, m.start()), article=art.id, value=float(m.group(1)),
                counted=m.group(0).split()[1], category=m.group(2), start=m.start(), end=m.end(), text=m.group(0),
                source=statements[0].source if statements else None))
        out.append(ArticleExtraction(article=art, sources=list(sources.values()), statements=statements,
                                     figures=figures))
    return out


def article_record(i: int, *, outlet: str | None = None, url: str | None = None, text: str | None = None) -> dict:
    town = TOWNS[i % len(TOWNS)]
    speaker = SPEAKERS[i % len(SPEAKERS)]
    # Each article is its own event, as the linker sees events: its own day and street (templated articles of one
    # town a few days apart are otherwise one story to it, as syndicated copies are).
    n = i + 1
    street = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')} Street"
    body = text or (f'A storm hit {town} on March {1 + i % 28}, article {i}, tearing roofs off houses on {street}. '
                    f'"We are doing everything we can," said {speaker}. '
                    f"Officials said {3 + i % 7} people were killed and {10 + i % 5} people were wounded.")
    return {"id": f"gen-{i:05d}", "url": url or f"https://{outlet or 'example'}.test/news/{i}",
            "outlet": outlet or ["Daily Test", "Evening Post", "Wire Service"][i % 3],
            "date": f"2025-03-{1 + i % 28:02d}", "title": f"Storm in {town} ({i})", "text": body}


def write_corpus(path: Path, records: Iterable[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path

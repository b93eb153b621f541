"""A plain Markdown digest of a ledger, for terminals, notes and e-mail."""

from __future__ import annotations

from newsledger.compare.labels import outlet_label
from newsledger.ledger import Ledger


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def ledger_markdown(ledger: Ledger) -> str:
    names = {s.id: s.name for s in ledger.sources}
    outlets = {a.id: outlet_label(a) for a in ledger.articles}
    lines = ["# newsledger", ""]
    lines.append(f"{len(ledger.articles)} articles, {len(ledger.sources)} sources, {len(ledger.statements)} statements, "
                 f"{len(ledger.figures)} figures, {len(ledger.stories)} stories, {len(ledger.findings)} findings.")
    for story in ledger.stories:
        lines += ["", f"## {story.label}", ""]
        members = set(story.articles)
        for st in (s for s in ledger.statements if s.article in members):
            who = names.get(st.source or "", st.speaker_text or "unattributed")
            lines.append(f"- **{who}** ({st.kind}, {outlets[st.article]}): {_quote(st.text)}")
        for fig in (f for f in ledger.figures if f.article in members):
            who = names.get(fig.source or "", "the outlet")
            lines.append(f"- figure `{fig.text}` — {fig.category}, {fig.qualifier or 'exact'}; {who}")
        story_findings = [f for f in ledger.findings if f.story in (story.id, None)]
        for finding in sorted(story_findings, key=lambda f: (-f.weight, f.kind, f.id)):  # weightiest first
            lines.append(f"- *{finding.kind}* ({finding.weight:.2f}): {finding.summary}")
    skipped = [a for a in ledger.articles if not a.analysed]
    if skipped:  # said, not hidden: these articles gave no statements or figures because of their language
        lines += ["", "## Not analysed (language)", ""]
        lines += [f"- {outlets[a.id]} ({a.lang or 'unknown language'}): {_quote(a.title or a.text, 80)}"
                  for a in skipped]
    if ledger.problems:
        lines += ["", "## Problems", ""]
        lines += [f"- {p.path}{f':{p.line}' if p.line else ''}: {p.reason}" for p in ledger.problems]
    return "\n".join(lines) + "\n"

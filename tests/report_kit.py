"""A hand-built story ledger for the report tests: three invented outlets, aligned quotes, figures over time, an
estimate, findings. Every record is located in text we wrote, so ``check_offsets`` holds. No tests here."""

from __future__ import annotations

from newsledger.ledger import (
    PART_JOINER,
    AlignedPair,
    Alignment,
    Article,
    Estimate,
    EstimatePoint,
    Figure,
    Finding,
    Ledger,
    Source,
    Span,
    Statement,
    Story,
    stable_id,
)

HERALD = (
    "Fire chief Marta Lindqvist said at least 40 people were injured when a warehouse caught fire at the harbour "
    "on Friday.\n\n"
    '"The harbour walls held, and that saved the old town," Lindqvist said. "We will know more by Monday."\n\n'
    "Crews worked through the night."
)
COURIER = (
    "Forty dockworkers and visitors were hurt in Friday's harbour blaze; the fire service put the number at "
    "40 people injured.\n\n"
    '"The harbor walls held," the chief said, "and that saved the old town."\n\n'
    "Insurers have not commented."
)
WIRE = (
    "Port Elsin hospital said on Sunday it had treated more than 60 people injured in the harbour fire.\n\n"
    '"We have never seen so many burns in one night," a hospital spokesman said.\n\n'
    "The city clearly failed to inspect the warehouse."
)


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def article(key: str, outlet: str, date: str, text: str, title: str, url: str | None = None) -> Article:
    return Article(id=f"art-{key}", outlet=outlet, date=date, title=title, text=text,
                   url=url or f"https://{outlet}/{key}")


def statement(art: Article, content: str, source: str | None, speaker: str | None = None, kind: str = "direct",
              parts: tuple[str, ...] = (), nth: int = 0, speaker_nth: int = 0) -> Statement:
    start, end = span(art.text, content, nth)
    spans = [Span(start=s, end=e, text=art.text[s:e]) for s, e in (span(art.text, p) for p in parts)]
    if spans:
        start, end = spans[0].start, spans[-1].end
    who = span(art.text, speaker, speaker_nth) if speaker else (None, None)
    return Statement(id=stable_id("st", art.id, start, end), article=art.id, kind=kind, start=start, end=end,
                     text=PART_JOINER.join(p.text for p in spans) if spans else art.text[start:end], parts=spans,
                     source=source, speaker_text=speaker,
                     speaker_start=who[0], speaker_end=who[1])


def figure(art: Article, text: str, value: float, source: str | None, qualifier: str | None = None,
           category: str = "wounded", counted: str = "people") -> Figure:
    start, end = span(art.text, text)
    return Figure(id=stable_id("fig", art.id, start, end), article=art.id, value=value, qualifier=qualifier,
                  counted=counted, category=category, start=start, end=end, text=text, source=source)


def harbour_fire() -> Ledger:
    herald = article("herald", "elsin-herald.example", "2025-05-02", HERALD, "Harbour fire injures dozens")
    courier = article("courier", "coastline-courier.example", "2025-05-03", COURIER, "Forty hurt in harbour blaze")
    wire = article("wire", "wire-report.example", "2025-05-04", WIRE, "Hospital: more than 60 treated after fire")
    chief = Source(id="src-chief", name="Marta Lindqvist", kind="person",
                   aliases=["Marta Lindqvist", "Lindqvist", "the chief"], descriptions=["Fire chief"])
    service = Source(id="src-service", name="the fire service", kind="organisation", aliases=["the fire service"])
    hospital = Source(id="src-hospital", name="Port Elsin hospital", kind="organisation",
                      aliases=["Port Elsin hospital", "a hospital spokesman"])

    walls_h = statement(herald, "The harbour walls held, and that saved the old town,", chief.id, "Lindqvist",
                        speaker_nth=1)
    monday = statement(herald, "We will know more by Monday.", chief.id, "Lindqvist", speaker_nth=1)
    walls_c = statement(courier, "The harbor walls held,", chief.id, "the chief",
                        parts=("The harbor walls held,", "and that saved the old town."))
    burns = statement(wire, "We have never seen so many burns in one night,", hospital.id, "a hospital spokesman")
    said = statement(herald, "at least 40 people were injured when a warehouse caught fire at the harbour on Friday",
                     chief.id, "Fire chief Marta Lindqvist", kind="indirect")

    f_herald = figure(herald, "at least 40 people", 40, chief.id, "at least")
    f_courier = figure(courier, "40 people injured", 40, service.id)
    f_wire = figure(wire, "more than 60 people injured", 60, hospital.id, "more than")
    f_other = figure(courier, "Forty dockworkers", 40, None, counted="dockworkers")

    story = Story(id="story-harbour", label="Harbour fire in Port Elsin", articles=[herald.id, courier.id, wire.id],
                  start_date="2025-05-02", end_date="2025-05-04", outlets=[herald.outlet, courier.outlet, wire.outlet])
    walls = Alignment(id="al-walls", kind="statement", story=story.id, members=[walls_h.id, walls_c.id],
                      relation="variant", first=walls_h.id,
                      pairs=[AlignedPair(a=walls_h.id, b=walls_c.id, relation="variant", score=0.97)])
    injured = Alignment(id="al-injured", kind="figure", story=story.id,
                        members=[f_herald.id, f_courier.id, f_wire.id], relation="same_quantity", first=f_herald.id)
    points = [EstimatePoint(date=art.date, source=fig.source, figure=fig.id, article=art.id, value=fig.value,
                            qualifier=fig.qualifier)
              for art, fig in ((herald, f_herald), (courier, f_courier), (wire, f_wire))]
    estimate = Estimate(id="est-injured", story=story.id, alignment=injured.id, category="wounded", counted="people",
                        span="total", points=points, low=40, best=40, high=60)
    editorial_start, editorial_end = span(wire.text, "The city clearly failed to inspect the warehouse.")
    findings = [
        Finding(id="fnd-qual", kind="qualifier_drift", story=story.id,
                summary="coastline-courier.example reports the figure of 40 as exact where elsin-herald.example has "
                        "'at least'.",
                evidence=[f_herald.id, f_courier.id, herald.id, courier.id]),
        Finding(id="fnd-disc", kind="discrepancy", story=story.id,
                summary="elsin-herald.example gives at least 40 people injured, while wire-report.example gives "
                        "more than 60.",
                evidence=[f_herald.id, f_wire.id]),
        Finding(id="fnd-omit", kind="omission", story=story.id,
                summary="Only elsin-herald.example reports Lindqvist's “We will know more by Monday.”",
                evidence=[monday.id, herald.id]),
        Finding(id="fnd-edit", kind="editorial",
                summary="The outlet itself says ('clearly'): The city clearly failed to inspect the warehouse.",
                evidence=[f"{wire.id}:{editorial_start}-{editorial_end}"]),
    ]
    return Ledger(articles=[herald, courier, wire], sources=[chief, service, hospital],
                  statements=[walls_h, monday, walls_c, burns, said], figures=[f_herald, f_courier, f_wire, f_other],
                  stories=[story], alignments=[walls, injured], findings=findings, estimates=[estimate])

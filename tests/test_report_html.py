"""The HTML story report: escaping of hostile article text, no network, offsets faithful through highlighting
(crossing spans included), every in-page link lands, the CSP hashes match, and the CLI/API entry points."""

from __future__ import annotations

import base64
import hashlib
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import newsledger
from newsledger import api
from newsledger.cli import app
from newsledger.ledger import Article, Figure, Finding, Ledger, Source, Statement, Story, check_offsets
from newsledger.report.chart import Band, ChartPoint, estimate_chart
from newsledger.report.highlight import Mark, anchor, highlight, sentence_around
from newsledger.report.html import (
    REPORT_CSS,
    REPORT_JS,
    csp_hashes,
    pick_story,
    render_story,
    render_story_body,
    safe_url,
    write_report,
)
from tests.report_kit import harbour_fire

REPO = Path(__file__).resolve().parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SCRIPT = "<script>alert(1)</script>"
ATTR_BREAK = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
URL_BREAK = 'https://x.example/"><svg/onload=alert(1)>'


class Doc(HTMLParser):
    """The parsed page: every tag with its attributes, the text of each id and each data-s key, script/style
    contents; an end tag that does not close the innermost open element fails the test (markup must nest)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.by_id: dict[str, str] = {}
        self.ids: list[str] = []
        self.by_key: dict[str, list[tuple[str, str]]] = {}  # key -> (class, text) of each element carrying it
        self.blocks: dict[str, list[str]] = {"script": [], "style": []}
        self.text: list[str] = []
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.feed(html)
        self.close()
        assert not [t for t, _, _ in self._open if t not in {"html", "body"}], "unclosed elements"

    def handle_starttag(self, tag, attrs):
        attrs_d = dict(attrs)
        self.tags.append((tag, attrs_d))
        if attrs_d.get("id"):
            self.ids.append(attrs_d["id"])
        if tag not in VOID:
            self._open.append((tag, attrs_d, []))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self._open and self._open[-1][0] == tag, f"</{tag}> closes <{self._open[-1][0] if self._open else ''}>"
        _, attrs, buf = self._open.pop()
        text = "".join(buf)
        if attrs.get("id"):
            self.by_id[attrs["id"]] = text
        for key in (attrs.get("data-s") or "").split():
            self.by_key.setdefault(key, []).append((attrs.get("class") or "", text))
        if tag in self.blocks:
            self.blocks[tag].append(text)

    def handle_data(self, data):
        self.text.append(data)
        for _, _, buf in self._open:
            buf.append(data)

    def attrs(self, name: str) -> list[tuple[str, str]]:
        return [(tag, a[name] or "") for tag, a in self.tags if name in a]

    def key_text(self, key: str, kind: str | None = None) -> str:
        """The text of the elements carrying `key` (of mark kind `kind` only, when given), in document order."""
        return "".join(t for cls, t in self.by_key.get(key, []) if kind is None or cls == f"k-{kind}")


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def kit() -> Ledger:
    ledger = harbour_fire()
    assert check_offsets(ledger) == []
    return ledger


@pytest.fixture(scope="module")
def kit_doc(kit) -> Doc:
    return Doc(render_story(kit))


@pytest.fixture(scope="module")
def example_ledger() -> Ledger:
    """The bundled example story through the real pipeline."""
    return newsledger.analyze([REPO / "examples" / "story"])


def hostile_ledger() -> Ledger:
    payloads = f"{SCRIPT} {ATTR_BREAK} {JS_URL}"
    text = (f'The minister {SCRIPT} said: "We have {ATTR_BREAK} counted 12 dead <b>today</b>." '
            f"Her aide {ATTR_BREAK} added that 7 people {JS_URL} were missing & more.")
    art = Article(id=f'art-{ATTR_BREAK}', title=f"Title {payloads}", outlet=f"outlet {SCRIPT}", url=JS_URL,
                  date="2025-01-02", text=text)
    plain = Article(id="art-plain", title="A second outlet", outlet=f"{ATTR_BREAK}.example",
                    url=URL_BREAK, date="2025-01-03", text="Officials said 12 died.")
    quote = f"We have {ATTR_BREAK} counted 12 dead <b>today</b>."
    qs = text.index(quote)
    speaker = f"The minister {SCRIPT}"
    minister = Source(id=f"src-{SCRIPT}", name=f"Minister {SCRIPT}", kind="person", aliases=[speaker, JS_URL],
                      descriptions=[ATTR_BREAK])
    st1 = Statement(id=f"st-{ATTR_BREAK}", article=art.id, kind="direct", start=qs, end=qs + len(quote), text=quote,
                    source=minister.id, speaker_text=speaker, speaker_start=0, speaker_end=len(speaker))
    fig_text = f"7 people {JS_URL}"
    fs = text.index(fig_text)
    fig = Figure(id=f"fig-{SCRIPT}", article=art.id, value=7, category="missing", counted=f"people {SCRIPT}",
                 start=fs, end=fs + len(fig_text), text=fig_text, source=minister.id)
    story = Story(id=f"story-{SCRIPT}", label=f"Story {payloads}", articles=[art.id, plain.id],
                  outlets=[art.outlet, plain.outlet])
    finding = Finding(id="fnd-x", kind="omission", summary=f"Summary {payloads}", story=story.id,
                      evidence=[st1.id, fig.id, art.id, JS_URL])
    return Ledger(articles=[art, plain], sources=[minister], statements=[st1], figures=[fig], stories=[story],
                  findings=[finding])


# ---- escaping and no network ----


def test_hostile_article_renders_as_text_with_offsets_intact():
    ledger = hostile_ledger()
    assert check_offsets(ledger) == []
    html = render_story(ledger)
    doc = Doc(html)
    assert "<script>alert" not in html and "<img" not in html and "<b>" not in html
    tags = [t for t, _ in doc.tags]
    assert tags.count("script") == 1 and doc.blocks["script"] == [REPORT_JS]
    assert not {"img", "iframe", "object", "embed", "link", "base", "form", "b"} & set(tags)
    assert not [(t, a) for t, attrs in doc.tags for a in attrs if a.startswith("on")]
    assert not [h for _, h in doc.attrs("href") if "javascript" in h.lower()]
    text = "".join(doc.text)
    for payload in (SCRIPT, ATTR_BREAK, JS_URL, "<b>today</b>", "& more"):
        assert payload in text
    st1, fig = ledger.statements[0], ledger.figures[0]
    assert doc.key_text(anchor(st1.id), "statement") == st1.text
    assert doc.key_text(anchor(st1.id), "speaker") == st1.speaker_text
    assert doc.key_text(anchor(fig.id), "figure") == fig.text
    assert doc.by_id[anchor(fig.id)] == fig.text
    assert doc.by_id[anchor(ledger.articles[0].id)].count(SCRIPT) >= 2  # title and text, as text


def test_only_http_urls_become_links():
    html = render_story(hostile_ledger())
    hrefs = [h for tag, h in Doc(html).attrs("href")]
    external = [h for h in hrefs if not h.startswith("#")]
    assert external == [URL_BREAK]  # escaped in the attribute (the parser decodes it back)
    assert f'href="{URL_BREAK}"' not in html and "<svg/onload" not in html


@pytest.mark.parametrize("url", [JS_URL, "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x",
                                 "https://", "http://ok.example/\njavascript:alert(1)", "", None])
def test_unsafe_urls_are_refused(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://ok.example/a?b=1&c=2", "HTTP://OK.EXAMPLE/"])
def test_web_urls_are_kept(url):
    assert safe_url(url) == url


def test_no_network_requests(kit_doc, example_ledger):
    for doc in (kit_doc, Doc(render_story(example_ledger))):
        assert doc.attrs("src") == [] and doc.attrs("srcset") == []
        assert not {"link", "img", "iframe", "object", "embed", "audio", "video", "base"} & {t for t, _ in doc.tags}
        for tag, href in doc.attrs("href"):
            if not href.startswith("#"):
                assert tag == "a" and urlsplit(href).scheme in ("http", "https"), href
        for _, xlink in doc.attrs("xlink:href"):
            assert xlink.startswith("#")
    for block in (REPORT_CSS, REPORT_JS):
        assert "url(" not in block and "@import" not in block and "http" not in block.replace("http(s)", "")
    assert "fetch(" not in REPORT_JS and "XMLHttpRequest" not in REPORT_JS


def test_no_inline_handlers_or_style_attributes(kit_doc):
    assert not [a for _, attrs in kit_doc.tags for a in attrs if a.startswith("on") or a == "style"]


def test_csp_hashes_are_the_inline_blocks(kit_doc):
    hashes = csp_hashes()
    assert kit_doc.blocks["script"] == [REPORT_JS] and kit_doc.blocks["style"] == [REPORT_CSS]
    assert hashes == {"script": sha256_source(REPORT_JS), "style": sha256_source(REPORT_CSS)}
    policy = next(a["content"] for t, a in kit_doc.tags if t == "meta" and a.get("http-equiv"))
    assert f"script-src {hashes['script']}" in policy and f"style-src {hashes['style']}" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert "</" not in REPORT_JS and "</" not in REPORT_CSS  # neither may close its own element early


def test_body_is_embeddable(kit):
    body = render_story_body(kit, "story-harbour")
    assert body.startswith('<div class="nl-report">')
    for tag in ("html", "head", "body", "script", "style", "meta"):
        assert not re.search(rf"<{tag}[\s>]", body), tag
    Doc(body)  # nests on its own


# ---- content ----


def test_every_in_page_link_lands_and_ids_are_unique(kit_doc, example_ledger):
    docs = [kit_doc] + [Doc(render_story(example_ledger, s.id)) for s in example_ledger.stories]
    for doc in docs:
        assert len(doc.ids) == len(set(doc.ids))
        missing = {h[1:] for _, h in doc.attrs("href") if h.startswith("#")} - set(doc.ids)
        assert not missing


def test_header(kit_doc, kit):
    head = kit_doc.by_id["nl-top"]
    assert head == "Harbour fire in Port Elsin"
    text = "".join(kit_doc.text)
    assert "2025-05-02 – 2025-05-04" in text
    assert "elsin-herald.example, coastline-courier.example, wire-report.example" in text
    meta = [t for t, a in kit_doc.tags if t == "dd"]
    assert len(meta) == 6


def test_aligned_versions_side_by_side_first_publication_marked(kit_doc, kit):
    group = kit_doc.by_id[anchor("al-walls")]
    herald, courier = group.index("elsin-herald.example"), group.index("coastline-courier.example")
    assert herald < group.index("first published") < courier < group.rindex("variant")
    assert "The harbor walls held, … and that saved the old town." in group  # a split quote, pieces joined
    assert "2 versions" in group
    links = {h for _, h in kit_doc.attrs("href")}
    assert {f"#{anchor(s.id)}" for s in kit.statements} <= links  # every statement is shown and linked


def test_figures_table_chart_and_band(kit_doc, kit):
    section = kit_doc.by_id[anchor("al-injured")]
    assert "low 40 · best 40 · high 60" in " ".join(section.split())
    for who in ("Marta Lindqvist", "the fire service", "Port Elsin hospital"):
        assert who in section
    points = [a for t, a in kit_doc.tags if t == "a" and a.get("class") == "point"]
    assert sorted(a["href"] for a in points) == sorted(f"#{anchor(f)}" for f in kit.alignments[1].members)
    assert "Forty dockworkers" in kit_doc.by_id["nl-other-figures"]  # unaligned figures still listed


def test_findings_link_their_evidence(kit_doc, kit):
    findings = kit_doc.by_id["nl-findings"]
    assert findings.index("Discrepancy") < findings.index("Qualifier drift") < findings.index("Editorial")
    editorial = next(f for f in kit.findings if f.kind == "editorial")
    target = anchor(editorial.evidence[0])
    assert kit_doc.by_id[target] == "The city clearly failed to inspect the warehouse."
    assert ("a", f"#{target}") in kit_doc.attrs("href")


def test_top_findings_hold_only_findings_above_the_weight_floor(kit):
    from newsledger.compare.rank import TOP_MIN_WEIGHT
    from newsledger.report.html import story_report

    report = story_report(kit)
    shown = [fv.finding for fv in report.top_findings]
    assert shown and all(f.weight >= TOP_MIN_WEIGHT for f in shown)
    below = [fv.finding for fv in report.findings if fv.finding.weight < TOP_MIN_WEIGHT]
    assert below, "the kit should hold a finding below the floor (an exclusive)"
    assert not set(f.id for f in below) & set(f.id for f in shown)
    light = kit.model_copy(update={"findings": [f for f in kit.findings if f.weight < TOP_MIN_WEIGHT]})
    html = render_story_body(light)
    top = html[html.index("Top findings"):html.index("</section>", html.index("Top findings"))]
    assert "No finding weighs enough" in top and '<li class="finding' not in top


def test_articles_highlight_every_claim_at_its_offsets(kit_doc, kit):
    for statement in kit.statements:
        expected = "".join(p.text for p in statement.parts) if statement.parts else statement.text
        assert kit_doc.key_text(anchor(statement.id), "statement") == expected, statement.id
    for fig in kit.figures:
        assert kit_doc.by_id[anchor(fig.id)] == fig.text
        sentence = kit_doc.key_text(anchor(fig.id), "sentence")
        art = kit.article(fig.article)
        start, end = sentence_around(art.text, fig.start, fig.end)
        assert sentence == art.text[start:end]
    for art in kit.articles:
        assert kit_doc.by_id[anchor(art.id)].strip().endswith(art.text.strip())


def test_real_pipeline_example_renders_soundly(example_ledger):
    assert check_offsets(example_ledger) == []
    for story in example_ledger.stories:
        doc = Doc(render_story(example_ledger, story.id))
        for statement in (s for s in example_ledger.statements if s.article in story.articles):
            expected = "".join(p.text for p in statement.parts) if statement.parts else statement.text
            assert doc.key_text(anchor(statement.id), "statement") == expected


def test_pick_story():
    kit = harbour_fire()
    small = Story(id="story-small", label="small", articles=[kit.articles[0].id])
    ledger = kit.model_copy(update={"stories": [small, *kit.stories]})
    assert pick_story(ledger).id == "story-harbour"
    assert pick_story(ledger, "story-small").id == "story-small"
    with pytest.raises(KeyError):
        pick_story(ledger, "story-nope")
    loose = kit.model_copy(update={"stories": []})
    assert set(pick_story(loose).articles) == {a.id for a in kit.articles}
    assert "Harbour fire injures dozens" in render_story(loose)


def test_empty_sections_say_so():
    art = Article(id="art-1", text="Nothing was said here.")
    doc = Doc(render_story(Ledger(articles=[art])))
    text = " ".join("".join(doc.text).split())
    assert "No statements were found" in text and "No figures were found" in text and "No findings" in text


# ---- highlighting ----


def test_crossing_spans_are_split_and_nest():
    html = highlight("abcdef", [Mark(0, 4, "statement", ("a",), "a"), Mark(2, 6, "figure", ("b",), "b")])
    assert html == ('<mark class="k-statement" id="a" data-s="a">ab<mark class="k-figure" id="b" data-s="b">cd'
                    '</mark></mark><mark class="k-figure" data-s="b">ef</mark>')


def test_out_of_range_and_empty_marks_are_ignored():
    assert highlight("a<b", [Mark(1, 9, "figure"), Mark(2, 2, "figure"), Mark(-1, 1, "figure")]) == "a&lt;b"


def test_shared_speaker_span_carries_both_keys():
    doc = Doc(str(highlight("Kim said", [Mark(0, 3, "speaker", ("x",)), Mark(0, 3, "speaker", ("y",))])))
    assert doc.by_key == {"x": [("k-speaker", "Kim")], "y": [("k-speaker", "Kim")]}


@st.composite
def texts_and_marks(draw):
    text = draw(st.text(alphabet="ab <>&\"'\n.é", min_size=1, max_size=40))
    n = len(text)
    marks = []
    for i in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, n - 1))
        end = draw(st.integers(start + 1, n))
        kind = draw(st.sampled_from(["sentence", "statement", "speaker", "figure", "editorial"]))
        marks.append(Mark(start, end, kind, (f"k{i}",), f"k{i}"))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(texts_and_marks())
def test_highlight_keeps_text_and_every_span(case):
    text, marks = case
    doc = Doc(str(highlight(text, marks)))
    assert "".join(doc.text) == text
    for m in marks:
        assert doc.key_text(m.keys[0]) == text[m.start:m.end]
    assert len(doc.ids) == len(set(doc.ids))


# ---- chart ----


def _point(date, value, series="A", qualifier=None):
    return ChartPoint(date=date, value=value, series=series, href=f"r-{series}{value}", label=f"{series} {value}",
                      qualifier=qualifier)


def test_chart_draws_each_dated_point_and_the_band():
    points = [_point("2025-01-01", 100), _point("2025-01-05", 300, "B", "more than"), _point("2025-01-03", 200),
              _point(None, 999, "C")]
    svg = estimate_chart(points, Band(100, 200, 300), "Killed & wounded <b>")
    root = ET.fromstring(str(svg))  # well-formed XML, title escaped
    ns = "{http://www.w3.org/2000/svg}"
    links = root.findall(f"{ns}a")
    assert sorted(a.get("href") for a in links) == ["#r-A100", "#r-A200", "#r-B300"]  # the undated one is left out
    y = {a.get("href"): float(a.find(f"{ns}circle").get("cy")) for a in links if a.find(f"{ns}circle") is not None}
    assert y["#r-A100"] > y["#r-A200"]  # larger numbers are drawn higher
    assert root.find(f"{ns}rect[@class='band']") is not None and root.find(f"{ns}line[@class='best']") is not None
    assert root.find(f"{ns}title").text == "Killed & wounded <b>"
    assert len(root.findall(f"{ns}polyline")) == 1  # only A has two points to join


def test_chart_edge_cases():
    assert estimate_chart([_point(None, 5), _point("2025-01-01", None)], None, "t") is None
    one_day = estimate_chart([_point("2025-01-01", 0), _point("2025-01-01", 0, "B")], None, "t")
    assert one_day is not None and "nan" not in one_day.lower() and "inf" not in one_day.lower()
    partial = estimate_chart([_point("2025-01", 3), _point("2025-02-10", 4)], Band(3, 3, 4), "t")
    assert partial is not None and "2025-01-01" in partial


# ---- entry points ----


def test_write_report_and_analyze_html(tmp_path, kit):
    out = write_report(kit, tmp_path / "deep" / "report.html")
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    result = CliRunner().invoke(app, ["analyze", str(REPO / "examples" / "story"), "--html",
                                      str(tmp_path / "example.html"), "-q"])
    assert result.exit_code == 0, result.output
    assert Doc((tmp_path / "example.html").read_text(encoding="utf-8")).by_id["nl-top"]


def test_report_command_from_a_store(tmp_path):
    from tests.test_store_kit import article_record, fake_extract, write_corpus

    corpus = write_corpus(tmp_path / "corpus.jsonl", [article_record(i) for i in range(4)])
    db = tmp_path / "store.duckdb"
    api.ingest([corpus], db=db, extractor=fake_extract)
    stories = api.stories(db=db)
    story_id = stories[0]["id"]
    out = tmp_path / "story.html"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--story", story_id, "--html", str(out)])
    assert result.exit_code == 0, result.output
    doc = Doc(out.read_text(encoding="utf-8"))
    assert doc.by_id["nl-top"] == stories[0]["label"]
    assert api.report(db=db, html=tmp_path / "api.html", story=story_id).exists()
    missing = CliRunner().invoke(app, ["report", "--db", str(db), "--story", "story-nope", "--html", str(out)])
    assert missing.exit_code == 1 and "story-nope" in missing.output

"""Ingest: every input kind, and every kind of bad input reported by path (and line) with a reason."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsledger.ingest import IngestOptions, read_paths
from newsledger.ingest.identity import article_id, normalise_date, outlet_from_url
from newsledger.ingest.text import split_date_prefix
from newsledger.ledger import Article, Problem

BODY = 'The mayor said on Tuesday that "the bridge will reopen in May," and 40 workers were hired.\n\nMore text.'


def read(*paths, **options):
    items = list(read_paths([str(p) for p in paths], IngestOptions(**options)))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_plain_text_with_full_date_prefix(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(" date 2024-12-28 " + BODY, encoding="utf-8")
    (art,), problems = read(f)
    assert problems == []
    assert art.date == "2024-12-28"
    assert art.text == BODY  # the prefix is gone; offsets refer to this body
    assert art.path == str(f)


def test_partial_date_prefix_and_no_prefix(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text(" date 2023-07 " + BODY)
    (tmp_path / "n.txt").write_text(BODY + " extra")
    arts, _ = read(tmp_path / "m.txt", tmp_path / "n.txt")
    assert [a.date for a in arts] == ["2023-07", None]


def test_text_mentioning_date_is_not_a_prefix() -> None:
    assert split_date_prefix("Update date 2024-01-01 was moved") == (None, "Update date 2024-01-01 was moved")
    assert split_date_prefix(" date 2024-13-45 Body") == (None, " date 2024-13-45 Body")


def test_cp1252_fallback_warns_and_keeps_text(tmp_path: Path) -> None:
    f = tmp_path / "legacy.txt"
    f.write_bytes("Caf\u00e9 owners said \u201cno\u201d.".encode("cp1252"))
    with pytest.warns(UserWarning, match="decoded as cp1252"):
        (art,), problems = read(f)
    assert art.text == "Caf\u00e9 owners said \u201cno\u201d."


def test_utf16_with_bom_and_crlf(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("\ufeffLine one said.\r\nLine two.".encode("utf-16-le"))
    (art,), _ = read(f)
    assert art.text == "Line one said.\nLine two."


def test_gzip_input(tmp_path: Path) -> None:
    f = tmp_path / "a.txt.gz"
    f.write_bytes(gzip.compress((" date 2020-02-02 " + BODY).encode()))
    (art,), _ = read(f)
    assert art.date == "2020-02-02" and art.text == BODY


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    para = "The harbour authority said 12 ships were delayed by the storm on Monday night. " * 4
    f.write_text(f"""<html><head><title>Storm delays ships | Example Harbour News</title>
<meta property="og:site_name" content="Example Harbour News">
<meta property="article:published_time" content="2022-05-03T10:00:00Z"></head>
<body><nav>Home | Sport</nav><article><h1>Storm delays ships</h1><p>{para}</p><p>"We expect calm seas tomorrow," a spokesperson said.</p></article>
<footer>Copyright</footer></body></html>""")
    (art,), problems = read(f)
    assert problems == []
    assert "12 ships were delayed" in art.text and "Copyright" not in art.text
    assert art.title and "Storm delays ships" in art.title
    assert art.date == "2022-05-03"


def test_jsonl_fields_metadata_and_outlet_from_url(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    rows = [
        {"id": "x1", "url": "https://www.example-news.org/a", "date": "2021-03-04", "title": "T", "text": BODY,
         "incident_id": "77"},
        {"url": "http://web.archive.org/web/2016/http://www.kpbs.org/story", "text": "Another body said."},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    arts, problems = read(f)
    assert problems == []
    assert arts[0].id == "x1" and arts[0].outlet == "example-news.org" and arts[0].metadata == {"incident_id": "77"}
    assert arts[1].outlet == "kpbs.org"  # the Wayback copy's outlet is the original site
    assert arts[1].id == article_id("Another body said.")
    assert arts[0].path.endswith("a.jsonl:1")


def test_directory_is_walked_in_order_and_symlink_loops_are_cut(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second article said.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text("First article said.")
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown suffix inside a directory: not an article
    arts, problems = read(tmp_path)
    assert problems == []
    assert [a.text for a in arts] == ["Second article said.", "First article said."]


def test_duplicate_articles_are_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY + "\n")
    arts, problems = read(tmp_path)
    assert len(arts) == 1 and problems == []


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\t\n", "empty file"),
        ("only-date.txt", b" date 2024-01-01 ", "empty article text"),
        ("binary.txt", bytes(range(256)) * 20, "binary file"),
        ("nothing.html", b"<html><body><script>var x=1;</script></body></html>", "no article text"),
        ("bad.txt.gz", b"\x1f\x8b\x08\x00garbage", "corrupt gzip"),
    ],
)
def test_bad_files_are_problems_and_the_rest_is_read(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    arts, problems = read(bad, good)
    assert [a.text for a in arts] == [BODY]
    assert len(problems) == 1 and problems[0].path == str(bad) and reason in problems[0].reason


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    arts, problems = read(tmp_path / "missing.txt", empty)
    assert arts == []
    assert [p.reason for p in problems][0] == "no such file or directory"
    assert "no readable article files" in problems[1].reason


def test_malformed_jsonl_lines_are_reported_by_line(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([
        json.dumps({"text": "Good one said."}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Typed wrong.", "date": {"y": 1}}),
        json.dumps({"id": "dup", "text": "First version said."}),
        json.dumps({"id": "dup", "text": "A different text under the same id."}),
        "",
        json.dumps({"text": "Last good one said."}),
    ]))
    arts, problems = read(f)
    assert [a.text for a in arts] == ["Good one said.", "First version said.", "Last good one said."]
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [
        (2, "malformed JSON"),
        (3, "expected a JSON object, got list"),
        (4, "missing or non-string 'text'"),
        (5, "'date' must be a string, got dict"),
        (None, "duplicate id 'dup' with a different text"),
    ]


def test_size_limit_is_a_clear_problem(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("word " * 1000)
    arts, problems = read(f, max_bytes=100)
    assert arts == [] and "over the limit" in problems[0].reason and "--max-bytes" in problems[0].reason


def test_ids_are_stable_under_whitespace_changes() -> None:
    assert article_id("A  b\nc") == article_id("A b c")
    assert article_id("A b c") != article_id("A b d")


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.straitstimes.com/asia/x", "straitstimes.com"),
    ("http://WWW.Example.COM:8080/path", "example.com"),
    ("not a url", None),
    (None, None),
])
def test_outlet_from_url(url, outlet) -> None:
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(("value", "iso"), [
    ("2024-12-28", "2024-12-28"), ("2024-12-28T10:00:00Z", "2024-12-28"), ("2024-12", "2024-12"),
    ("December 27, 2024", "2024-12-27"), ("2024-02-30", None), ("", None), (None, None),
])
def test_normalise_date(value, iso) -> None:
    assert normalise_date(value) == iso


def test_articles_equal_up_to_whitespace_are_one_article_in_any_order():
    from newsledger.api import analyze_articles
    from newsledger.ingest import article_from_text, unique_articles

    a = article_from_text('"The bridge is closed," Ana Ruiz said.\n\n"It stays closed," she said.', path="a.txt")
    b = article_from_text('"The bridge is closed," Ana Ruiz said. "It stays closed," she said.', path="b.txt")
    c = article_from_text('"The bridge is open," Ana Ruiz said.', path="c.txt")
    assert a.id == b.id != c.id
    kept, problems = unique_articles([a, b, c])
    assert sorted(x.path for x in kept) == ["a.txt", "c.txt"] and problems == []  # "\n" sorts before " "
    assert unique_articles([b, c, a])[0] == [a, c]
    ledger = analyze_articles([a, b, c])
    texts = {art.id: art.text for art in ledger.articles}
    assert len(ledger.articles) == 2
    assert all(texts[s.article][s.start:s.end] == s.text for s in ledger.statements)
    forged = a.model_copy(update={"text": "Something else entirely."})
    assert [p.reason for p in unique_articles([a, forged])[1]] == [f"duplicate id {a.id!r} with a different text"]

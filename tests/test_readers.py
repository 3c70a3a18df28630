"""Readers: formats, metadata and bad input."""

from __future__ import annotations

import gzip
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sagt.errors import ReadError
from sagt.model import Article
from sagt.readers import MAX_CHARS, read_source

ARTICLE = "Ny bro över älven\n\nKommunen bygger en ny bro. Det uppger kommunalrådet Eva Lind.\n\n– Bron blir klar i maj, säger hon.\n"
PAGE = f"""<!doctype html><html><head><title>Ny bro över älven</title>
<meta property="article:published_time" content="2023-05-04T10:00:00+02:00">
<meta property="article:modified_time" content="2023-05-05T08:00:00+02:00">
<meta name="author" content="Karin Holm"></head>
<body><nav>Meny Nyheter Sport</nav><article><h1>Ny bro över älven</h1>
<p>Kommunen bygger en ny bro över älven i centrum. Det uppger kommunalrådet Eva Lind på tisdagen.</p>
<p>– Bron blir klar i maj och den kommer att göra stor skillnad för alla som cyklar, säger hon.</p>
<p>Arbetet börjar redan nästa vecka och beräknas pågå under hela vintern och våren.</p>
</article><footer>Dela på internet</footer></body></html>"""


def _read(path, **kw):
    return list(read_source(str(path), **kw))


def test_plain_text_title_is_first_line(tmp_path):
    p = tmp_path / "bro.txt"
    p.write_text("\n\n" + ARTICLE, encoding="utf-8")
    [art] = _read(p)
    assert isinstance(art, Article)
    assert art.title == "Ny bro över älven" and art.id == "bro"
    assert art.text == "\n\n" + ARTICLE  # offsets index the given text exactly


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "bro.html"
    p.write_text(PAGE, encoding="utf-8")
    [art] = _read(p)
    assert isinstance(art, Article), art
    assert art.title == "Ny bro över älven"
    assert art.published == "2023-05-04"
    assert art.updated == "2023-05-05"
    assert art.byline == "Karin Holm"
    assert "Meny" not in art.text and "Kommunen bygger" in art.text
    assert art.text.startswith("Ny bro över älven\n\n")


def test_jsonl_records_and_a_malformed_line(tmp_path):
    p = tmp_path / "a.jsonl"
    good = {"id": "x1", "text": ARTICLE, "url": "https://example.se/x1", "published": "2023-01-02"}
    p.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x2"}) + "\n"
                 + json.dumps({"id": "x3", "text": "Hej.", "lang": "sv"}) + "\n", encoding="utf-8")
    items = _read(p)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "ReadError", "Article"]
    assert items[0].url == "https://example.se/x1" and items[0].published == "2023-01-02"
    assert items[1].line == 2 and "malformed JSON" in items[1].reason
    assert items[2].line == 3 and "no 'text'" in items[2].reason
    assert str(items[1]).startswith(f"{p}:2:")


def test_json_array(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps([{"id": "a", "text": "A."}, {"id": "b", "text": "B."}]), encoding="utf-8")
    assert [a.id for a in _read(p)] == ["a", "b"]


def test_gzip_jsonl(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g", "text": ARTICLE}) + "\n")
    [art] = _read(p)
    assert art.id == "g"


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n", encoding="utf-8")
    [err] = _read(p)
    assert isinstance(err, ReadError) and "empty" in err.reason


def test_binary_garbage(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(bytes(range(256)) * 20)
    [err] = _read(p)
    assert isinstance(err, ReadError) and "binary" in err.reason


def test_invalid_utf8_names_line(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Rubrik\n\nHär står det.\nÅsa säger att det är bra.".encode("latin-1"))
    [err] = _read(p)
    assert isinstance(err, ReadError) and "UTF-8" in err.reason.upper() and err.line == 3
    [art] = _read(p, encoding="latin-1")
    assert "Åsa" in art.text


def test_invalid_utf8_in_one_jsonl_line(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(json.dumps({"id": "ok", "text": "Bra."}).encode() + b"\n" + b'{"id": "bad", "text": "\xe5"}\n')
    items = _read(p)
    assert isinstance(items[0], Article) and isinstance(items[1], ReadError) and items[1].line == 2


def test_huge_text_is_refused_clearly(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text("Rubrik\n\n" + ("Det här är en mening. " * (MAX_CHARS // 20 + 10)), encoding="utf-8")
    [err] = _read(p)
    assert isinstance(err, ReadError) and "too large" in err.reason


def test_html_without_body(tmp_path):
    p = tmp_path / "nobody.html"
    p.write_text("<html><head><title>Tom</title></head></html>", encoding="utf-8")
    [err] = _read(p)
    assert isinstance(err, ReadError) and "no main text" in err.reason


def test_missing_file(tmp_path):
    [err] = _read(tmp_path / "nope.txt")
    assert isinstance(err, ReadError) and "cannot open" in err.reason


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(
    st.binary(max_size=80),
    st.dictionaries(st.sampled_from(["id", "text", "title", "url", "lang", "tags"]),
                    st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.text(max_size=5))),
                    max_size=5).map(lambda d: json.dumps(d).encode()),
), max_size=8))
def test_jsonl_reader_never_raises(tmp_path_factory, lines):
    """Any byte soup in a JSON Lines file gives articles or ReadErrors, one per non-empty line."""
    p = tmp_path_factory.mktemp("fuzz") / "f.jsonl"
    p.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    items = list(read_source(str(p)))
    assert all(isinstance(i, (Article, ReadError)) for i in items)
    for i in items:
        if isinstance(i, ReadError):
            assert str(p) in str(i)


def test_sagt_output_records_keep_their_statements(tmp_path, seed_text):
    import sagt

    art = sagt.extract(seed_text, id="seed")
    p = tmp_path / "out.jsonl"
    p.write_text(json.dumps(art.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    [again] = _read(p)
    assert again.to_dict()["statements"] == art.to_dict()["statements"]

"""Reading articles: header block, HTML, corpus tables and bad input."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis import paths
from analysis.claims import articles
from analysis.claims.articles import Article, ArticleWarning, clean_mojibake, iter_articles, read_article, split_header
from analysis.errors import ArticleError

HEADER = "URL: https://example.org/a\nOUTLET: Example Post\nDATE: 2023-03-14\nTITLE: Shelling hits market\nLICENCE: CC BY\n\n"
BODY = "Shelling hits market\nAt least 9 people were killed on Monday, the council said.\n"


def write(tmp_path, name, data):
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_header_fields_and_body(tmp_path):
    art = read_article(write(tmp_path, "a1.txt", HEADER + BODY))
    assert isinstance(art, Article)
    assert art.id == "a1"
    assert art.url == "https://example.org/a"
    assert art.outlet == "Example Post"
    assert art.date == dt.date(2023, 3, 14)
    assert art.title == "Shelling hits market"
    assert art.licence == "CC BY"
    assert art.body == BODY
    assert art.header["outlet"] == "Example Post"


def test_header_keys_case_insensitive_and_extra_keys(tmp_path):
    text = "url: u\nOutlet: O\ndate: 14 March 2023\nSection: world\n\nBody line with 3 tanks.\n"
    art = read_article(write(tmp_path, "a2.md", text))
    assert (art.url, art.outlet, art.date) == ("u", "O", dt.date(2023, 3, 14))
    assert art.header["section"] == "world"
    assert art.title == "Body line with 3 tanks."


def test_no_header_whole_file_is_body(tmp_path):
    text = "Breaking: convoy hit\nTwo drivers died.\n"
    art = read_article(write(tmp_path, "a3.txt", text))
    assert art.header == {}
    assert art.body == text
    assert art.title == "Breaking: convoy hit"


def test_split_header_needs_known_key():
    header, body = split_header("Note: this is not a header\n\nrest")
    assert header == {}
    assert body.startswith("Note:")


def test_crlf_and_bom_normalised(tmp_path):
    raw = ("\ufeff" + HEADER + BODY).replace("\n", "\r\n").encode("utf-8")
    art = read_article(write(tmp_path, "a4.txt", raw))
    assert art.body == BODY
    assert art.url == "https://example.org/a"


def test_unreadable_header_date_warns_and_keeps_article(tmp_path):
    text = "DATE: the day after the storm\nOUTLET: X\n\nFive houses were destroyed.\n"
    path = write(tmp_path, "a5.txt", text)
    with pytest.warns(ArticleWarning, match="a5.txt"):
        art = read_article(path)
    assert art.date is None
    assert art.warnings and "DATE" in art.warnings[0]
    assert art.body.startswith("Five houses")


def test_fakes_style_date():
    assert articles.parse_date("4/7/2017") == dt.date(2017, 4, 7)
    assert articles.parse_date("28 November 2024") == dt.date(2024, 11, 28)
    assert articles.parse_date("") is None


def test_html_main_text(tmp_path):
    html = (
        "<html><head><title>Raid on depot</title><script>var x = 1;</script></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Raid on depot</h1>"
        "<p>Fourteen guards were detained after the raid on the fuel depot, officials in the province said on Sunday.</p>"
        "<p>The governor told reporters that 3 trucks had been destroyed and that an inquiry would start next week.</p>"
        "</article><footer>Copyright 2023</footer></body></html>"
    )
    art = read_article(write(tmp_path, "page.html", "OUTLET: Web Daily\n\n" + html))
    assert "Fourteen guards were detained" in art.body
    assert "<p>" not in art.body
    assert "var x" not in art.body
    assert art.outlet == "Web Daily"
    assert art.title == "Raid on depot"


def test_malformed_html_still_gives_text(tmp_path):
    html = "<html><body><div><p>Eleven families <b>returned to the village<p>after the truce</div></span></html"
    art = read_article(write(tmp_path, "broken.html", html))
    assert "Eleven families" in art.body


def test_html_without_text_is_an_error(tmp_path):
    path = write(tmp_path, "blank.html", "<html><head><script>1</script></head><body>   </body></html>")
    with pytest.raises(ArticleError, match="blank.html.*no readable text"):
        read_article(path)


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("spaces.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"GIF89a\x00\x01\x02\x00\xff", "binary file"),
        ("onlyheader.txt", "URL: https://e.org\nDATE: 2020-01-01\n\n", "header but no body"),
        ("onlyheader2.txt", "URL: https://e.org\nOUTLET: E", "header but no body"),
    ],
)
def test_bad_files_raise_naming_file(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    message = str(info.value)
    assert name in message and problem in message


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="nothere.txt"):
        read_article(tmp_path / "nothere.txt")


def test_non_utf8_is_read_with_warning(tmp_path):
    raw = "OUTLET: Caf\xe9 News\n\nThe caf\xe9 was shelled and 4 people were hurt \u2013 witnesses said.\n".encode("cp1252")
    path = write(tmp_path, "latin.txt", raw)
    with pytest.warns(ArticleWarning, match="latin.txt.*not UTF-8"):
        art = read_article(path)
    assert "café was shelled" in art.body
    assert "\u2013" in art.body  # cp1252 0x96 is an en dash
    assert art.outlet == "Café News"


def test_file_above_size_limit_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.write(b"Twelve people died. " * (50_000_000 // 20))
    assert path.stat().st_size >= 50_000_000 > articles.MAX_ARTICLE_BYTES
    with pytest.raises(ArticleError, match="huge.txt.*limit"):
        read_article(path)


def test_clean_mojibake():
    assert clean_mojibake("Syria\x95_s army") == "Syria's army"
    assert clean_mojibake("in Aleppo \x95_ monitor") == "in Aleppo - monitor"
    assert clean_mojibake("\x95_28 dead\x95_ in town") == '"28 dead" in town'
    assert clean_mojibake("Copyright \x95\x81 2018 Paper") == "Copyright  2018 Paper"
    assert clean_mojibake("1 \x95\u00b5 2015 rest") == "1  2015 rest"
    assert clean_mojibake("plain text, µm kept") == "plain text, µm kept"


def test_iter_articles_directory_walk_and_problems(tmp_path):
    write(tmp_path, "README.md", "About this folder: 5 files.\n")
    write(tmp_path, "SOURCE.md", "Where these came from.\n")
    write(tmp_path, "good.txt", HEADER + BODY)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "table.csv", "unit_id,article_content\n1,Ten soldiers were wounded.\n")
    sub = tmp_path / "more"
    sub.mkdir()
    write(sub, "nested.md", "Three clinics were destroyed.\n")
    write(sub, "image.png", b"\x89PNG\x00")
    items = list(iter_articles(tmp_path))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, ArticleError)]
    assert sorted(a.id for a in good) == ["good", "nested"]  # CSVs only when named, README/SOURCE skipped
    assert len(bad) == 1 and "empty.txt" in str(bad[0])


def test_iter_articles_named_missing_and_wrong_type(tmp_path):
    other = write(tmp_path, "notes.docx", b"PK\x03\x04")
    items = list(iter_articles([tmp_path / "gone.txt", other, write(tmp_path, "ok.txt", "Two boats sank.\n")]))
    assert [type(i).__name__ for i in items] == ["ArticleError", "ArticleError", "Article"]
    assert "gone.txt" in str(items[0]) and "notes.docx" in str(items[1])


def test_corpus_csv_rows(tmp_path):
    table = (
        "unit_id,article_title,article_content,source,date,location,labels\r\n"
        '7,"Raid kills 5","Monday\x95_s raid killed 5 people, medics said.",paper,4/7/2017,idlib,1\r\n'
        '7,"Second title","Another \x95\x81text: 2 boats.",paper,13/45/2017,hama,0\r\n'
        '8,"Blank","",paper,1/1/2016,homs,1\r\n'
    )
    path = write(tmp_path, "corpus.csv", table)
    with pytest.warns(ArticleWarning, match="corpus.csv: row 2"):
        items = list(iter_articles(path))
    first, second, third = items
    assert first.id == "corpus-0-7" and second.id == "corpus-1-7"  # unit_id repeats: the row keeps ids unique
    assert first.body == "Monday's raid killed 5 people, medics said."
    assert first.title == "Raid kills 5"
    assert (first.outlet, first.date, first.header["location"]) == ("paper", dt.date(2017, 4, 7), "idlib")
    assert second.date is None and second.body == "Another text: 2 boats."
    assert isinstance(third, ArticleError) and "corpus.csv" in str(third) and "row 3" in str(third)


def test_corpus_csv_without_text_column(tmp_path):
    path = write(tmp_path, "stats.csv", "a,b\n1,2\n")
    (item,) = list(iter_articles(path))
    assert isinstance(item, ArticleError) and "no text column" in str(item)


def test_real_fakes_corpus_reads_every_row():
    path = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
    if not path.exists():
        pytest.skip("shared FA-KES copy not present")
    items = list(iter_articles(path))
    assert len(items) == 804
    assert all(isinstance(i, Article) for i in items)
    assert len({i.id for i in items}) == 804
    assert not any(re.search("[\x80-\x9f]", i.body + i.title) for i in items)
    assert all(i.date is not None for i in items)


def test_real_seed_article():
    path = paths.SHARED_ARTICLES / "000_seed.txt"
    if not path.exists():
        pytest.skip("shared seed article not present")
    art = read_article(path)
    assert art.id == "000_seed"
    assert art.date == dt.date(2024, 11, 28)
    assert art.body.split("\n", 1)[0] == art.title

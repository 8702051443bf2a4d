"""The HTML summary: one self-contained, accessible page with the PDF's texts."""

from __future__ import annotations

from kotter_workshop.domain.demo import demo_session
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.domain.texts import texts

from .html import ARABIC, HOSTILE, build, hostile_session, parse
from .pdf import in_language


def test_the_page_names_its_language_and_has_one_title_and_landmarks():
    for language in ("en", "de"):
        session = in_language(demo_session(), language)
        root = parse(build(session))
        html = next(root.all("html"))
        assert html.attrs["lang"] == language
        assert [h.text() for h in root.all("h1")] == [session.info.title]
        for landmark in ("header", "nav", "main", "footer"):
            assert len(list(root.all(landmark))) == 1, landmark
        t = texts(language)
        h2 = [h.text() for h in root.all("h2")]
        for key in ("pdf.summary.position", "pdf.summary.findings", "pdf.standing.heading"):
            assert t(key) in h2
        # every section's heading is a link in the contents
        links = {a.attrs["href"] for a in next(root.all("nav")).all("a")}
        assert links == {"#" + h.attrs["id"] for h in root.all("h2")}


def test_nothing_outside_the_file_is_loaded_and_no_script_runs():
    page = build(hostile_session())
    root = parse(page)
    tags = {e.tag for e in root.all()}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "b"}
    for element in root.all():
        assert "src" not in element.attrs
        assert not element.attrs.get("href", "#").partition("#")[0], element.attrs
        assert not any(name.startswith("on") for name in element.attrs)
    assert len(list(root.all("style"))) == 1


def test_hostile_text_prints_literally_where_the_pdf_prints_it():
    root = parse(build(hostile_session()))
    assert next(root.all("title")).text() == HOSTILE[0]
    assert next(root.all("h1")).text() == HOSTILE[0]
    words = root.text()
    for text in HOSTILE:
        assert text in words, text
    arabic = next(e for e in root.all("span") if e.text() == ARABIC)
    assert arabic.attrs["dir"] == "auto"


def test_tables_have_header_cells_and_charts_have_text_and_a_table():
    root = parse(build(demo_session()))
    tables = list(root.all("table"))
    assert len(tables) >= 10
    for table in tables:
        assert next(table.all("caption")).text().strip()
        headers = list(table.all("th"))
        assert headers and all(th.attrs.get("scope") in ("col", "row") for th in headers)
    charts = list(root.all("svg"))
    assert len(charts) == 2 + 1 + 6  # quadrant, spectrum, pairs, six distributions
    for svg in charts:
        assert svg.attrs["role"] == "img"
        label = root.by_id(svg.attrs["aria-labelledby"])
        assert label.tag == "title" and label.parent is svg and label.text().strip()
        figure = svg.parent
        assert figure.tag == "figure"


def test_a_session_without_votes_says_so_and_draws_no_point():
    root = parse(build(new_session()))
    t = texts("en")
    assert t("pdf.standing.not_enough") + "." in root.text()
    assert t("html.quadrant_none") in root.text()
    assert not list(root.all("circle"))

"""Each kind of slide is described once, in the domain, and every layer that draws slides
registers it: the window a slide widget, the PDF a section. A kind added to the domain
and forgotten in a layer fails here, by name."""

from __future__ import annotations

import pytest

from kotter_workshop.domain import slide_kinds
from kotter_workshop.domain.agenda import all_slides, default_agenda, slide_title
from kotter_workshop.domain.framework import builtin_framework
from kotter_workshop.domain.slide_kinds import SlideKind, kind_of
from kotter_workshop.export import sections
from kotter_workshop.ui.slides import kinds as ui_kinds


def missing(registry: dict, layer: str) -> list[str]:
    """One sentence per kind of the domain that ``registry`` lacks."""
    return [
        f"the slide kind {kind.key!r} has nothing registered in {layer}"
        for kind in slide_kinds.KINDS
        if kind.key not in registry
    ]


REGISTRIES = {
    "ui/slides/kinds.py SLIDES": lambda: ui_kinds.SLIDES,
    "export/sections.py SECTIONS": lambda: sections.SECTIONS,
}


@pytest.mark.parametrize("layer", sorted(REGISTRIES))
def test_every_kind_of_slide_is_registered_in_every_layer(layer):
    registry = REGISTRIES[layer]()
    assert missing(registry, layer) == []
    assert set(registry) == set(slide_kinds.BY_KEY), "a registry names a kind the domain lacks"


def test_a_kind_added_to_the_domain_alone_is_named_as_missing(monkeypatch):
    poll = SlideKind("poll", "a quick poll", "agenda.poll", 5)
    monkeypatch.setattr(slide_kinds, "KINDS", (*slide_kinds.KINDS, poll))
    for layer, registry in REGISTRIES.items():
        assert missing(registry(), layer) == [
            f"the slide kind 'poll' has nothing registered in {layer}"
        ]


def test_the_pdf_tells_each_kind_once():
    assert sorted(sections.ORDER) == sorted(slide_kinds.BY_KEY)


def test_each_slide_widget_unfolds_as_its_kind_says():
    from kotter_workshop.ui.slides.process import VOTE

    for key, entry in ui_kinds.SLIDES.items():
        kind = slide_kinds.BY_KEY[key]
        assert entry.widget.kind is kind
        assert (entry.widget.phase_count, entry.widget.can_reveal) == (kind.steps, kind.reveals)
        assert entry.widget.reveal_phase == kind.reveal_step
    assert ui_kinds.slide_kind("process:aligning-people").reveal_phase == VOTE


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_slide_of_a_new_session_has_a_kind_a_name_and_a_place(language):
    framework = builtin_framework(language)
    slides = all_slides(framework)
    assert [s for item in default_agenda(framework) for s in item.slides] == slides
    assert {kind_of(s).key for s in slides} == set(slide_kinds.BY_KEY)
    names = [slide_title(framework, s) for s in slides]
    assert all(names) and len(set(names)) == len(names)
    with pytest.raises(KeyError):
        kind_of("poll")
    with pytest.raises(KeyError):
        kind_of("summary:setting-direction")  # a kind with one slide takes no process

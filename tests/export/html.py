"""Build HTML summaries in memory and read them back with the standard library's parser."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from html.parser import HTMLParser

from kotter_workshop.domain.model import Action, AgendaItem, Ballot, Cluster, Note, Session
from kotter_workshop.domain.parts import SessionInfo
from kotter_workshop.domain.session_factory import new_session
from kotter_workshop.export.html import write_html

from .pdf import rebuilt, with_notes

VOID = {"meta", "br", "img", "input", "link", "hr", "rect", "path", "circle"}

HOSTILE = [
    "<script>alert(1)</script>",
    "</svg><b>bold?</b>",
    "Tom & Jerry \"quoted\" 'single'",
    "&amp; stays &amp;",
    "</style><style>body{display:none}</style>",
    "<!-- a comment -->",
]
ARABIC = "هذه ملاحظة باللغة العربية"


def build(session: Session, **options) -> str:
    out = io.StringIO()
    write_html(session, out, **options)
    return out.getvalue()


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list = field(default_factory=list)  # Elements and strings

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def all(self, tag: str | None = None):
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.all(tag)

    def by_id(self, ident: str) -> Element:
        return next(e for e in self.all() if e.attrs.get("id") == ident)


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Element("#document", {})

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, self.at)
        self.at.children.append(element)
        if tag not in VOID:
            self.at = element

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Element(tag, {k: v or "" for k, v in attrs}, self.at))

    def handle_endtag(self, tag):
        node = self.at
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"</{tag}> closes nothing"
        self.at = node.parent

    def handle_data(self, data):
        self.at.children.append(data)


def parse(page: str) -> Element:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    return tree.root


def hostile_session() -> Session:
    """Every kind of user text holds markup; one note is Arabic; the room has voted."""
    info = SessionInfo(title=HOSTILE[0], team=HOSTILE[1], facilitator=HOSTILE[2])
    session = new_session(info)
    processes = [p.id for p in session.framework.processes]
    for i, pid in enumerate(processes):
        for voter, value in enumerate((2, 3, 4, 5, 1 + i % 5)):
            session.add_ballot(Ballot(pid, value, voter=f"v{voter}", round=1))
    cluster = Cluster(HOSTILE[4])
    notes = [
        Note(text, votes=n, cluster=cluster.id if n % 2 else None) for n, text in enumerate(HOSTILE)
    ]
    notes.append(Note(ARABIC, votes=9))
    session = with_notes(session, session.panel_for(processes[0]).id, notes, [cluster])
    return rebuilt(
        session,
        actions=[*session.actions, Action(HOSTILE[5], owner=HOSTILE[3])],
        agenda=[*session.agenda, AgendaItem(HOSTILE[1], (), planned_seconds=60, actual_seconds=75)],
    )

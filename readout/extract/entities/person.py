"""A person as the text names them: each mention (``PersonForm``: its span, its words in the nominative) and the
one human being they name (``Person``: canonical name, office holder, country)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class PersonForm:
    start: int
    stop: int
    text: str
    words: tuple[str, ...]  # nominative words, patronymics and initials removed
    initials: str = ""
    card: bool = False  # a kremlin.ru person card: "Фамилия Имя Отчество"
    rule: str = "ner"
    join_only: bool = False  # a first name or a common word: joins a person named in full, never makes one


@dataclass(slots=True)
class Person:
    name: str
    forms: list[PersonForm] = field(default_factory=list)
    holder_id: str | None = None
    country: str | None = None
    role: str | None = None
    entity_id: str | None = None

    @property
    def mentions(self) -> list[tuple[int, int, str]]:
        return [(f.start, f.stop, f.text) for f in self.forms]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

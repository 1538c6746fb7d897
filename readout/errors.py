"""What goes wrong with an input, said in one line that names the input.

One design, two shapes:

* A function that reads **one** input (``decode``, ``read_text_input``, ``read_header_text``) raises
  :class:`InputError`.
* A function that reads **many** inputs (``iter_inputs``, ``iter_jsonl``) never raises for a bad input: it yields a
  :class:`Failure` in the input's place and goes on with the next one, so one broken line of a 1 GB file costs one
  line. The caller prints ``str(failure)`` and counts it: nothing is skipped silently.

Something odd that does not stop reading (a malformed header date, which is dropped) is a :class:`Notice`, handed to
the ``on_warning`` callback of the reader (by default logged on the ``readout.readers`` logger).

>>> str(InputError("scan.png", "binary file (PNG image)"))
'scan.png: binary file (PNG image)'
>>> str(Failure("news.jsonl:3", "broken JSON (Expecting ',' delimiter at column 17)"))
"news.jsonl:3: broken JSON (Expecting ',' delimiter at column 17)"
>>> str(Failure("a.txt", "line one\\nline two"))
'a.txt: line one line two'
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass


def one_line(problem: str) -> str:
    """Collapse any whitespace run holding a line break into one space."""
    return " ".join(part.strip() for part in problem.splitlines() if part.strip())


class InputError(Exception):
    """One input cannot be read. ``source`` names the input (a path, ``-``, ``FILE:LINE``); ``problem`` says why."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = one_line(problem)
        super().__init__(f"{source}: {self.problem}")

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"

    def failure(self) -> "Failure":
        return Failure(self.source, self.problem)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read, yielded in its place by the readers of many inputs."""

    source: str
    problem: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "problem", one_line(self.problem))

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


@dataclass(frozen=True, slots=True)
class Notice:
    """Something odd about an input that was still read (a dropped malformed date)."""

    source: str
    problem: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "problem", one_line(self.problem))

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


OnWarning = Callable[[Notice], None]


def warn(notice: Notice, on_warning: OnWarning | None = None) -> None:
    """Hand ``notice`` to ``on_warning``, or log it on the ``readout.readers`` logger (one line on standard error)."""
    if on_warning is not None:
        on_warning(notice)
    else:
        logging.getLogger("readout.readers").warning("%s", notice)

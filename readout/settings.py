"""readout's settings: one frozen object, built on demand from the environment and explicit overrides.

Nothing is read at import time. Build settings where a run starts (the CLI, the web app, a test)::

    settings = Settings.from_env()                       # READOUT_* variables, else the defaults
    settings = Settings.from_env(max_input_bytes=1024)   # an override beats the environment

Every field names its environment variable and says what it does in its ``metadata``; :func:`describe` lists them
(the CLI's help and docs/ use it, and a test checks that none is undocumented).

>>> s = Settings.from_env(environ={"READOUT_MAX_INPUT_BYTES": "1M"})
>>> s.max_input_bytes
1048576
>>> Settings.from_env(environ={}, workers=3).workers
3
>>> try:
...     Settings.from_env(environ={"READOUT_WORKERS": "много"})
... except SettingsError as error:
...     print(error)
READOUT_WORKERS='много': expected a whole number such as 4
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

MiB = 1024 * 1024


class SettingsError(ValueError):
    """A setting has a value readout cannot use; the message names the variable and the value."""


def _setting(default: Any, env: str, doc: str, kind: str) -> Any:
    return field(default=default, metadata={"env": env, "doc": doc, "kind": kind})


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run of readout may do. Build with :meth:`from_env`; change with :meth:`with_`."""

    max_input_bytes: int = _setting(
        64 * MiB, "READOUT_MAX_INPUT_BYTES",
        "Largest input document in bytes (a file, standard input, one item of a .json file); larger inputs fail "
        "with 'too large'. A JSON Lines file may be bigger: it is read a line at a time. Accepts 64M, 512K, 1G.",
        "bytes")
    max_line_bytes: int = _setting(
        16 * MiB, "READOUT_MAX_LINE_BYTES",
        "Longest line of a JSON Lines file in bytes; a longer line fails, the lines after it are still read.",
        "bytes")
    max_extract_chars: int = _setting(
        1_000_000, "READOUT_MAX_EXTRACT_CHARS",
        "Longest document text in characters that is extracted (a text of a million characters takes minutes); "
        "a longer document fails with 'too long to extract', the other inputs are still read.",
        "count")
    db_url: str | None = _setting(
        None, "READOUT_DB",
        "Database URL (sqlite:///readout.db, postgresql+psycopg://…); unset: the store picks its default.",
        "text")
    workers: int | None = _setting(
        None, "READOUT_WORKERS",
        "Processes for extraction; unset: one per CPU core (see worker_count).",
        "count")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Settings from ``READOUT_*`` variables of ``environ`` (default ``os.environ``), then ``overrides``."""
        environ = os.environ if environ is None else environ
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise TypeError(f"unknown setting {unknown[0]!r}; settings are: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw is not None and raw.strip():
                values[f.name] = _parse(f.metadata["env"], f.metadata["kind"], raw.strip())
        values.update(overrides)
        settings = cls(**values)
        settings.check()
        return settings

    def with_(self, **changes: Any) -> "Settings":
        """A copy with some settings changed."""
        changed = replace(self, **changes)
        changed.check()
        return changed

    def check(self) -> None:
        """Raise :class:`SettingsError` when a value is out of range."""
        for name in ("max_input_bytes", "max_line_bytes"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise SettingsError(f"{name} must be a positive number of bytes, got {getattr(self, name)!r}")
        if not isinstance(self.max_extract_chars, int) or self.max_extract_chars < 1:
            raise SettingsError(f"max_extract_chars must be a positive whole number, got {self.max_extract_chars!r}")
        if self.workers is not None and (not isinstance(self.workers, int) or self.workers < 1):
            raise SettingsError(f"workers must be a positive whole number, got {self.workers!r}")

    @property
    def worker_count(self) -> int:
        """``workers``, or the number of CPU cores when unset."""
        return self.workers or os.cpu_count() or 1


def describe() -> list[dict[str, str]]:
    """Each setting with its environment variable, default and documentation.

    >>> [row["env"] for row in describe()][:2]
    ['READOUT_MAX_INPUT_BYTES', 'READOUT_MAX_LINE_BYTES']
    """
    return [{"name": f.name, "env": f.metadata["env"], "default": repr(f.default), "doc": f.metadata["doc"]}
            for f in fields(Settings)]


_SIZE = re.compile(r"(\d+)\s*([KMG]?)(?:i?B)?", re.IGNORECASE)
_FACTOR = {"": 1, "K": 1024, "M": MiB, "G": 1024 * MiB}


def _parse(env: str, kind: str, raw: str) -> Any:
    if kind == "text":
        return raw
    if kind == "count":
        if raw.isdigit():
            return int(raw)
        raise SettingsError(f"{env}={raw!r}: expected a whole number such as 4")
    match = _SIZE.fullmatch(raw)
    if not match:
        raise SettingsError(f"{env}={raw!r}: expected a number of bytes such as 67108864 or 64M")
    return int(match.group(1)) * _FACTOR[match.group(2).upper()]


def megabytes(size: int) -> str:
    """``70 * MiB`` → ``'70.0 MB'`` (binary megabytes, as the limits are set).

    >>> megabytes(64 * MiB)
    '64.0 MB'
    """
    return f"{size / MiB:.1f} MB"

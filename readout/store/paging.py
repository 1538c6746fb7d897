"""What every list of the store shares: a page of items with its total, paging checks, and two filters.

>>> checked_page(20, 0)
(20, 0)
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from readout.store import filters as f

MAX_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a list: ``items`` from ``offset``, and how many there are in all (``total``)."""

    items: list[dict]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict:
        return asdict(self)


def checked_page(limit: int, offset: int) -> tuple[int, int]:
    if not 0 <= limit <= MAX_LIMIT:
        raise f.QueryError(f"limit {limit}: expected 0 to {MAX_LIMIT}")
    if offset < 0:
        raise f.QueryError(f"offset {offset}: expected 0 or more")
    return limit, offset


def count(session: Session, stmt: sa.Select) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(stmt.order_by(None).subquery()))


def has_word(column, word: str):
    """``column`` (space-separated words, such as ``"KZ RU"``) holds ``word`` as a whole word."""
    return (sa.literal(" ") + column + sa.literal(" ")).contains(f" {word} ", autoescape=True)


def overlapping(stmt: sa.Select, since: str | None, until: str | None, first, last=None) -> sa.Select:
    """``stmt`` narrowed to rows whose ``first``…``last`` (``last`` defaults to ``first``) meets
    ``since``…``until``; a bound that is not given narrows nothing."""
    if since:
        stmt = stmt.where((first if last is None else last) >= since)
    if until:
        stmt = stmt.where(first <= until)
    return stmt

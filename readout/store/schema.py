"""The store's tables (SQLAlchemy 2 declarative). Alembic migrations in ``migrations/`` create and evolve them.

Every fact row keeps the ``start``/``stop`` of its span in its document's ``text``, so a page can highlight it.
Entities are canonical across documents (one row per ``key``); ``mentions`` and ``document_entities`` tie them
to each document. ``lemmas`` columns hold the text's lemmas for full-text search with Russian morphology.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


CASCADE = {"ondelete": "CASCADE"}


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity: Mapped[str] = mapped_column(String(64), unique=True)  # sha256(origin + "\n" + text)
    origin: Mapped[str] = mapped_column(Text)  # url, else publisher:id, else source
    source: Mapped[str | None] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    place: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    publisher_country: Mapped[str | None] = mapped_column(String(2), index=True)
    language: Mapped[str | None] = mapped_column(String(10))
    license: Mapped[str | None] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)  # sha256 of the text's words (0004)
    lemmas: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="ok")  # ok | failed
    problem: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    sectors: Mapped[list[SectorRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class EntityRow(Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    role: Mapped[str | None] = mapped_column(Text)


class DocumentEntityRow(Base):
    """An entity as it appears in one document, under the record's own id (``local_id``)."""

    __tablename__ = "document_entities"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), primary_key=True)
    local_id: Mapped[str] = mapped_column(Text, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    name: Mapped[str] = mapped_column(Text)  # the name this document gave it


class MentionRow(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(String(100), default="")


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), index=True)
    kind: Mapped[str] = mapped_column(String(50), index=True)
    status: Mapped[str] = mapped_column(String(20), default="held")
    date: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    stop: Mapped[int | None] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(100), default="")


class EventParticipantRow(Base):
    __tablename__ = "event_participants"
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", **CASCADE), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), index=True)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    lemmas: Mapped[str] = mapped_column(Text, default="")
    direct: Mapped[bool] = mapped_column(Boolean)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(String(100), default="")
    speaker_rule: Mapped[str | None] = mapped_column(String(100))
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_stop: Mapped[int | None] = mapped_column(Integer)


class CommitmentRow(Base):
    __tablename__ = "commitments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), index=True)
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    lemmas: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(30), index=True)
    action: Mapped[str | None] = mapped_column(Text)
    object: Mapped[str | None] = mapped_column(Text)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(String(20))
    target_start: Mapped[int | None] = mapped_column(Integer)
    target_stop: Mapped[int | None] = mapped_column(Integer)
    factor: Mapped[float | None] = mapped_column(Float)
    horizon: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[str | None] = mapped_column(String(10))
    addressee: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(String(100), default="")
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_stop: Mapped[int | None] = mapped_column(Integer)


class CommitmentPartyRow(Base):
    __tablename__ = "commitment_parties"
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", **CASCADE), primary_key=True)
    party: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)  # ISO alpha-2 code


class SectorRow(Base):
    __tablename__ = "sectors"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), primary_key=True)
    sector: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class SectorMentionRow(Base):
    __tablename__ = "sector_mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), index=True)
    sector: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)


class FailureRow(Base):
    """An input that could not be read or extracted; re-reading the same source replaces its row."""

    __tablename__ = "failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text)
    time: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("source", name="uq_failures_source"),)


class ThreadRow(Base):
    """Commitments between the same parties about the same object, across documents (see docs/store.md)."""

    __tablename__ = "threads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parties: Mapped[str] = mapped_column(String(200), index=True)  # sorted codes joined by spaces: "AZ KZ"
    object: Mapped[str] = mapped_column(Text)  # the first commitment's text
    status: Mapped[str] = mapped_column(String(20), index=True)  # announced | in_progress | achieved | overdue
    first_date: Mapped[str | None] = mapped_column(String(10))
    last_date: Mapped[str | None] = mapped_column(String(10))
    deadline: Mapped[str | None] = mapped_column(String(10))


class ThreadStepRow(Base):
    """One step of a thread's timeline: a commitment or a report sentence, joined to an earlier step."""

    __tablename__ = "thread_steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", **CASCADE), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))  # announced | reaffirmed | in_progress | achieved
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE))
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id", **CASCADE), index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    joins: Mapped[int | None] = mapped_column(Integer)  # position of the earlier step this one links to
    similarity: Mapped[float | None] = mapped_column(Float)


Index("ix_commitments_deadline", CommitmentRow.deadline)


class OccasionRow(Base):
    """One real meeting, call, visit or summit, told by one or more documents (readout/store/occasions.py)."""

    __tablename__ = "occasions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))  # held | planned
    kinds: Mapped[str] = mapped_column(Text)  # space-separated, in readout.store.occasion_match.KIND_ORDER
    place: Mapped[str | None] = mapped_column(Text)
    countries: Mapped[str] = mapped_column(Text, default="")  # sorted codes joined by spaces
    title: Mapped[str | None] = mapped_column(Text)


class OccasionReportRow(Base):
    """One document's report of an occasion: its events of one date and status, as matched."""

    __tablename__ = "occasion_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occasion_id: Mapped[int] = mapped_column(ForeignKey("occasions.id", **CASCADE), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", **CASCADE), index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    kinds: Mapped[str] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    countries: Mapped[str] = mapped_column(Text, default="")
    title_keys: Mapped[str] = mapped_column(Text, default="")


class OccasionKeyRow(Base):
    """The index a new report is matched through: each report under each of its countries and its date."""

    __tablename__ = "occasion_keys"
    report_id: Mapped[int] = mapped_column(ForeignKey("occasion_reports.id", **CASCADE), primary_key=True)
    country: Mapped[str] = mapped_column(String(100), primary_key=True)
    date: Mapped[str] = mapped_column(String(10))


Index("ix_occasion_keys_country_date", OccasionKeyRow.country, OccasionKeyRow.date)


class ThreadKeyRow(Base):
    """The index a new commitment finds its thread through: each thread under its parties and each rare word
    of its steps (readout.store.meaning), so adding a commitment reads only the threads it could join."""

    __tablename__ = "thread_keys"
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", **CASCADE), primary_key=True)
    parties: Mapped[str] = mapped_column(String(200))
    word: Mapped[str] = mapped_column(String(100), primary_key=True)


Index("ix_thread_keys_parties_word", ThreadKeyRow.parties, ThreadKeyRow.word)
Index("ix_thread_steps_thread_position", ThreadStepRow.thread_id, ThreadStepRow.position)
Index("ix_thread_steps_thread_document", ThreadStepRow.thread_id, ThreadStepRow.document_id)

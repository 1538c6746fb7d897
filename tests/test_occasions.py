"""Occasions (issue 15): one meeting, call or visit across its reports, the same whatever the ingest order; two
sides' reports of one call side by side; threads that join like things only."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from bundled import corpus_lines
from readout.ingest import ingest
from readout.store import open_store, prepare, save
from readout.store import schema as t
from readout.store.compare import compare
from readout.store.occasion_lists import meetings
from store_fixtures import kz_az_record

VENEZUELA = {"http://kremlin.ru/events/president/news/76860", "http://kremlin.ru/supplement/6304",
             "http://kremlin.ru/events/president/news/76854"}  # talks, participants, announcement
OMAN = {"http://kremlin.ru/events/president/news/76773", "http://kremlin.ru/supplement/6295",
        "http://kremlin.ru/events/president/news/76723"}
DAYS = {"2025-05-07", "2025-04-22", "2025-04-21"}  # with the other meetings and a phone call of those days


def _occasions(db: str) -> set[frozenset[str]]:
    with open_store(db) as store, store.session() as s:
        found = meetings(s, limit=1000).items
    return {frozenset(d["url"] for d in o["documents"]) for o in found}


@pytest.fixture(scope="module")
def corpus_days(tmp_path_factory):
    """The corpus texts of three days and the announcements of their talks, ingested in order and reversed."""
    lines = [line for line in corpus_lines() if json.loads(line).get("date") in DAYS
             or json.loads(line)["url"] in VENEZUELA | OMAN]
    out = {}
    for name, ordered in (("forward", lines), ("reversed", lines[::-1])):
        folder = tmp_path_factory.mktemp(name)
        (folder / "in.jsonl").write_text("\n".join(ordered) + "\n", encoding="utf-8")
        db = str(folder / "kb.db")
        ingest([str(folder / "in.jsonl")], db, workers=1, progress=False)
        out[name] = db
    return out


def test_corpus_talks_are_one_occasion_each_in_any_order(corpus_days):
    forward = _occasions(corpus_days["forward"])
    assert forward == _occasions(corpus_days["reversed"])
    assert VENEZUELA in forward and OMAN in forward
    with open_store(corpus_days["forward"]) as store, store.session() as s:
        found = meetings(s, countries=["RU", "VE"], since="2025-05-07", until="2025-05-07").items
        assert len(found) == 1 and found[0]["kinds"] == ["official_visit", "talks", "signing"]
        assert {d["url"] for d in found[0]["documents"]} == VENEZUELA
        calls = meetings(s, kind="phone_call").items
        assert calls and all(o["kinds"] == ["phone_call"] for o in calls)  # never also talks, a visit, a signing


def test_meetings_command_prints_one_line_an_occasion(corpus_days, capsys):
    from readout.cli import main

    assert main(["meetings", "RU", "OM", "--db", corpus_days["forward"], "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 1
    assert set(items[0]) >= {"id", "date", "end_date", "kinds", "place", "participants", "documents"}
    assert {d["url"] for d in items[0]["documents"]} == OMAN
    assert set(items[0]["documents"][0]) == {"id", "publisher", "url", "title", "date"}
    assert main(["meetings", "RU", "OM", "--db", corpus_days["forward"]]) == 0
    line, = capsys.readouterr().out.splitlines()
    assert line.startswith("2025-04-22 state_visit, talks, signing") and line.endswith("3 reports]")


# Two reports of one phone call, written for this test: the Kremlin's and Akorda's, each in its side's voice.
KREMLIN = ("Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым. Состоялся телефонный разговор "
           "Владимира Путина с Президентом Республики Казахстан Касым-Жомартом Токаевым. Лидеры обсудили "
           "торгово-экономическое сотрудничество. Президенты договорились продолжить строительство угольной "
           "электростанции в Кокшетау. Также было условлено увеличить поставки российского газа в Казахстан.")
AKORDA = ("Состоялся телефонный разговор Главы государства с Президентом России Владимиром Путиным. Касым-Жомарт "
          "Токаев поблагодарил Владимира Путина за поздравления. Стороны договорились продолжить строительство "
          "угольной электростанции в Кокшетау. «Казахстан заинтересован в расширении сотрудничества», – "
          "отметил Токаев.")


def test_two_sides_of_one_call_side_by_side(tmp_path):
    from readout.model import Document
    from readout.pipeline import extract

    db = str(tmp_path / "kb.db")
    docs = [Document(text=KREMLIN, id="k1", url="http://kremlin.ru/events/president/news/1", date="2025-06-02",
                     title="Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым",
                     publisher="kremlin.ru"),
            Document(text=AKORDA, id="a1", url="https://www.akorda.kz/ru/1", date="2025-06-02",
                     title="Состоялся телефонный разговор Главы государства с Президентом России Владимиром Путиным",
                     publisher="akorda.kz")]
    with open_store(db) as store:
        for doc in docs:
            with store.write() as s:
                save(s, prepare(extract(doc)))
        with store.session() as s:
            found = meetings(s).items
            assert len(found) == 1 and found[0]["kinds"] == ["phone_call"] and len(found[0]["documents"]) == 2
            both = compare(s, found[0]["id"])
    assert both["sides"] == ["KZ", "RU"] and all(r["official"] for r in both["reports"])
    told = [[e["text"] for e in m["commitments"]] for m in both["matches"]]
    assert any(any("Кокшетау" in x for x in texts) and len(texts) == 2 for texts in told)
    only = [(m["side"], e["text"]) for m in both["only"] for e in m["commitments"]]
    assert any(side == "RU" and "газа" in text for side, text in only), only


def test_continuing_the_work_joins_nothing(tmp_path):
    """Issue 15's thread 620: unrelated sentences chained by "Мы продолжаем эту работу" no longer form a thread."""
    unrelated = ["Мы продолжаем эту работу", "будет построено 100 новых детских садов",
                 "Будем и дальше повышать боевые возможности армии и флота", "Мы продолжаем эту работу",
                 "планируем завершить строительство 12 школ", "Мы продолжаем эту работу",
                 "будет открыт филиал Сеченовского университета", "в этом году будет сдано четвёртое судно",
                 "Мы продолжаем эту работу", "будет организована программа капитальных ремонтов",
                 "Мы продолжаем эту работу", "будем продолжать строительство жилья",
                 "Мы продолжаем эту работу", "планируем привлечь наставников", "Мы продолжаем эту работу"]
    with open_store(str(tmp_path / "kb.db")) as store:
        for i, sentence in enumerate(unrelated):
            record = kz_az_record(url=f"https://akorda.kz/{i}", date=f"2025-02-{i + 1:02d}", commitment=sentence,
                                  kind="in_progress")
            with store.write() as s:
                save(s, prepare(record))
        with store.session() as s:
            steps = s.execute(sa.select(t.ThreadStepRow.thread_id, sa.func.count())
                              .group_by(t.ThreadStepRow.thread_id)).all()
            assert len(steps) == len(unrelated) and all(n == 1 for _, n in steps)
            assert s.scalar(sa.select(sa.func.count()).select_from(t.ThreadRow)
                            .where(t.ThreadRow.status == "achieved")) == 0


def _gold() -> list[dict]:
    import csv
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "thread_gold.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"))


def _joins(gold: list[dict]) -> tuple[int, int, int]:
    from readout.store.meaning import JOIN_AT, gist, same_thing

    joined = [same_thing(gist(g["text_a"]), gist(g["text_b"])) >= JOIN_AT for g in gold]
    same = [g["label"] == "same" for g in gold]
    return sum(j and s for j, s in zip(joined, same)), sum(joined), sum(same)


def test_thread_joins_on_the_blind_gold():
    """Join precision and recall on the 166 labelled pairs (docs/store.md states them), overall and on the held-out
    half (even pair ids; the rule was tuned on the odd ones). They are below the issue's targets (0.9 and 0.8);
    this guards the figures measured so that a change can only raise them."""
    gold = [g for g in _gold() if g["pair_id"].startswith("p")]
    assert len(gold) >= 150 and {g["label"] for g in gold} == {"same", "different"}
    hits, joined, same = _joins(gold)
    assert (hits, joined, same) == (6, 6, 13)  # precision 1.0, recall 0.46 (9 joins before two shared words had
    # to be rare together; tuned on all three samples, see docs/store.md)
    held = _joins([g for g in gold if int(g["pair_id"][1:]) % 2 == 0])
    assert held == (4, 4, 9)  # held-out recall 0.44; (4, 6, 9) before two shared words had to be rare together
    tuned = _joins([g for g in gold if int(g["pair_id"][1:]) % 2 == 1])
    assert tuned == (2, 2, 4)  # tuning half: recall 0.5; (2, 3, 4) before


def test_an_announced_visit_becomes_the_held_talks_and_a_plan_in_a_call_makes_no_occasion(tmp_path):
    """Texts in our own words after kremlin.ru's announcement of 2025-05-07 ("7–10 мая … посетит") and its talks
    page of 2025-05-08: one held occasion; "договорились о встрече" in a call is no occasion of its own."""
    from readout.model import Document
    from readout.pipeline import extract

    docs = [Document(text="7–10 мая Председатель КНР Си Цзиньпин посетит Российскую Федерацию с официальным "
                          "визитом. Анонс на 7 − 10 мая 2025 года. Состоятся переговоры Владимира Путина и Си "
                          "Цзиньпина.", id="plan", url="http://example.org/announce"),
            Document(text="Владимир Путин и Си Цзиньпин провели российско-китайские переговоры в Кремле.",
                     id="held", url="http://example.org/talks", date="2025-05-08"),
            Document(text="Состоялся телефонный разговор Владимира Путина с Нарендрой Моди. Лидеры договорились "
                          "о встрече в ближайшее время.", id="call", url="http://example.org/call",
                     date="2025-05-05")]
    with open_store(str(tmp_path / "kb.db")) as store:
        for doc in docs:
            with store.write() as s:
                save(s, prepare(extract(doc)))
        with store.session() as s:
            rows = s.execute(sa.select(t.OccasionRow.status, t.OccasionRow.kinds, t.OccasionRow.date)).all()
            reports = s.scalars(sa.select(sa.func.count()).select_from(t.OccasionReportRow)).one()
    statuses = sorted(r.status for r in rows)
    assert statuses == ["held", "held"], rows  # the visit (announcement + talks) and the call, nothing planned
    assert any("talks" in r.kinds and r.date == "2025-05-08" for r in rows) and reports == 3


def test_thread_joins_on_a_second_blind_sample_the_rule_never_saw():
    """131 more pairs (bench/thread_pairs.py --seed 16, none of the first sample's), labelled blind after the rule
    was fixed: it joined 3 pairs, none of them the same commitment, and found none of the 3 that are (docs/store.md).
    Since a named document's subject joins ("Договор о стратегическом партнёрстве и сотрудничестве" agreed, then
    signed) it finds the Venezuela treaty. This pins the figures; a better rule changes them here."""
    second = [g for g in _gold() if g["pair_id"].startswith("q")]
    assert len(second) == 131
    assert _joins(second) == (1, 1, 3)  # (1, 2, 3) before two shared words had to be rare together, 3 joins before
    # continuation verbs became generic, (0, 1, 3) before documents


def test_thread_joins_on_a_sample_rich_in_one_commitment():
    """174 pairs drawn where pairs of one commitment should be frequent (bench/thread_pairs.py --rich --seed 17),
    labelled blind: only 2 are one commitment. The rule joined 5, both of them among them: precision 0.4, recall
    1.0 (docs/store.md). Two wrong joins stated different quantities in words ("шесть миллионов" and "100 миллионов"
    square metres); counts read in words keep them apart: 3 joins, precision 0.67."""
    third = [g for g in _gold() if g["pair_id"].startswith("r")]
    assert len(third) == 174 and sum(g["label"] == "same" for g in third) == 2
    assert _joins(third) == (2, 2, 2)  # (2, 3, 2) before two shared words had to be rare together, (2, 5, 2)
    # before counts in words ("шесть миллионов") were read


_JOIN_CASES = [  # (a, b, one commitment?): sentences in our own words after pairs of the thread gold
    # a treaty told as agreed and then as signed, though its subject is made of relation words (q055)
    ("Стороны завершили согласование Договора о дружбе и всестороннем сотрудничестве",
     "Президенты подписали Договор между Арменией и Вьетнамом о дружбе и всестороннем сотрудничестве", True),
    # two memoranda on two fields
    ("подписан Меморандум о сотрудничестве в области здравоохранения и фармацевтики",
     "подписан Меморандум о сотрудничестве в области школьного образования", False),
    # two shared words, both rare: one industrial park (p026)
    ("в Душанбе будет создан индустриальный парк", "подписано Соглашение о создании индустриального парка", True),
    # two shared words, a kind of object many projects share (p109, p092)
    ("по программе будет построено 100 новых детских садов", "запланировано строительство школ и детских садов",
     False),
]


@pytest.mark.parametrize("a, b, same", _JOIN_CASES)
def test_what_joins_two_commitments(a, b, same):
    """A named document joins by its subject and two subjects stay apart; two commitments that share only two key
    words are one only when both words are rare."""
    from readout.store.meaning import JOIN_AT, gist, same_thing

    assert (same_thing(gist(a), gist(b)) >= JOIN_AT) is same


def test_thread_joins_on_a_fourth_blind_sample_drawn_after_the_last_rule():
    """177 pairs (bench/thread_pairs.py --rich --seed 18, none of the earlier samples'), labelled blind after the
    rule that two shared words must both be rare: 8 are one commitment; the rule joins 7, 4 of them right
    (precision 0.57, recall 0.5; docs/store.md). The wrong joins share generic work words ("решения принимаются
    окончательные", "идёт модернизация"); the missed ones say the same in other words."""
    fourth = [g for g in _gold() if g["pair_id"].startswith("s")]
    assert len(fourth) == 177 and sum(g["label"] == "same" for g in fourth) == 8
    assert _joins(fourth) == (4, 7, 8)

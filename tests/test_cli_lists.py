"""The list commands as a user reads them, on SQLite and PostgreSQL: each says how much of how much it showed
("20 of 1,141 quotes (use --limit)"), a person or country the store does not know is "no such person" with exit
status 1 while a known one with nothing to list is "no quotes" with 0, CSV cells are plain, and every command
keeps to the exit-status table."""
from __future__ import annotations

import csv
import io

import pytest

from readout.cli import main
from store_fixtures import db_url, kz_az_record, store_records  # noqa: F401 - fixture


@pytest.fixture
def db(db_url):  # noqa: F811 - fixture
    store_records(db_url, *(kz_az_record(url=f"https://akorda.kz/{n}", date=f"2025-0{n}-10")
                            for n in range(1, 4))).close()
    return db_url


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("argv, said, lines", [
    (["quotes"], "readout: all 3 quotes\n", 3),
    (["quotes", "--limit", "2"], "readout: 2 of 3 quotes (use --limit)\n", 2),
    (["quotes", "--limit", "1", "--offset", "1"], "readout: #2 of 3 quotes (use --limit and --offset)\n", 1),
    (["quotes", "--offset", "1"], "readout: 2–3 of 3 quotes\n", 2),
    (["quotes", "--offset", "5"], "readout: none past 5: 3 quotes in all\n", 0),
    (["commitments", "--party", "KZ", "--limit", "1"], "readout: 1 of 3 commitments (use --limit)\n", 1),
    (["meetings", "KZ", "AZ", "--since", "2025-03-01"], "readout: the only meeting\n", 1),
    (["threads", "--country", "AZ"], "readout: the only thread\n", 2),  # a line for the thread, one for its why
    (["search", "товарооборот", "--kind", "commitment", "--limit", "2"], "readout: 2 of 3 hits (use --limit)\n", 2),
    (["people", "--country", "KZ"], "readout: the only person\n", 1),
])
def test_every_list_says_how_much_it_shows(db, capsys, argv, said, lines):
    status, out, err = run(capsys, *argv, "--db", db)
    assert (status, err, len(out.splitlines())) == (0, said, lines)


@pytest.mark.parametrize("argv, said", [
    (["quotes", "--person", "Путни"], "readout: no such person: Путни\n"),
    (["quotes", "--country", "FR"], "readout: no such country in the store: FR\n"),
    (["commitments", "--person", "Путни"], "readout: no such person: Путни\n"),
    (["meetings", "KZ", "FR"], "readout: no such country in the store: FR\n"),
    (["threads", "--party", "FR"], "readout: no such country in the store: FR\n"),
    (["search", "товарооборот", "--person", "Путни"], "readout: no such person: Путни\n"),
    (["people", "Путни"], "readout: no such person: Путни\n"),
    (["relations", "FR"], "readout: no such country in the store: FR\n"),
])
def test_an_unknown_person_or_country_is_not_an_empty_list(db, capsys, argv, said):
    assert run(capsys, *argv, "--db", db) == (1, "", said)


@pytest.mark.parametrize("argv, said", [
    (["quotes", "--person", "Токаев", "--reported"], "readout: no quotes\n"),
    (["quotes", "--country", "AZ"], "readout: no quotes\n"),
    (["meetings", "KZ", "AZ", "--kind", "phone_call"], "readout: no meetings\n"),
    (["search", "газопровод", "--person", "aliyev"], "readout: no hits\n"),
])
def test_a_known_person_with_nothing_to_list_is_no_quotes(db, capsys, argv, said):
    assert run(capsys, *argv, "--db", db) == (0, "", said)


@pytest.mark.parametrize("argv", [["quotes", "--country", "XX"], ["relations", "XX"], ["relations", "KZZ"],
                                  ["meetings", "--kind", "alien"], ["people", "--country", "XX"],
                                  ["threads", "--since", "2025-13-45"]])
def test_a_code_that_is_no_iso_code_is_bad_usage(db, capsys, argv):
    status, out, err = run(capsys, *argv, "--db", db)
    assert (status, out) == (2, "") and err.startswith("readout: error: ") and err.count("\n") == 1


def test_relations_of_a_known_country(db, capsys):
    status, out, err = run(capsys, "relations", "kz", "--db", db)
    assert (status, out, err) == (0, "KZ-AZ 2025: 3 events, 3 commitments\n", "")


def test_people_name_their_keys(db, capsys):
    status, out, _ = run(capsys, "people", "Алиев", "--db", db)
    assert status == 0 and out.startswith("Ильхам Алиев (AZ), president  [aliyev; entity ")


def test_csv_cells_are_plain(db, capsys):
    status, out, _ = run(capsys, "search", "товарооборот", "--kind", "commitment", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and len(rows) == 3
    assert "marks" not in rows[0] and "товарооборот" in rows[0]["snippet"]
    assert not any("(" in v for row in rows for k, v in row.items() if k not in ("text", "snippet", "title"))
    status, out, _ = run(capsys, "meetings", "--format", "csv", "--db", db)
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["participants"] == "Ильхам Алиев (AZ); Касым-Жомарт Токаев (KZ)" and row["countries"] == "AZ; KZ"
    status, out, _ = run(capsys, "commitments", "--format", "csv", "--limit", "1", "--db", db)
    assert next(csv.DictReader(io.StringIO(out)))["parties"] == "AZ; KZ"


def test_the_exit_status_table_holds_for_the_other_commands(db, capsys, tmp_path):
    assert run(capsys, "summary", "--db", db)[0] == 0
    assert run(capsys, "thread", "999999", "--db", db)[0] == 1
    assert run(capsys, "failures", "--db", db)[0] == 0
    assert run(capsys, "export", "--table", "quotes", "--format", "csv", "--db", db)[0] == 0
    assert run(capsys, "export", "--table", "records", "--format", "csv", "--db", db)[0] == 2
    assert run(capsys, "summary", "--db", "mysql://nowhere/x")[0] == 2
    assert run(capsys, "evaluate", str(tmp_path / "none"))[0] == 2
    (tmp_path / "empty").mkdir()
    assert run(capsys, "evaluate", str(tmp_path / "empty"))[0] == 1
    good = tmp_path / "a.txt"
    good.write_text("Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым.", encoding="utf-8")
    assert run(capsys, "read", str(good))[0] == 0
    assert run(capsys, "read", str(tmp_path / "missing.txt"))[0] == 1
    assert run(capsys, "read", str(good), str(tmp_path / "missing.txt"))[0] == 3
    with pytest.raises(SystemExit) as usage:
        main(["quotes", "--no-such-option"])
    assert usage.value.code == 2

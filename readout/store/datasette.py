"""The SQLite store in Datasette, as it is: metadata that gives the licence, describes every table and column
(``columns.yaml``), labels foreign keys by a readable column, and points each table at its FTS5 index (Datasette
does not find our ``content='table'`` indexes by itself).

``readout datasette --db kb.db`` starts ``datasette serve`` on 127.0.0.1 with this metadata; ``readout datasette
--metadata`` prints it (``datasette kb.db --metadata metadata.json`` then does the same). Datasette is the way to
run ad-hoc SQL over the store: ``/kb?sql=select …`` in the browser, ``/kb.json?sql=…`` for JSON.

>>> m = metadata("kb")
>>> m["license"], m["databases"]["kb"]["tables"]["quotes"]["fts_table"]
('CC BY 4.0 (texts); MIT (readout)', 'quotes_fts')
>>> m["databases"]["kb"]["tables"]["entities"]["label_column"]
'name'
"""
from __future__ import annotations

import functools
from importlib import resources

import yaml

HIDDEN = ("alembic_version",)


@functools.cache
def descriptions() -> dict:
    """``columns.yaml``: each table's description, label column, FTS table and column descriptions."""
    text = resources.files(__package__).joinpath("columns.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def metadata(database: str) -> dict:
    """Datasette metadata for a store opened under the name ``database`` (its file name without ``.db``)."""
    tables: dict[str, dict] = {}
    for name, info in descriptions().items():
        table = {"description": info["description"], "columns": dict(info["columns"])}
        if info.get("label"):
            table["label_column"] = info["label"]
        if info.get("fts"):
            table |= {"fts_table": info["fts"], "fts_pk": "id"}
        tables[name] = table
    for name in HIDDEN:
        tables[name] = {"hidden": True}
    return {
        "title": "readout: Russian diplomatic readouts as structured records",
        "description": "Documents, entities, quotes, commitments, events and commitment threads; every fact is a "
                       "span (start, stop) of its document's text.",
        "license": "CC BY 4.0 (texts); MIT (readout)",
        "license_url": "https://creativecommons.org/licenses/by/4.0/",
        "source": "kremlin.ru and other publishers; each document keeps its URL and licence",
        "databases": {database: {"tables": tables}},
    }

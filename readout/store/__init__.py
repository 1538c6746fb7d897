"""The knowledge base: records stored in SQLite (default) or PostgreSQL, searchable, with commitment threads.

>>> import os, tempfile
>>> with open_store(os.path.join(tempfile.mkdtemp(), "kb.db")) as store, store.session() as s:
...     summary(s)["documents"]
0
"""
from readout.store.db import Store, open_store
from readout.store.engine import StoreError, default_url, resolve_url
from readout.store.queries import commitments, export_records, meetings, quotes, relations, summary, thread
from readout.store.search import Hit, search
from readout.store.threads import rebuild_threads
from readout.store.write import Prepared, identity_of, prepare, save

__all__ = ["Hit", "Prepared", "Store", "StoreError", "commitments", "default_url", "export_records", "identity_of",
           "meetings", "open_store", "prepare", "quotes", "rebuild_threads", "relations", "resolve_url", "save",
           "search", "summary", "thread"]

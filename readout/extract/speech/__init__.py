"""Speech: direct quotes (``quotes``: the rules in order; ``layouts``: news copy's layouts; ``fragments``: words
quoted inside reported speech; ``transcripts``), reported speech (``reported``), who an attribution names
(``sources``) and what they share (``base``).

Imports run one way: ``base`` ← ``sources`` ← ``reported``, ``layouts``, ``fragments``, ``transcripts`` ← ``quotes``.
"""

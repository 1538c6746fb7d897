"""Commitments: clauses with a cue (``find``), the states they bind and who is instructed (``parties``), numeric
targets and factors (``numbers``) and deadlines (``dates``)."""

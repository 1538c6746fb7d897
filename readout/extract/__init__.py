"""Extractors: each takes a document's analysis and returns facts as spans into its text."""

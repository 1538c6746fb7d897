"""Entities: persons (``persons``), their names' nominatives and organisations (``names``), countries
(``countries``), titles standing for office holders (``roles``), the publisher (``publisher``), and the record's
entity list (``build``)."""

"""Events: what the document reports as held or planned (``find``) and where the main event took place
(``places``)."""

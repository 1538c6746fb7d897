"""Which language a text is in: readout reads Russian, and says so when a text is in another language.

The text is cut into sentences and lines; each piece with enough letters is given a language by py3langid (a
maintained fork of langid.py, trained on 97 languages), and the text's language is the one that holds most of its
letters. One correction: a Cyrillic piece that uses no letter foreign to the Russian alphabet (і, ә, қ, ў, ј…)
is Russian unless py3langid is sure of another language, because on short sentences it mistakes Russian for
Macedonian or Serbian ("Токаев посетил Баку." alone is "mk" to it).

>>> detect("Касым-Жомарт Токаев провёл переговоры с Ильхамом Алиевым в Астане.").language
'ru'
>>> found = detect("President Tokayev held talks with President Aliyev in Astana. The leaders agreed to double trade.")
>>> found.language, found.warning("a.txt")
('en', 'a.txt: English text; readout reads Russian')
>>> detect("Мемлекет басшысы Әзербайжан Президентімен келіссөздер жүргізді. Тараптар ынтымақтастықты талқылады.").language
'kk'
>>> detect("2025 — 2026").language is None
True
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass

RUSSIAN = "ru"
UNKNOWN = "und"  # ISO 639-2: undetermined
MIXED_SHARE = 0.2  # a second language holding at least this share of the letters makes a text mixed
MIN_LETTERS = 12  # shorter pieces are not judged on their own
SURE = 0.95  # py3langid's probability above which it overrules the Cyrillic correction
NAMES = {"und": "undetermined-language", "ru": "Russian", "en": "English", "kk": "Kazakh", "uk": "Ukrainian", "be": "Belarusian", "ky": "Kyrgyz",
         "uz": "Uzbek", "tg": "Tajik", "az": "Azerbaijani", "hy": "Armenian", "ka": "Georgian", "tk": "Turkmen",
         "mn": "Mongolian", "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian", "de": "German", "fr": "French",
         "es": "Spanish", "it": "Italian", "pl": "Polish", "tr": "Turkish", "zh": "Chinese", "ar": "Arabic",
         "fa": "Persian", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "ro": "Romanian"}

_PIECE = re.compile(r"[^\n.!?]+[.!?]*")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Cyrillic letters that Russian does not use: Ukrainian, Belarusian, Kazakh, Kyrgyz, Tajik, Uzbek, Serbian…
_FOREIGN_CYRILLIC = re.compile(r"[іїєґўәғқңөұүһҳҷӣӯјљњћђџѓќѕІЇЄҐЎӘҒҚҢӨҰҮҺҲҶӢӮЈЉЊЋЂЏЃЌЅ]")


@dataclass(frozen=True, slots=True)
class Detected:
    """The language holding most letters (ISO 639-1, ``None`` for a text without letters) and each language's
    share of the letters, largest first."""

    language: str | None
    shares: tuple[tuple[str, float], ...] = ()

    @property
    def others(self) -> tuple[tuple[str, float], ...]:
        """Languages besides the main one that hold at least :data:`MIXED_SHARE` of the letters."""
        return tuple((code, share) for code, share in self.shares[1:] if share >= MIXED_SHARE)

    def problem(self) -> str | None:
        """What to tell the user when the text is not all Russian, else ``None``.

        >>> Detected("ru", (("ru", 0.6), ("en", 0.4))).problem()
        'mixed text, 40% English; readout reads the Russian only'
        >>> Detected("kk", (("kk", 0.7), ("ru", 0.3))).problem()
        'Kazakh text (30% Russian); readout reads Russian'
        """
        if self.language is None:
            return None
        others = ", ".join(f"{round(share * 100)}% {name(code)}" for code, share in self.others)
        if self.language == RUSSIAN:
            return f"mixed text, {others}; readout reads the Russian only" if others else None
        return f"{name(self.language)} text{f' ({others})' if others else ''}; readout reads Russian"

    def warning(self, source: str) -> str | None:
        """:meth:`problem` as one line naming the input."""
        problem = self.problem()
        return f"{source}: {problem}" if problem else None


def name(code: str) -> str:
    """The English name of a language code, or the code itself."""
    return NAMES.get(code, code)


def detect(text: str) -> Detected:
    """The language of ``text`` and the share of each language in it (see the module's description)."""
    letters: dict[str, int] = {}
    for piece in _PIECE.findall(text):
        count = len(_LETTER.findall(piece))
        if count < MIN_LETTERS:
            continue
        code = _piece_language(piece, count)
        letters[code] = letters.get(code, 0) + count
    total = sum(letters.values())
    if not total:
        return Detected(None)
    shares = tuple(sorted(((code, n / total) for code, n in letters.items()), key=lambda kv: -kv[1]))
    return Detected(shares[0][0], shares)


def _piece_language(piece: str, letters: int) -> str:
    identifier = _identifier()
    code, probability = identifier.classify(piece) if identifier is not None else (UNKNOWN, 0.0)
    if code == RUSSIAN or probability >= SURE:
        return code
    cyrillic = len(_CYRILLIC.findall(piece))
    if cyrillic * 2 > letters and len(_FOREIGN_CYRILLIC.findall(piece)) * 100 < cyrillic:
        return RUSSIAN
    return code


_LOCK = threading.Lock()
_IDENTIFIER = None


def _identifier():
    """py3langid's model, loaded once per process on first use (about 0.4 s); ``None`` when it cannot be loaded
    (it unpacks itself into a temporary file: a full disk), said once on the ``readout`` logger. Without it a
    Cyrillic text without foreign letters is still Russian, and any other text is of unknown language ("und")."""
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            try:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            except (ImportError, OSError) as error:
                logging.getLogger("readout").warning("language detection is unavailable: %s", error)
                _IDENTIFIER = False
        return _IDENTIFIER or None

"""Qt translations from the same .ts files the printouts use.

A QTranslator subclass answers from :mod:`kiosk.i18n`, so there is no compiled .qm step to
forget and QML and paper can never disagree, plural forms included.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import i18n


class CatalogueTranslator(QTranslator):
    """Installed once; a language change swaps its catalogue (:meth:`use`).

    Why not a new translator per language: ``installTranslator`` takes Qt's translator
    lock for writing while holding the GIL, and any thread that is inside a translation
    at that moment (the audio thread creating a QTextToSpeech does translate) holds that
    lock for reading and waits for the GIL in our ``translate``: a deadlock before the
    first frame, seen about once in twenty starts.
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self._catalogue = i18n.catalogue(language)
        self.code = language  # not .language: that would hide QTranslator.language()

    def use(self, language: str) -> None:
        """Answer in ``language`` from now on (one attribute swap: atomic for readers)."""
        self._catalogue = i18n.catalogue(language)
        self.code = language

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Untranslated: answer the source text itself. "" would blank the string, and
        # returning None trips a reference-counting bug in PySide6's virtual dispatch.
        # A count (qsTr(text, "", n)) gets the plural form Qt's rules choose; Qt itself
        # then replaces "%n" in what we return.
        if n >= 0:
            forms = self._catalogue.forms(context, source_text)
            if forms:
                return forms[min(i18n.plural_form(self.code, n), len(forms) - 1)]
        if not self._catalogue.has(context, source_text):
            return source_text
        return self._catalogue.translate(context, source_text)

    def isEmpty(self) -> bool:  # Qt override
        return len(self._catalogue) == 0


_installed: CatalogueTranslator | None = None


def use_language(app: QCoreApplication, language: str) -> None:
    """Qt translates into ``language`` from now on. The one translator is installed on
    the first call and kept for the process (windows come and go in tests and tours)."""
    global _installed
    if _installed is None:
        _installed = CatalogueTranslator(language)
        app.installTranslator(_installed)
    else:
        _installed.use(language)

"""Qt translations from the same .ts files the printouts use.

A QTranslator subclass answers from :mod:`kiosk.i18n`, so there is no compiled .qm step to
forget and QML and paper can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from kiosk import i18n


class CatalogueTranslator(QTranslator):
    def __init__(self, language: str) -> None:
        super().__init__()
        self._catalogue = i18n.catalogue(language)
        self.code = language  # not .language: that would hide QTranslator.language()

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Untranslated: answer the source text itself. "" would blank the string, and
        # returning None trips a reference-counting bug in PySide6's virtual dispatch.
        if not self._catalogue.has(context, source_text):
            return source_text
        return self._catalogue.translate(context, source_text)

    def isEmpty(self) -> bool:  # Qt override
        return len(self._catalogue) == 0

"""Language changes swap the one installed translator instead of installing a new one:
installing takes Qt's translator lock for writing, and a thread inside a translation (the
audio thread creating its speech engine) waits for the GIL in our translator meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.translator import use_language

SOURCE = ("WelcomeView", "Welcome to the Bürgerbüro")


def test_switching_languages_translates_and_keeps_one_translator(qapp: object) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    calls: list[object] = []
    original = app.installTranslator
    app.installTranslator = lambda t: calls.append(t) or original(t)  # type: ignore[method-assign]
    try:
        use_language(app, "de")
        german = QCoreApplication.translate(*SOURCE)
        use_language(app, "ar")
        arabic = QCoreApplication.translate(*SOURCE)
        use_language(app, "de")
        assert QCoreApplication.translate(*SOURCE) == german != arabic
        assert german != SOURCE[1] and any("\u0600" <= c <= "\u06ff" for c in arabic)
    finally:
        del app.installTranslator
    assert len(calls) <= 1  # at most the very first install of the process

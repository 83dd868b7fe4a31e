"""Where the kiosk's data files are: the one place that knows, so a checkout and an
installed wheel find the catalogue, forms, translations, keyboards and sounds alike.

The repository's ``assets/`` folder is installed as the package ``kiosk_assets``
(``[tool.setuptools.package-dir]`` in pyproject.toml); in a checkout the editable
install maps the same name to ``assets/``. importlib.resources finds it either way, so no
code joins paths relative to the source tree.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "kiosk_assets"


def _root() -> Path:
    root = files(PACKAGE)
    if not isinstance(root, Path):  # a zipped install: Qt and tomllib need real files
        raise RuntimeError(f"{PACKAGE} must be installed as plain files, not inside {root}")
    return root


ASSETS = _root()
DEMO_CONFIG = ASSETS / "config" / "demo.toml"
CATALOGUE = ASSETS / "catalogue.toml"
FORMS_DIR = ASSETS / "forms"
I18N_DIR = ASSETS / "i18n"
KEYBOARDS_DIR = ASSETS / "keyboards"
SOUNDS_DIR = ASSETS / "sounds"
KEYPADS_DIR = ASSETS / "keypads"

"""Package list for setuptools (the metadata is in pyproject.toml): the code packages,
plus the repository's assets/ folder installed as ``kiosk_assets`` (kiosk/resources.py).
A find in pyproject.toml cannot add a folder under another name, hence this file."""

from setuptools import find_namespace_packages, setup

CODE = find_namespace_packages(include=["kiosk*", "ui*", "devices*"], exclude=["*__pycache__*"])
DATA = find_namespace_packages("assets", exclude=["deploy*", "*__pycache__*"])

setup(
    packages=[*CODE, "kiosk_assets", *(f"kiosk_assets.{name}" for name in DATA)],
    package_dir={"kiosk_assets": "assets"},
)

"""The fake ZMS and the backend factory for every test in this folder (see zms_rig)."""

from zms_rig import make, zms

__all__ = ["make", "zms"]

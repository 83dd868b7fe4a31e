"""Printer model profiles: the numbers that decide whether a ticket fits the paper."""

from __future__ import annotations

import pytest

from devices.printing.profiles import PROFILES, CutMode, PrinterProfile, get_profile


@pytest.mark.parametrize(
    ("name", "dpi", "dots"),
    [
        ("tm-t88", 180, 512),
        ("tm-t88v", 180, 512),
        ("tm-t20", 203, 576),
        ("tm-t20-raster", 203, 576),
        ("vkp80", 203, 576),
        ("tsp100", 203, 576),
    ],
)
def test_known_profiles(name: str, dpi: int, dots: int) -> None:
    p = get_profile(name)
    assert (p.name, p.dpi, p.dots) == (name, dpi, dots)
    assert p.bytes_per_row * 8 == dots
    assert 71.5 < p.width_mm < 72.5  # the printable width of an 80 mm roll


def test_native_text_only_where_the_model_has_text_pages_and_qr() -> None:
    native = {name for name, p in PROFILES.items() if p.native_text}
    assert native == {"tm-t20", "tm-t88v"}  # the TM-T88 II/III have no GS ( k QR code
    assert get_profile("tm-t20").columns == 48 and get_profile("tm-t88v").columns == 42
    for name in native:
        pages = get_profile(name).code_pages
        assert pages[0] == 16 and {45, 46, 48} <= set(pages)  # 1252, 1250, 1251, 1254
    assert 44 not in get_profile("tm-t88v").code_pages  # PC1125 is the TM-T20's only


def test_lookup_ignores_case_and_blanks() -> None:
    assert get_profile("  TM-T88 ") is PROFILES["tm-t88"]


def test_unknown_profile_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown printer profile 'tm-t99'") as err:
        get_profile("tm-t99")
    for name in PROFILES:
        assert name in str(err.value)


def test_epson_feeds_to_the_cutter_and_cuts_partially() -> None:
    assert get_profile("tm-t88").cut == b"\x1dVB\x00"  # GS V 66 0
    assert get_profile("tm-t20").finish == b"\x1dVB\x00"


def test_star_cuts_fully() -> None:
    assert get_profile("tsp100").cut == b"\x1dVA\x00"  # GS V 65 0


def test_presenter_cuts_and_presents_with_one_command() -> None:
    p = get_profile("vkp80")
    assert p.cut == b""  # FS P cuts itself: no second cut on an empty ticket
    assert p.present[:2] == b"\x1cP" and len(p.present) == 6
    assert p.present[4] == ord("E")  # eject, never retract the citizen's number
    assert p.finish == p.present


def test_cut_without_feed() -> None:
    p = PrinterProfile("x", "X", dpi=203, dots=576, cut_mode=CutMode.FULL, feed_to_cutter=False)
    assert p.cut == b"\x1dV\x00"
    p = PrinterProfile("x", "X", dpi=203, dots=576, feed_to_cutter=False)
    assert p.cut == b"\x1dV\x01"


@pytest.mark.parametrize(
    "kwargs",
    [{"dots": 500}, {"dots": 0}, {"cut_feed": 256}, {"max_band_rows": 0}],
)
def test_invalid_profiles_are_rejected(kwargs: dict[str, int]) -> None:
    args: dict[str, int] = {"dpi": 203, "dots": 576} | kwargs
    with pytest.raises(ValueError):
        PrinterProfile("bad", "Bad", **args)


def test_native_text_needs_known_code_pages() -> None:
    with pytest.raises(ValueError, match="needs code pages"):
        PrinterProfile("bad", "Bad", dpi=203, dots=576, native_text=True)
    with pytest.raises(ValueError, match="no codec for code pages"):
        PrinterProfile("bad", "Bad", dpi=203, dots=576, native_text=True, code_pages=(50,))

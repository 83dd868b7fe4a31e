"""Card read timings through the real PC/SC stack (pyscard -> pcscd -> vpcd -> emulator).

* ``card_read_pace_ms_p50``: connect, PACE with the CAN, EF.COM, DG1, disconnect
  (German ID card profile); goal <= 300 ms.
* ``card_read_bac_ms_p50``: the same with BAC and the MRZ key (passport profile, which
  also has DG11); goal <= 200 ms.
* ``card_read_select_by_fid_ms_p50``: the ID card profile as a chip without short file
  identifiers that answers errors in the clear: the first READ BINARY by SFI fails and
  ends secure messaging, PACE runs again and every file is read after SELECT.

Each function starts its own private pcscd (see :mod:`pcsc_rig`), so nothing else may run
pcscd meanwhile. The emulator's chip-side cryptography runs in this process too, so the
figures include both ends of PACE; a real chip is slower (0.3-1 s). Figures are measured,
never asserted (``make bench`` collects them). Run as a script to print them as JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
for _p in (str(_HERE), str(_HERE.parents[1])):  # the rigs, and the repo for `devices`
    if _p not in sys.path:
        sys.path.append(_p)

import emrtd_emulator as em  # noqa: E402
import pcsc_rig  # noqa: E402

from devices.idcard.reader import PcscReader  # noqa: E402


def _median_ms(profile: em.CardProfile, can: str | None, mrz_key: str | None, runs: int) -> float:
    with pcsc_rig.PcscRig() as rig, em.EmrtdEmulator(profile, port=rig.port) as emulator:
        reader = PcscReader(rig.reader)
        emulator.wait_connected(5)
        deadline = time.monotonic() + 5
        while not reader.card_present():
            if time.monotonic() > deadline:
                raise RuntimeError("the emulated card never reached the reader")
            time.sleep(0.02)
        reader.read(can=can, mrz_key=mrz_key)  # warm-up (imports, precomputed tables)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            reader.read(can=can, mrz_key=mrz_key)
            times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def card_read_pace_ms_p50(runs: int = 20) -> dict[str, float]:
    return {"card_read_pace_ms_p50": _median_ms(em.id_card_profile(), "123456", None, runs)}


def card_read_bac_ms_p50(runs: int = 20) -> dict[str, float]:
    profile = em.passport_profile()
    return {"card_read_bac_ms_p50": _median_ms(profile, None, profile.mrz_key, runs)}


def card_read_select_by_fid_ms_p50(runs: int = 20) -> dict[str, float]:
    profile = em.id_card_profile().but(sfi=False, plain_errors=True)
    return {"card_read_select_by_fid_ms_p50": _median_ms(profile, "123456", None, runs)}


def main() -> None:
    print(
        json.dumps(
            {
                **card_read_pace_ms_p50(),
                **card_read_bac_ms_p50(),
                **card_read_select_by_fid_ms_p50(),
            }
        )
    )


if __name__ == "__main__":
    main()

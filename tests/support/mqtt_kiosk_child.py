"""A kiosk help channel in its own process, for tests that SIGKILL a kiosk.

``python mqtt_kiosk_child.py PORT PREFIX SITE KIOSK_ID`` connects, opens a help call,
prints ``ready <call_id>`` and then waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo, for `kiosk`

from kiosk.config import MqttSection
from kiosk.help.mqtt import MqttHelpChannel


def main() -> int:
    port, prefix, site, kiosk_id = sys.argv[1:5]
    channel = MqttHelpChannel(
        MqttSection(port=int(port), topic_prefix=prefix),
        kiosk_id=kiosk_id,
        site=site,
        location=f"Terminal {kiosk_id}",
        escalate_after_s=3600,
    )
    if not channel.wait_connected(10):
        print("no broker", flush=True)
        return 1
    channel.publish_status({"screen": "concerns", "printer": "ready"})
    channel.request("technical", "concerns")
    call = channel.current
    assert call is not None
    time.sleep(0.2)  # let the publishes reach the broker
    print(f"ready {call.call_id}", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    sys.exit(main())

"""Out of service set remotely: `kiosk remote service` over a real mosquitto reaches the
kiosk, which shows the out-of-service screen until it is put back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import mosquitto_rig

from kiosk import config

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def test_remote_out_of_service_and_back(make_ui, tmp_path):
    mosquitto_rig.require()
    with mosquitto_rig.MosquittoRig() as broker:
        path = tmp_path / "kiosk.toml"
        path.write_text(
            f'[kiosk]\nid = "foyer-1"\nstate_dir = "{tmp_path / "state"}"\n'
            f'[display]\nfullscreen = false\n[help]\nkind = "mqtt"\nsite = "rathaus"\n'
            f"[mqtt]\nport = {broker.port}\n"
        )
        cfg = config.load(path)
        d = make_ui(cfg)
        d.wait_until(lambda: getattr(d.ui.context.help_channel, "connected", True))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

        def remote(*args: str) -> str:
            # The kiosk's GUI thread must run while the command waits for its answer.
            proc = subprocess.Popen(
                [KIOSK, "remote", "service", "rathaus/foyer-1", *args, "--config", str(path)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            d.wait_until(lambda: proc.poll() is not None, timeout_s=60)
            out, err = proc.communicate()
            assert proc.returncode == 0, err
            return out

        # The kiosk reports what it did in its own retained status, and the CLI shows it.
        assert "the kiosk reports out_of_service" in remote("out", "--message", "fault")
        d.wait_until(lambda: d.ui.context.services.state == "out_of_service")
        d.tap("language_de")
        assert d.screen() == "out_of_service"
        assert "Störung" in d.text("noticeDetail")
        assert "the kiosk reports ok" in remote("in")
        d.wait_until(lambda: d.ui.context.services.state == "open")

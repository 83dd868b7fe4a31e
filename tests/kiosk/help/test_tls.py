"""TLS failures name their reason (unknown CA, hostname mismatch, expired) in the kiosk's
log and in ``kiosk doctor``: against the docs/mqtt.md broker, and a small TLS server with
an expired certificate (openssl cannot back-date one)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import doc_clients
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from doc_clients import SITE, section, wait_until

from kiosk import config as config_mod
from kiosk.help import docbroker
from kiosk.help.mqtt import MqttHelpChannel
from kiosk.help.tls import tls_problem
from kiosk.ops.doctor import FAIL, OK, check_mqtt


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(folder: Path, name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(_name(name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=30))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    (folder / f"{name}.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert


def make_server_cert(
    folder: Path, ca: tuple[ec.EllipticCurvePrivateKey, x509.Certificate], days: tuple[int, int]
) -> tuple[Path, Path]:
    ca_key, ca_cert = ca
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=days[0]))
        .not_valid_after(now + dt.timedelta(days=days[1]))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    crt, pem = folder / "server.crt", folder / "server.key"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return crt, pem


@pytest.fixture(scope="module")
def broker() -> Iterator[docbroker.DocBroker]:
    doc_clients.require()
    with docbroker.DocBroker() as b:
        yield b


@pytest.fixture
def expired_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """A TLS listener on 127.0.0.1 whose certificate expired yesterday; (port, CA file)."""
    ca = make_ca(tmp_path, "test-ca")
    crt, key = make_server_cert(tmp_path, ca, (-30, -1))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(crt, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port, tmp_path / "test-ca.crt"
    stop.set()
    thread.join(2)
    listener.close()


def test_a_good_set_up_has_no_problem(broker):
    assert tls_problem(section(broker, "rathaus-t1")) is None


def test_unknown_ca_is_named(broker, tmp_path):
    make_ca(tmp_path, "other-ca")
    mqtt = section(broker, "rathaus-t1", ca_file=str(tmp_path / "other-ca.crt"))
    assert tls_problem(mqtt) == (
        "TLS: the broker's certificate is not signed by mqtt.ca_file (unknown CA)"
    )


def test_hostname_mismatch_is_named(broker):
    mqtt = section(broker, "rathaus-t1", host="127.0.0.1")  # the certificate says localhost
    assert tls_problem(mqtt) == (
        "TLS: the broker's certificate is not valid for 127.0.0.1 (hostname mismatch)"
    )


def test_an_expired_certificate_is_named(expired_server):
    port, ca_file = expired_server
    mqtt = config_mod.MqttSection(host="localhost", port=port, tls=True, ca_file=str(ca_file))
    assert tls_problem(mqtt) == "TLS: the broker's certificate has expired"


def test_the_kiosk_log_names_the_reason(broker, caplog):
    caplog.set_level(logging.WARNING, logger="kiosk.help.mqtt")
    channel = MqttHelpChannel(
        section(broker, "rathaus-t1", host="127.0.0.1"),
        kiosk_id="rathaus-t1",
        site=SITE,
        location="Foyer",
        escalate_after_s=600,
    )
    try:
        wait_until(lambda: any("not reachable" in r.message for r in caplog.records))
        record = next(r for r in caplog.records if "not reachable" in r.message)
        assert "hostname mismatch" in record.fields["reason"]  # type: ignore[attr-defined]
        assert not channel.connected
    finally:
        channel.close()


def test_doctor_names_the_reason(broker, tmp_path):
    cfg = config_mod.load_demo(str(tmp_path))
    cfg = dataclasses.replace(
        cfg,
        help=dataclasses.replace(cfg.help, kind="mqtt", site=SITE),
        mqtt=section(broker, "rathaus-t1", host="127.0.0.1"),
    )
    check = check_mqtt(cfg)
    assert check.status == FAIL and "hostname mismatch" in check.detail
    assert "docs/mqtt.md" in check.fix
    good = dataclasses.replace(cfg, mqtt=section(broker, "rathaus-t1"))
    assert check_mqtt(good).status == OK

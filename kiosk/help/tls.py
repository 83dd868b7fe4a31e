"""Why a TLS connection to the broker fails, in words an admin can act on.

paho reports a failed TLS handshake only as "connect failed". :func:`tls_problem` makes
the same handshake itself (same CA file, same host name) and names the reason: unknown
CA, hostname mismatch, expired or not yet valid certificate, or the plain OpenSSL text
for anything else. Used by the kiosk's and the console's link log and by
``kiosk doctor``; blocking (at most ``timeout_s``), so never on the GUI thread.
"""

from __future__ import annotations

import socket
import ssl

from kiosk.config import MqttSection

# OpenSSL's X509_V_ERR_* codes (x509_vfy.h) that mean "not signed by a CA we trust".
_UNKNOWN_CA = {2, 18, 19, 20, 21, 27}
_EXPIRED = 10
_NOT_YET_VALID = 9
_NAME_MISMATCH = {62, 63, 64}  # host name, e-mail, IP address


def tls_context(mqtt: MqttSection) -> ssl.SSLContext:
    """The checks paho's ``tls_set`` makes: the CA file (or the system's), hostname."""
    context = ssl.create_default_context(cafile=mqtt.ca_file or None)
    if mqtt.cert_file:
        context.load_cert_chain(mqtt.cert_file, mqtt.key_file or None)
    return context


def describe(err: ssl.SSLError, host: str) -> str:
    """One line naming why the handshake with ``host`` failed."""
    if isinstance(err, ssl.SSLCertVerificationError):
        code = err.verify_code
        if code in _UNKNOWN_CA:
            return "TLS: the broker's certificate is not signed by mqtt.ca_file (unknown CA)"
        if code in _NAME_MISMATCH:
            return f"TLS: the broker's certificate is not valid for {host} (hostname mismatch)"
        if code == _EXPIRED:
            return "TLS: the broker's certificate has expired"
        if code == _NOT_YET_VALID:
            return "TLS: the broker's certificate is not valid yet (check the clock)"
        return f"TLS: certificate rejected ({err.verify_message})"
    return f"TLS: handshake failed ({err.reason or err})"


def tls_problem(mqtt: MqttSection, timeout_s: float = 5.0) -> str | None:
    """None when a TLS handshake with the broker succeeds (or TLS is off), else why not.

    A broker that cannot be reached at all is reported too, so the caller can log this
    one line whatever went wrong."""
    if not mqtt.tls:
        return None
    try:
        context = tls_context(mqtt)
    except (OSError, ssl.SSLError) as err:
        return f"TLS: cannot load mqtt.ca_file/cert_file ({err})"
    try:
        with (
            socket.create_connection((mqtt.host, mqtt.port), timeout=timeout_s) as raw,
            context.wrap_socket(raw, server_hostname=mqtt.host),
        ):
            return None
    except ssl.SSLError as err:
        return describe(err, mqtt.host)
    except OSError as err:
        return f"cannot reach {mqtt.host}:{mqtt.port} ({err.strerror or err})"

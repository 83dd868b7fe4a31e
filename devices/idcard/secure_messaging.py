"""Secure messaging (ICAO Doc 9303 part 11, 9.8): every command after BAC or PACE is
encrypted and MACed, every response checked and decrypted, with the send sequence
counter in step on both sides.
"""

from __future__ import annotations

import hmac

from . import tlv
from .apdu import SW_OK, CardError, Command, Transport
from .cipher import Suite, decrypt, ecb, encrypt, mac, pad, unpad

__all__ = ["SecureMessaging", "SecureTransport"]


def _increment(counter: bytearray) -> None:
    for i in range(len(counter) - 1, -1, -1):
        counter[i] = (counter[i] + 1) & 0xFF
        if counter[i]:
            return


# -- secure messaging -----------------------------------------------------------------


class SecureMessaging:
    """One secure messaging session (ICAO 9303-11, 9.8): protects commands, checks and
    decrypts responses, and keeps the send sequence counter in step.

    Keys live only in this object; :meth:`close` overwrites them. A response whose MAC is
    wrong raises :class:`CardError` and closes the session, as a chip would.
    """

    def __init__(self, suite: Suite, ks_enc: bytes, ks_mac: bytes, ssc: bytes) -> None:
        if len(ks_enc) != suite.key_length or len(ks_mac) != suite.key_length:
            raise ValueError("session key length does not match the cipher")
        if len(ssc) != suite.block_size:
            raise ValueError("send sequence counter must be one cipher block")
        self.suite = suite
        self._enc = bytearray(ks_enc)
        self._mac = bytearray(ks_mac)
        self._ssc = bytearray(ssc)
        self.closed = False
        self._expect_data = False  # the last command had Le: a 9000 answer carries DO'87'

    @property
    def ssc(self) -> bytes:
        return bytes(self._ssc)

    def close(self) -> None:
        """Forget the session keys (best effort: Python may hold copies elsewhere)."""
        for buf in (self._enc, self._mac, self._ssc):
            buf[:] = b"\x00" * len(buf)
        self.closed = True

    def _check_open(self) -> None:
        if self.closed:
            raise CardError("secure messaging session is closed")

    def _iv(self) -> bytes | None:
        # AES: IV = E(KS_enc, SSC); 3DES: zero IV (ICAO 9303-11, 9.8.6).
        if self.suite is Suite.TDES:
            return None
        return ecb(self.suite, bytes(self._enc), bytes(self._ssc))

    def wrap(self, command: Command) -> bytes:
        """The protected APDU for a plain command (DO87 data, DO97 Le, DO8E MAC)."""
        self._check_open()
        self._expect_data = command.le is not None
        block = self.suite.block_size
        cla = command.cla | 0x0C
        header = bytes([cla, command.ins, command.p1, command.p2])
        _increment(self._ssc)
        do87 = b""
        if command.data:
            cryptogram = encrypt(self.suite, bytes(self._enc), pad(command.data, block), self._iv())
            do87 = tlv.encode(0x87, b"\x01" + cryptogram)
        do97 = b""
        if command.le is not None:
            le = command.le
            do97 = tlv.encode(
                0x97, bytes([le & 0xFF]) if le <= 256 else (le & 0xFFFF).to_bytes(2, "big")
            )
        mac_input = bytes(self._ssc) + pad(header, block) + do87 + do97
        do8e = tlv.encode(0x8E, mac(self.suite, bytes(self._mac), mac_input))
        body = do87 + do97 + do8e
        expect = command.le if command.le is not None else 0
        return Command(
            cla,
            command.ins,
            command.p1,
            command.p2,
            body,
            65536 if expect > 256 or len(body) > 255 else 256,
        ).encode()

    def unwrap(self, data: bytes, sw: int) -> tuple[bytes, int]:
        """Check the response MAC, decrypt DO87 and return ``(plain data, SW from DO99)``.

        A bare status without data objects is what chips send when they abort secure
        messaging (e.g. 6987/6988); it is returned as is and ends the session.
        """
        self._check_open()
        _increment(self._ssc)
        if not data:
            if sw == SW_OK:
                raise CardError("secure messaging: response without MAC")
            self.close()
            return b"", sw
        try:
            objects = tlv.parse(data)
        except tlv.TlvError as err:
            self.close()
            raise CardError(f"secure messaging: malformed response ({err})") from None
        covered = b""
        do87: bytes | None = None
        do99: bytes | None = None
        do8e: bytes | None = None
        for obj in objects:
            if obj.tag == 0x8E:
                do8e = obj.value
            elif do8e is not None:
                self.close()
                raise CardError("secure messaging: data object after the MAC")
            else:
                covered += obj.encode()
                if obj.tag == 0x87:
                    do87 = obj.value
                elif obj.tag == 0x99:
                    do99 = obj.value
        missing = [
            name for name, obj in (("DO'99' (status)", do99), ("DO'8E' (MAC)", do8e)) if obj is None
        ]
        if missing:
            # ICAO 9303-11, 9.8.6 requires both in every protected response: stay strict.
            self.close()
            raise CardError(f"secure messaging: response lacks {' and '.join(missing)}")
        assert do99 is not None and do8e is not None
        if len(do99) != 2:
            self.close()
            raise CardError(f"secure messaging: DO'99' has {len(do99)} bytes instead of 2")
        expected = mac(self.suite, bytes(self._mac), bytes(self._ssc) + covered)
        if not hmac.compare_digest(expected, do8e):
            self.close()
            raise CardError("secure messaging: response MAC does not verify")
        status = int.from_bytes(do99, "big")
        if do87 is None and self._expect_data and status == SW_OK:
            raise CardError("secure messaging: response lacks DO'87' (data) for a read")
        plain = b""
        if do87 is not None:
            if not do87 or do87[0] != 0x01:
                raise CardError("secure messaging: unknown padding indicator in DO87")
            plain = unpad(decrypt(self.suite, bytes(self._enc), do87[1:], self._iv()))
        return plain, status


class SecureTransport:
    """A :class:`~devices.idcard.apdu.Transport` that runs every command through a
    secure messaging session over another transport."""

    def __init__(self, inner: Transport, session: SecureMessaging) -> None:
        self.inner = inner
        self.session = session

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]:
        protected = self.session.wrap(Command.decode(apdu))
        data, sw = self.inner.transmit(protected, timeout)
        return self.session.unwrap(data, sw)

    def close(self) -> None:
        self.session.close()

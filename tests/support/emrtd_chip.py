"""The card side of an eMRTD chip (ICAO Doc 9303 part 11): BAC, PACE with ECDH generic
mapping, secure messaging and the LDS files of a :class:`~emrtd_profiles.CardProfile`,
one command APDU in, one response APDU out. See :mod:`emrtd_emulator` for what it does
like a real chip and for the vpcd connection that puts it on a reader.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from emrtd_profiles import (
    CARD_ACCESS_FID,
    CARD_ACCESS_SFI,
    EMRTD_AID,
    LDS_FILES,
    MF_FID,
    CardProfile,
)

from devices.idcard import crypto, tlv
from devices.idcard.apdu import CardError, Command
from devices.idcard.crypto import Suite

__all__ = ["Chip"]

SW_OK = b"\x90\x00"


def sw(value: int) -> bytes:
    return value.to_bytes(2, "big")


# -- the chip ---------------------------------------------------------------------------


class _Abort(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


@dataclass
class _Session:
    suite: Suite
    ks_enc: bytes
    ks_mac: bytes
    ssc: bytearray

    def increment(self) -> None:
        for i in range(len(self.ssc) - 1, -1, -1):
            self.ssc[i] = (self.ssc[i] + 1) & 0xFF
            if self.ssc[i]:
                return

    def iv(self) -> bytes | None:
        if self.suite is Suite.TDES:
            return None
        return crypto.encrypt(self.suite, self.ks_enc, bytes(self.ssc))  # E(K, SSC), one block


@dataclass
class _Pace:
    step: int = 0
    suite: Suite = Suite.AES128
    password: int = 0
    nonce: int = 0
    k_pi: bytes = b""
    g_hat: crypto.Point | None = None
    sk_eph: int = 0
    pk_eph: crypto.Point | None = None
    pk_eph_ifd: crypto.Point | None = None
    ks_enc: bytes = b""
    ks_mac: bytes = b""


@dataclass
class Chip:
    """The card's logic: :meth:`process` takes a command APDU and returns the response
    APDU (data + SW). Also a ``Transport`` (:meth:`transmit`) for tests without PC/SC."""

    profile: CardProfile
    random_bytes: Callable[[int], bytes] = secrets.token_bytes
    commands: list[bytes] = field(default_factory=list)  # INS+P1+P2 of each APDU, for tests
    _session: _Session | None = field(default=None, init=False, repr=False)
    _df: str = field(default="MF", init=False)
    _ef: int | None = field(default=None, init=False)
    _challenge: bytes | None = field(default=None, init=False, repr=False)
    _pace: _Pace = field(default_factory=_Pace, init=False, repr=False)
    _tries: int | None = field(default=None, init=False)
    _protected: int = field(default=0, init=False)  # protected APDUs seen (drop_session_after)
    _dropped: bool = field(default=False, init=False)  # the chip forgot its session itself

    def __post_init__(self) -> None:
        self._tries = self.profile.retries

    # power and state

    def power_on(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Power-off/on or reset: the chip forgets its session and selection."""
        self._session = None
        self._dropped = False
        self._protected = 0
        self._df = "MF"
        self._ef = None
        self._challenge = None
        self._pace = _Pace()

    @property
    def secured(self) -> bool:
        return self._session is not None

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]:
        response = self.process(apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def process(self, apdu: bytes) -> bytes:
        """One APDU; whatever goes wrong inside answers 6F00 like a chip, never raises."""
        try:
            return self._process(apdu)
        except Exception:
            self._session = None
            return sw(0x6F00)

    def _process(self, apdu: bytes) -> bytes:
        self.commands.append(bytes(apdu[1:4]))
        if len(apdu) < 4:
            return sw(0x6700)
        cla = apdu[0]
        if cla & 0x0C == 0x0C:
            return self._secure(apdu)
        if self._session is not None:
            # A plain command inside a secure session ends it (ISO 7816-4 / ICAO 9.8.1).
            self._session = None
        try:
            cmd = Command.decode(apdu)
        except ValueError:
            return sw(0x6700)
        try:
            data = self._command(cmd, secure=False)
        except _Abort as err:
            return sw(err.status)
        return data

    # secure messaging (card side)

    def _secure(self, apdu: bytes) -> bytes:
        self._protected += 1
        if self._protected == self.profile.drop_session_after:
            self._session, self._dropped = None, True  # e.g. an internal reset of the chip
        session = self._session
        if session is None:
            # Keys forgotten: the MAC cannot be checked (6988); never had any: 6982.
            return sw(0x6988 if self._dropped else 0x6982)
        try:
            cmd = Command.decode(apdu)
            objects = tlv.parse(cmd.data)
        except (ValueError, tlv.TlvError):
            self._session = None
            return sw(0x6988)
        session.increment()
        macced = b""
        do87 = le = mac = None
        for obj in objects:
            if obj.tag == 0x8E:
                mac = obj.value
                break
            macced += obj.encode()
            if obj.tag == 0x87:
                do87 = obj.value
            elif obj.tag == 0x97:
                le = int.from_bytes(obj.value, "big") or (256 if len(obj.value) == 1 else 65536)
        block = session.suite.block_size
        header = bytes(apdu[:4])
        expected = crypto.mac(
            session.suite, session.ks_mac, bytes(session.ssc) + crypto.pad(header, block) + macced
        )
        if mac is None or not hmac.compare_digest(expected, mac):
            self._session = None  # wrong MAC: the session is over
            return sw(0x6988)
        data = b""
        if do87 is not None:
            if not do87 or do87[0] != 0x01:
                self._session = None
                return sw(0x6988)
            try:
                data = crypto.unpad(
                    crypto.decrypt(session.suite, session.ks_enc, do87[1:], session.iv())
                )
            except CardError:
                self._session = None
                return sw(0x6988)
        inner = Command(apdu[0] & ~0x0C & 0xFF, cmd.ins, cmd.p1, cmd.p2, data, le)
        try:
            response = self._command(inner, secure=True)
        except _Abort as err:
            response = sw(err.status)
        if self._session is not session:
            return response  # the command ended the session (e.g. a new PACE)
        body, status = response[:-2], response[-2:]
        if self.profile.plain_errors and status[0] not in (0x90, 0x61, 0x62, 0x63):
            self._session = None  # an unprotected status word ends secure messaging
            return status
        session.increment()
        out = b""
        if body:
            cryptogram = crypto.encrypt(
                session.suite, session.ks_enc, crypto.pad(body, block), session.iv()
            )
            out += tlv.encode(0x87, b"\x01" + cryptogram)
        out += tlv.encode(0x99, status)
        out += tlv.encode(0x8E, crypto.mac(session.suite, session.ks_mac, bytes(session.ssc) + out))
        return out + status

    # commands

    def _command(self, cmd: Command, *, secure: bool) -> bytes:
        if cmd.cla & 0xEF != 0x00:
            raise _Abort(0x6E00)
        if cmd.ins == 0xA4:
            return self._select(cmd)
        if cmd.ins == 0xB0:
            return self._read_binary(cmd, secure)
        if cmd.ins == 0x84:
            return self._get_challenge(cmd)
        if cmd.ins == 0x82:
            return self._external_authenticate(cmd)
        if cmd.ins == 0x22:
            return self._mse_set_at(cmd)
        if cmd.ins == 0x86:
            return self._general_authenticate(cmd)
        raise _Abort(0x6D00)

    def _select(self, cmd: Command) -> bytes:
        if cmd.p1 == 0x04:
            if cmd.data != EMRTD_AID:
                raise _Abort(0x6A82)
            self._df, self._ef = "APP", None
            return SW_OK
        if cmd.p1 in (0x00, 0x02) and len(cmd.data) == 2:
            fid = int.from_bytes(cmd.data, "big")
            if fid == MF_FID and cmd.p1 == 0x00:
                self._df, self._ef = "MF", None
                return SW_OK
            if self._file(fid) is None:
                raise _Abort(0x6A82)
            self._ef = fid
            return SW_OK
        raise _Abort(0x6A86)

    def _file(self, fid: int) -> bytes | None:
        if self._df == "MF":
            return self.profile.card_access if fid == CARD_ACCESS_FID else None
        return self.profile.files.get(fid)

    def _fid_for_sfi(self, sfi: int) -> int | None:
        if self._df == "MF":
            return CARD_ACCESS_FID if sfi == CARD_ACCESS_SFI else None
        return next((fid for fid, (s, _) in LDS_FILES.items() if s == sfi), None)

    def _read_binary(self, cmd: Command, secure: bool) -> bytes:
        if cmd.p1 & 0x80 and not self.profile.sfi:
            raise _Abort(0x6A82)  # P1 names a file by SFI, which this chip does not know
        if cmd.p1 & 0x80:
            fid = self._fid_for_sfi(cmd.p1 & 0x1F)
            offset = cmd.p2
            if fid is None or self._file(fid) is None:
                raise _Abort(0x6A82)
            self._ef = fid
        else:
            fid = self._ef
            offset = ((cmd.p1 & 0x7F) << 8) | cmd.p2
            if fid is None:
                raise _Abort(0x6986)  # no current EF
        content = self._file(fid)
        if content is None:
            raise _Abort(0x6A82)
        if self._df == "APP" and not secure:
            raise _Abort(0x6982)  # LDS files only after BAC/PACE
        if offset > len(content):
            raise _Abort(0x6B00)
        want = cmd.le if cmd.le is not None else 256
        chunk = content[offset : offset + want]
        return chunk + (SW_OK if len(chunk) == want else sw(0x6282))

    # BAC (card side)

    def _get_challenge(self, cmd: Command) -> bytes:
        if cmd.le != 8:
            raise _Abort(0x6700)
        self._challenge = self.random_bytes(8)
        return self._challenge + SW_OK

    def _external_authenticate(self, cmd: Command) -> bytes:
        if not self.profile.bac:
            raise _Abort(0x6985)  # PACE-only chips do not do BAC
        challenge, self._challenge = self._challenge, None
        if challenge is None or len(cmd.data) != 40:
            raise _Abort(0x6985 if challenge is None else 0x6700)
        k_enc, k_mac = crypto.bac_keys(self.profile.mrz_key)
        e_ifd, m_ifd = cmd.data[:32], cmd.data[32:]
        if not hmac.compare_digest(crypto.mac(Suite.TDES, k_mac, e_ifd), m_ifd):
            raise _Abort(0x6300)
        s = crypto.decrypt(Suite.TDES, k_enc, e_ifd)
        rnd_ifd, rnd_ic, k_ifd = s[:8], s[8:16], s[16:]
        if rnd_ic != challenge:
            raise _Abort(0x6300)
        k_ic = self.random_bytes(16)
        e_ic = crypto.encrypt(Suite.TDES, k_enc, rnd_ic + rnd_ifd + k_ic)
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        self._dropped = False
        self._session = _Session(
            Suite.TDES,
            crypto.kdf(seed, crypto.KDF_ENC, Suite.TDES),
            crypto.kdf(seed, crypto.KDF_MAC, Suite.TDES),
            bytearray(rnd_ic[4:] + rnd_ifd[4:]),
        )
        return e_ic + crypto.mac(Suite.TDES, k_mac, e_ic) + SW_OK

    # PACE (card side)

    def _pace_password(self, ref: int) -> str | None:
        if ref == crypto.PASSWORD_MRZ:
            return self.profile.mrz_key
        if ref == crypto.PASSWORD_CAN:
            return self.profile.can
        return None

    def _mse_set_at(self, cmd: Command) -> bytes:
        if (cmd.p1, cmd.p2) != (0xC1, 0xA4) or self.profile.card_access is None:
            raise _Abort(0x6A86 if self.profile.card_access else 0x6D00)
        try:
            objects = {o.tag: o.value for o in tlv.parse(cmd.data)}
            oid = tlv.decode_oid(objects[0x80])
            ref = objects[0x83][0]
        except (tlv.TlvError, KeyError, IndexError):
            raise _Abort(0x6A80) from None
        if oid != self.profile.pace_oid:
            raise _Abort(0x6A80)
        if 0x84 in objects and objects[0x84] != bytes([self.profile.pace_parameter_id]):
            raise _Abort(0x6A80)
        password = self._pace_password(ref)
        if password is None:
            raise _Abort(0x6A88)  # referenced data (password) not found
        suite = crypto.PaceInfo(oid, 2, self.profile.pace_parameter_id).suite
        assert suite is not None
        self._session = None
        secret = crypto.pace_password_key(password, ref)
        self._pace = _Pace(
            step=1, suite=suite, password=ref, k_pi=crypto.kdf(secret, crypto.KDF_PI, suite)
        )
        return SW_OK

    def _general_authenticate(self, cmd: Command) -> bytes:
        state = self._pace
        domain = crypto.DOMAINS[self.profile.pace_parameter_id]
        chained = bool(cmd.cla & 0x10)
        if state.step == 0 or chained != (state.step < 4):
            self._pace = _Pace()
            raise _Abort(0x6985)
        try:
            (outer,) = tlv.parse(cmd.data)
            items = {o.tag: o.value for o in outer.children()} if outer.tag == 0x7C else None
        except (tlv.TlvError, ValueError):
            items = None
        if items is None:
            self._pace = _Pace()
            raise _Abort(0x6A80)

        def point(tag: int) -> crypto.Point:
            try:
                return crypto.decode_point(domain, items.get(tag, b""))
            except CardError:
                self._pace = _Pace()
                raise _Abort(0x6A80) from None

        def answer(tag: int, value: bytes) -> bytes:
            return tlv.encode(0x7C, tlv.encode(tag, value)) + SW_OK

        if state.step == 1:
            nonce = self.random_bytes(16)
            state.nonce = int.from_bytes(nonce, "big")
            state.step = 2
            return answer(0x80, crypto.encrypt(state.suite, state.k_pi, nonce))
        if state.step == 2:
            pk_map_ifd = point(0x81)
            sk_map = secrets.randbelow(domain.order - 1) + 1
            h = domain.multiply(sk_map, pk_map_ifd)
            s_g = domain.multiply(state.nonce)
            g_hat = domain.add(s_g, h) if h is not None and s_g is not None else None
            if g_hat is None:
                self._pace = _Pace()
                raise _Abort(0x6A80)
            state.g_hat = g_hat
            state.step = 3
            pk_map = domain.multiply(sk_map)
            assert pk_map is not None
            return answer(0x82, crypto.encode_point(domain, pk_map))
        if state.step == 3:
            assert state.g_hat is not None
            state.pk_eph_ifd = point(0x83)
            state.sk_eph = secrets.randbelow(domain.order - 1) + 1
            state.pk_eph = domain.multiply(state.sk_eph, state.g_hat)
            shared = domain.multiply(state.sk_eph, state.pk_eph_ifd)
            if state.pk_eph is None or shared is None or state.pk_eph == state.pk_eph_ifd:
                self._pace = _Pace()
                raise _Abort(0x6A80)
            k = shared[0].to_bytes(domain.size, "big")
            state.ks_enc = crypto.kdf(k, crypto.KDF_ENC, state.suite)
            state.ks_mac = crypto.kdf(k, crypto.KDF_MAC, state.suite)
            state.step = 4
            return answer(0x84, crypto.encode_point(domain, state.pk_eph))
        # step 4: the terminal's token proves it knows the password
        assert state.pk_eph is not None and state.pk_eph_ifd is not None
        self._pace = _Pace()
        expected = crypto.auth_token(
            state.suite, state.ks_mac, self.profile.pace_oid, domain, state.pk_eph
        )
        if not hmac.compare_digest(items.get(0x85, b""), expected):
            if self._tries is None:
                raise _Abort(0x6300)
            self._tries = max(self._tries - 1, 0)  # reported, never blocking (CAN)
            raise _Abort(0x63C0 | self._tries)
        self._tries = self.profile.retries
        token = crypto.auth_token(
            state.suite, state.ks_mac, self.profile.pace_oid, domain, state.pk_eph_ifd
        )
        self._dropped = False
        self._session = _Session(
            state.suite, state.ks_enc, state.ks_mac, bytearray(state.suite.block_size)
        )
        return answer(0x86, token)

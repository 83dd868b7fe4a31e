"""An eMRTD chip for tests: the card side of ICAO Doc 9303 (BAC, PACE with ECDH generic
mapping, 3DES/AES secure messaging, the LDS files), reachable through the real pcscd via
the vsmartcard virtual reader (vpcd).

Two profiles built from the specimens in :mod:`devices.idcard.simulated`:

* :func:`id_card_profile` - German ID card of ERIKA MUSTERMANN: EF.CardAccess with a
  PACEInfo (ECDH-GM, AES-128, brainpoolP256r1), PACE with CAN 123456 or the MRZ key, no
  BAC, no DG11;
* :func:`passport_profile` - ICAO specimen passport of ANNA MARIA ERIKSSON: no
  EF.CardAccess, BAC only, DG11 with full name and place of birth.

Like a real chip it refuses to read before access control (6982), answers a wrong key
with 6300 (BAC) or 63Cx (PACE: the ID card profile reports a counter of remaining tries;
the CAN is never blocked, as on the German card), sends DO99 in every secure messaging
reply, aborts secure messaging on a bad MAC (6988), and forgets everything on power-off.

The protocol logic is written for the card side independently of the terminal code in
``devices.idcard.crypto``; only the primitives (KDF, ciphers, MACs, point arithmetic,
tested against the ICAO worked examples) are shared.

:class:`Chip` is usable directly as a ``Transport`` (fast tests without PC/SC);
:class:`EmrtdEmulator` connects a chip to vpcd: vpcd listens (pcscd's driver, port 35963
by default, see ``DEVICENAME /dev/null:0x8C7B`` in /etc/reader.conf.d/vpcd) and the card
connects to it as a TCP client. Every message is a 2-byte big-endian length and a payload;
a 1-byte payload is a control message (0 power off, 1 power on, 2 reset, 4 get ATR, only
the last one answered), anything longer an APDU that gets its response APDU. A connected
emulator is a card on the reader; closing the connection pulls the card.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce

from devices.idcard import crypto, tlv
from devices.idcard.apdu import CardError, Command
from devices.idcard.crypto import Suite
from devices.idcard.simulated import (
    SPECIMEN_ID_CARD_CAN,
    SPECIMEN_ID_CARD_MRZ,
    SPECIMEN_PASSPORT_BIRTH,
    SPECIMEN_PASSPORT_FULL_NAME,
    SPECIMEN_PASSPORT_MRZ,
    SPECIMEN_PASSPORT_PLACE_OF_BIRTH,
    SPECIMEN_PHOTO,
)

VPCD_PORT = 35963
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4

PACE_OID = "0.4.0.127.0.7.2.2.4.2.2"  # id-PACE-ECDH-GM-AES-CBC-CMAC-128
PACE_PARAMETER_ID = 13  # brainpoolP256r1
EMRTD_AID = bytes.fromhex("A0000002471001")
MF_FID = 0x3F00
CARD_ACCESS_FID, CARD_ACCESS_SFI = 0x011C, 0x1C

# eMRTD application files: FID -> (SFI, name)
LDS_FILES = {
    0x011E: (0x1E, "EF.COM"),
    0x0101: (0x01, "DG1"),
    0x0102: (0x02, "DG2"),
    0x010B: (0x0B, "DG11"),
}

SW_OK = b"\x90\x00"


def sw(value: int) -> bytes:
    return value.to_bytes(2, "big")


def contactless_atr(historical: bytes) -> bytes:
    """PC/SC part 3 ATR of a contactless card: 3B 8n 80 01 <historical> TCK."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    return b"\x3b" + body + bytes([reduce(lambda a, b: a ^ b, body, 0)])


# -- the LDS content ---------------------------------------------------------------------


def _ef_com(tags: bytes) -> bytes:
    return tlv.encode(
        0x60, [tlv.encode(0x5F01, b"0107"), tlv.encode(0x5F36, b"040000"), tlv.encode(0x5C, tags)]
    )


def _dg1(mrz_lines: tuple[str, ...]) -> bytes:
    return tlv.encode(0x61, tlv.encode(0x5F1F, "".join(mrz_lines).encode("ascii")))


def padded_jpeg(jpeg: bytes, size: int) -> bytes:
    """The photo grown to a real DG2's size with a JPEG comment segment (still valid)."""
    filler = max(0, min(size - len(jpeg) - 4, 65533))
    pattern = hashlib.sha256(b"specimen").digest()
    comment = (pattern * (filler // len(pattern) + 1))[:filler]
    return jpeg[:2] + b"\xff\xfe" + (filler + 2).to_bytes(2, "big") + comment + jpeg[2:]


def dg2(jpeg: bytes, width: int = 90, height: int = 120, female: bool = True) -> bytes:
    """DG2 with one ISO/IEC 19794-5 facial record holding ``jpeg``."""
    facial = struct.pack(
        ">IHBBB3sH3s3s",
        20 + 12 + len(jpeg),
        0,
        2 if female else 1,
        0,
        0,
        b"\0\0\0",
        0,
        b"\0\0\0",
        b"\0\0\0",
    )
    image_info = struct.pack(">BBHHBBHH", 1, 0, width, height, 1, 2, 0, 0)
    record = facial + image_info + jpeg
    header = b"FAC\x00" + b"010\x00" + struct.pack(">IH", 14 + len(record), 1)
    bht = tlv.encode(
        0xA1,
        [
            tlv.encode(0x80, b"\x01\x01"),
            tlv.encode(0x87, b"\x01\x01"),
            tlv.encode(0x88, b"\x00\x08"),
        ],
    )
    bit = tlv.encode(0x7F60, [bht, tlv.encode(0x5F2E, header + record)])
    return tlv.encode(0x75, tlv.encode(0x7F61, [tlv.encode(0x02, b"\x01"), bit]))


def _dg11(full_name: str, place: str, birth: str) -> bytes:
    return tlv.encode(
        0x6B,
        [
            tlv.encode(0x5C, b"\x5f\x0e\x5f\x11\x5f\x2b"),
            tlv.encode(0x5F0E, full_name.encode()),
            tlv.encode(0x5F11, place.encode()),
            tlv.encode(0x5F2B, birth.encode()),
        ],
    )


def card_access(oid: str = PACE_OID, parameter_id: int = PACE_PARAMETER_ID) -> bytes:
    """EF.CardAccess like the German ID card's: PACEInfo plus TA and CA infos (which a
    reader must skip)."""
    pace_info = tlv.encode(
        0x30,
        [
            tlv.encode(0x06, tlv.encode_oid(oid)),
            tlv.encode(0x02, b"\x02"),
            tlv.encode(0x02, bytes([parameter_id])),
        ],
    )
    ta_info = tlv.encode(
        0x30, [tlv.encode(0x06, tlv.encode_oid("0.4.0.127.0.7.2.2.2")), tlv.encode(0x02, b"\x02")]
    )
    ca_info = tlv.encode(
        0x30,
        [
            tlv.encode(0x06, tlv.encode_oid("0.4.0.127.0.7.2.2.3.2.2")),
            tlv.encode(0x02, b"\x02"),
            tlv.encode(0x02, b"\x41"),
        ],
    )
    return tlv.encode(0x31, [pace_info, ta_info, ca_info])


def _mrz_key(lines: tuple[str, ...]) -> str:
    from devices.idcard.mrz import parse_mrz

    return parse_mrz(lines).key


@dataclass
class CardProfile:
    """What a card holds and which access control it speaks."""

    name: str
    atr: bytes
    files: dict[int, bytes]  # FID -> content, in the eMRTD application
    mrz_key: str
    card_access: bytes | None = None  # None: no PACE
    can: str | None = None
    bac: bool = False
    pace_oid: str = PACE_OID
    pace_parameter_id: int = PACE_PARAMETER_ID
    retries: int | None = None  # reported as 63Cx after a failed PACE


def id_card_profile(
    photo_size: int = 15_000, *, pace_oid: str = PACE_OID, parameter_id: int = PACE_PARAMETER_ID
) -> CardProfile:
    """The German ID card; ``pace_oid``/``parameter_id`` select another PACE cipher or
    curve (for tests of every supported combination)."""
    return CardProfile(
        name="German ID card (specimen ERIKA MUSTERMANN)",
        atr=contactless_atr(bytes.fromhex("8031F873F741E0829000")),
        files={
            0x011E: _ef_com(b"\x61\x75"),
            0x0101: _dg1(SPECIMEN_ID_CARD_MRZ),
            0x0102: dg2(padded_jpeg(SPECIMEN_PHOTO, photo_size)),
        },
        mrz_key=_mrz_key(SPECIMEN_ID_CARD_MRZ),
        card_access=card_access(pace_oid, parameter_id),
        can=SPECIMEN_ID_CARD_CAN,
        pace_oid=pace_oid,
        pace_parameter_id=parameter_id,
        retries=3,
    )


def passport_profile(photo_size: int = 15_000) -> CardProfile:
    return CardProfile(
        name="ICAO specimen passport (ANNA MARIA ERIKSSON)",
        atr=contactless_atr(b"UTOPIA\x00\x01"),
        files={
            0x011E: _ef_com(b"\x61\x75\x6b"),
            0x0101: _dg1(SPECIMEN_PASSPORT_MRZ),
            0x0102: dg2(padded_jpeg(SPECIMEN_PHOTO, photo_size)),
            0x010B: _dg11(
                SPECIMEN_PASSPORT_FULL_NAME,
                SPECIMEN_PASSPORT_PLACE_OF_BIRTH,
                SPECIMEN_PASSPORT_BIRTH,
            ),
        },
        mrz_key=_mrz_key(SPECIMEN_PASSPORT_MRZ),
        bac=True,
    )


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

    def __post_init__(self) -> None:
        self._tries = self.profile.retries

    # power and state

    def power_on(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Power-off/on or reset: the chip forgets its session and selection."""
        self._session = None
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
        session = self._session
        if session is None:
            return sw(0x6982)
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
        self._session = _Session(
            state.suite, state.ks_enc, state.ks_mac, bytearray(state.suite.block_size)
        )
        return answer(0x86, token)


# -- the vpcd connection ----------------------------------------------------------------


def _set_quickack(sock: socket.socket) -> None:
    """Linux clears TCP_QUICKACK after a while: set it before every read, or every APDU
    waits ~40 ms for a delayed ACK (vpcd does not set TCP_NODELAY)."""
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def _count_down(counter: int | None) -> tuple[bool, int | None]:
    """(fires now, new counter) for a "do something at the n-th APDU" countdown."""
    if counter is None:
        return False, None
    if counter <= 1:
        return True, None
    return False, counter - 1


class EmrtdEmulator:
    """A :class:`Chip` on a vpcd reader slot. Start it and the card is "on the reader"
    as soon as pcscd's vpcd accepts the connection (it reconnects by itself when pcscd
    restarts); :meth:`pull_card` takes it away, :meth:`insert_card` puts it back.

    ``pull_after(n)`` pulls the card instead of answering the n-th APDU from now, which
    is a card taken away in the middle of a read.
    """

    def __init__(
        self, profile: CardProfile, port: int = VPCD_PORT, host: str = "127.0.0.1"
    ) -> None:
        self.chip = Chip(profile)
        self.host, self.port = host, port
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._inserted = threading.Event()
        self._connected = threading.Event()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._pull_countdown: int | None = None
        self._hang_countdown: int | None = None
        self.connections = 0
        self.apdus = 0

    # lifecycle

    def start(self) -> EmrtdEmulator:
        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop.clear()
        self._inserted.set()
        self._thread = threading.Thread(target=self._run, name="emrtd-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._drop_connection()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("emulator thread did not stop")
            self._thread = None

    def restart(self) -> None:
        """A new card process: fresh chip state, new connection."""
        self.stop()
        self.chip = Chip(self.chip.profile)
        self.start()

    def __enter__(self) -> EmrtdEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # the card on the reader

    def pull_card(self) -> None:
        self._inserted.clear()
        self._drop_connection()

    def insert_card(self, profile: CardProfile | None = None) -> None:
        if profile is not None:
            self.chip = Chip(profile)
        self._inserted.set()

    def pull_after(self, apdus: int) -> None:
        with self._lock:
            self._pull_countdown = apdus

    def hang_after(self, apdus: int) -> None:
        """Stay on the reader but never answer the n-th APDU from now (a chip that locks
        up): the terminal must give up on its own timeout."""
        with self._lock:
            self._hang_countdown = apdus

    def wait_connected(self, timeout: float = 5.0) -> bool:
        return self._connected.wait(timeout)

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    # internals

    def _drop_connection(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._inserted.wait(0.05):
                continue
            try:
                sock = socket.create_connection((self.host, self.port), timeout=1.0)
            except OSError:
                self._stop.wait(0.05)  # vpcd not listening (pcscd down): try again
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._stop.is_set() or not self._inserted.is_set():
                    sock.close()
                    continue
                self._sock = sock
            self.connections += 1
            self.chip.reset()
            self._connected.set()
            try:
                self._serve(sock)
            except OSError:
                pass
            finally:
                self._connected.clear()
                self._drop_connection()

    def _recv(self, sock: socket.socket, n: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            _set_quickack(sock)
            chunk = sock.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        _set_quickack(sock)
        return bytes(buf)

    def _serve(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            head = self._recv(sock, 2)
            if head is None:
                return
            (length,) = struct.unpack(">H", head)
            message = self._recv(sock, length) if length else b""
            if message is None:
                return
            if len(message) == 1:
                control = message[0]
                if control in (CTRL_OFF, CTRL_ON, CTRL_RESET):
                    self.chip.reset()
                elif control == CTRL_ATR:
                    sock.sendall(
                        struct.pack(">H", len(self.chip.profile.atr)) + self.chip.profile.atr
                    )
                continue
            with self._lock:
                pull, self._pull_countdown = _count_down(self._pull_countdown)
                hang, self._hang_countdown = _count_down(self._hang_countdown)
            if pull:
                self._inserted.clear()
                return  # the card left the field before answering
            if hang:
                while not self._stop.is_set() and self._sock is sock:
                    self._stop.wait(0.05)  # silent until stopped or pulled
                return
            self.apdus += 1
            response = self.chip.process(message)
            sock.sendall(struct.pack(">H", len(response)) + response)

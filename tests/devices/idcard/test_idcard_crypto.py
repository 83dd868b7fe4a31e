"""Access control and secure messaging byte for byte against the worked examples of ICAO
Doc 9303 part 11: appendix D (BAC, 3DES secure messaging) and appendix G.1 (PACE, ECDH
generic mapping on brainpoolP256r1, AES-128).

The values are typed in from the appendices. Where this test was checked against public
code, the same values are quoted by the gmrtd Go library (github.com/gmrtd/gmrtd:
bac/bac_test.go, iso7816/secure_messaging_test.go, iso7816/nfc_session_test.go and its
PACE test, "TestDoPace_GM_ECDH ... worked example in ICAO9303 p11 specs (Appendix G1)").
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard import crypto
from devices.idcard.apdu import CardError, Command, UnsupportedCard, WrongCan
from devices.idcard.crypto import SecureMessaging, Suite

H = bytes.fromhex


class Scripted:
    """A card that expects exactly the given command APDUs and answers with the given
    responses (hex, SW at the end), as in the appendices' transcripts."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = list(pairs)

    def transmit(self, apdu: bytes, timeout: float | None = None) -> tuple[bytes, int]:
        assert self.pairs, f"unexpected APDU {apdu.hex().upper()}"
        expected, response = self.pairs.pop(0)
        assert apdu.hex().upper() == expected.replace(" ", "")
        raw = H(response.replace(" ", ""))
        return raw[:-2], int.from_bytes(raw[-2:], "big")


# -- appendix D: BAC --------------------------------------------------------------------

# D.1/D.2: MRZ information of the specimen L898902C<3, born 690806(1), expires 940623(6).
MRZ_INFORMATION = "L898902C<369080619406236"
K_SEED = "239AB9CB282DAF66231DC5A4DF6BFBAE"
K_ENC = "AB94FDECF2674FDFB9B391F85D7F76F2"
K_MAC = "7962D9ECE03D1ACD4C76089DCE131543"
# D.3
RND_IC = "4608F91988702212"
RND_IFD = "781723860C06C226"
K_IFD = "0B795240CB7049B01C19B33E32804F0B"
S = "781723860C06C2264608F919887022120B795240CB7049B01C19B33E32804F0B"
E_IFD = "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
M_IFD = "5F1448EEA8AD90A7"
RESP_DATA = "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449"
K_IC = "0B4F80323EB3191CB04970CB4052790B"
KS_ENC = "979EC13B1CBFE9DCD01AB0FED307EAE5"
KS_MAC = "F1CB1F1FB5ADF208806B89DC579DC1F8"
SSC = "887022120C06C226"


def test_d1_key_seed_and_basic_access_keys() -> None:
    import hashlib

    assert hashlib.sha1(MRZ_INFORMATION.encode()).digest()[:16] == H(K_SEED)
    assert crypto.kdf(H(K_SEED), crypto.KDF_ENC, Suite.TDES) == H(K_ENC)
    assert crypto.kdf(H(K_SEED), crypto.KDF_MAC, Suite.TDES) == H(K_MAC)
    assert crypto.bac_keys(MRZ_INFORMATION) == (H(K_ENC), H(K_MAC))


def test_d3_mutual_authentication_cryptograms() -> None:
    assert crypto.encrypt(Suite.TDES, H(K_ENC), H(S)) == H(E_IFD)
    assert crypto.mac(Suite.TDES, H(K_MAC), H(E_IFD)) == H(M_IFD)
    r = crypto.decrypt(Suite.TDES, H(K_ENC), H(RESP_DATA)[:32])
    assert r == H(RND_IC) + H(RND_IFD) + H(K_IC)
    assert crypto.mac(Suite.TDES, H(K_MAC), H(RESP_DATA)[:32]) == H(RESP_DATA)[32:]
    seed = bytes(a ^ b for a, b in zip(H(K_IFD), H(K_IC), strict=True))
    assert seed == H("0036D272F5C350ACAC50C3F572D23600")
    assert crypto.kdf(seed, crypto.KDF_ENC, Suite.TDES) == H(KS_ENC)
    assert crypto.kdf(seed, crypto.KDF_MAC, Suite.TDES) == H(KS_MAC)


def random_from(*values: str) -> Iterator[bytes]:
    return iter(H(v) for v in values)


def test_d3_bac_protocol_reproduces_the_transcript() -> None:
    card = Scripted(
        [
            ("0084000008", RND_IC + "9000"),
            ("0082000028" + E_IFD + M_IFD + "28", RESP_DATA + "9000"),
        ]
    )
    randoms = random_from(RND_IFD, K_IFD)
    session = crypto.bac(card, MRZ_INFORMATION, random_bytes=lambda n: next(randoms))
    assert not card.pairs
    assert session.suite is Suite.TDES
    assert session.ssc == H(SSC)
    assert bytes(session._enc) == H(KS_ENC) and bytes(session._mac) == H(KS_MAC)


def test_d3_wrong_key_is_wrong_can_with_the_cards_status() -> None:
    card = Scripted(
        [("0084000008", RND_IC + "9000"), ("0082000028" + E_IFD + M_IFD + "28", "6300")]
    )
    randoms = random_from(RND_IFD, K_IFD)
    with pytest.raises(WrongCan) as err:
        crypto.bac(card, MRZ_INFORMATION, random_bytes=lambda n: next(randoms))
    assert err.value.sw == 0x6300 and err.value.password == "mrz"


def test_d3_chip_cryptogram_with_bad_mac_is_refused() -> None:
    bad = RESP_DATA[:-2] + "00"
    card = Scripted(
        [("0084000008", RND_IC + "9000"), ("0082000028" + E_IFD + M_IFD + "28", bad + "9000")]
    )
    randoms = random_from(RND_IFD, K_IFD)
    with pytest.raises(CardError, match="does not verify"):
        crypto.bac(card, MRZ_INFORMATION, random_bytes=lambda n: next(randoms))


def d4_session() -> SecureMessaging:
    return SecureMessaging(Suite.TDES, H(KS_ENC), H(KS_MAC), H(SSC))


def test_d4_secure_messaging_select_and_two_read_binary() -> None:
    sm = d4_session()
    # SELECT EF.COM: DO87 = 8709016375432908C044F6, MAC BF8B92D635FF24F8 (SSC ...C227)
    assert sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E"))) == H(
        "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"
    )
    assert sm.ssc == H("887022120C06C227")
    assert sm.unwrap(H("990290008E08FA855A5D4C50A8ED"), 0x9000) == (b"", 0x9000)
    assert sm.ssc == H("887022120C06C228")
    # READ BINARY of the first four bytes: DO97 = 970104, MAC ED6705417E96BA55
    assert sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4)) == H(
        "0CB000000D9701048E08ED6705417E96BA5500"
    )
    assert sm.unwrap(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED"), 0x9000) == (
        H("60145F01"),
        0x9000,
    )
    # READ BINARY of the remaining 18 bytes from offset 4: MAC 2EA28A70F3C7B535
    assert sm.wrap(Command(0x00, 0xB0, 0x00, 0x04, le=0x12)) == H(
        "0CB000040D9701128E082EA28A70F3C7B53500"
    )
    plain, sw = sm.unwrap(
        H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D74"),
        0x9000,
    )
    assert sw == 0x9000
    assert H("60145F01") + plain == H("60145F0104303130365F36063034303030305C026175")  # EF.COM
    assert sm.ssc == H("887022120C06C22C")


def test_d4_macs_match_the_appendix_inputs() -> None:
    # N = SSC || padded header || DO87 || padding, as printed in D.4
    n = H("887022120C06C2270CA4020C800000008709016375432908C044F68000000000")
    assert crypto.retail_mac(H(KS_MAC), n) == H("BF8B92D635FF24F8")
    k = H("887022120C06C2289902900080000000")  # SSC || DO99 || padding
    assert crypto.retail_mac(H(KS_MAC), k) == H("FA855A5D4C50A8ED")


def test_response_with_a_bad_mac_is_refused_and_ends_the_session() -> None:
    sm = d4_session()
    sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    with pytest.raises(CardError, match="MAC"):
        sm.unwrap(H("990290008E08FA855A5D4C50A8EE"), 0x9000)
    with pytest.raises(CardError, match="closed"):
        sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4))


@pytest.mark.parametrize(
    "response",
    [
        "8E08FA855A5D4C50A8ED",  # no DO99: real chips always send it
        "99029000",  # no MAC
        "9902900087",  # broken TLV
    ],
)
def test_responses_without_do99_or_mac_are_refused(response: str) -> None:
    sm = d4_session()
    sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    with pytest.raises(CardError):
        sm.unwrap(H(response), 0x9000)


def test_bare_error_status_ends_the_session() -> None:
    sm = d4_session()
    sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4))
    assert sm.unwrap(b"", 0x6988) == (b"", 0x6988)
    assert sm.closed


def test_close_overwrites_the_keys() -> None:
    sm = d4_session()
    sm.close()
    assert bytes(sm._enc) == bytes(16) and bytes(sm._mac) == bytes(16)


def test_ssc_wraps_around() -> None:
    sm = SecureMessaging(Suite.TDES, H(KS_ENC), H(KS_MAC), H("FFFFFFFFFFFFFFFF"))
    sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4))
    assert sm.ssc == bytes(8)


def test_aes_secure_messaging_against_a_public_vector() -> None:
    # AES-128 session from gmrtd's iso7816/secure_messaging_test.go (TestSecureMessageEncode,
    # an MSE:Set AT under SM); not from Doc 9303, whose appendices have no AES SM example.
    sm = SecureMessaging(
        Suite.AES128,
        H("cc86415f2ed7e8fd663b754265695ae1"),
        H("581e84b8ee06c4d3eee30461498d7fb3"),
        H("000000000000000000000000000000ba"),
    )
    assert sm.wrap(Command(0x00, 0x22, 0x41, 0xA4, H("800a04007f000702020302028401c3"))) == H(
        "0c2241a41d871101980953d37f67558690045d78a853b18a8e08929767a2cef172e200"
    )
    assert sm.ssc == H("000000000000000000000000000000bb")


# -- appendix G.1: PACE, ECDH generic mapping ---------------------------------------------

G_MRZ_INFORMATION = "T22000129364081251010318"  # T22000129(3) 640812(5) 101031(8)
G_K = "7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD"
G_K_PI = "89DED1B26624EC1E634C1989302849DD"
G_Z = "95A3A016522EE98D01E76CB6B98B42C3"
G_S = "3F00C4D39D153F2B2A214A078D899B22"
SK_MAP_IFD = 0x7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99
PK_MAP_IFD = (
    "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
    "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D"
)
SK_MAP_IC = 0x498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560
PK_MAP_IC = (
    "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
    "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"
)
SHARED_H = (
    "0460332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5"
    "0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181"
)
G_HAT = (
    "048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
    "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522"
)
SK_EPH_IFD = 0xA73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595
PK_EPH_IFD = (
    "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
    "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462"
)
SK_EPH_IC = 0x107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A
PK_EPH_IC = (
    "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
    "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"
)
G_SHARED_K = "28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925"
G_KS_ENC = "F5F0E35C0D7161EE6724EE513A0D9A7F"
G_KS_MAC = "FE251C7858B356B24514B3BD5F4297D1"
T_IFD = "C2B0BD78D94BA866"
T_IC = "3ABB9674BCE93C08"
G_CARD_ACCESS = "31143012060A04007F0007020204020202010202010D"  # PACEInfo, parameter ID 13
OID_GM_AES128 = "0.4.0.127.0.7.2.2.4.2.2"
BP256 = crypto.DOMAINS[13]


def point(hex_point: str) -> crypto.Point:
    return crypto.decode_point(BP256, H(hex_point))


def test_g1_password_key_and_nonce() -> None:
    k = crypto.pace_password_key(G_MRZ_INFORMATION, crypto.PASSWORD_MRZ)
    assert k == H(G_K)
    assert crypto.kdf(k, crypto.KDF_PI, Suite.AES128) == H(G_K_PI)
    assert crypto.decrypt(Suite.AES128, H(G_K_PI), H(G_Z)) == H(G_S)


def test_g1_mapping_key_agreement_and_keys() -> None:
    assert crypto.encode_point(BP256, BP256.multiply(SK_MAP_IFD) or (0, 0)) == H(PK_MAP_IFD)
    assert crypto.encode_point(BP256, BP256.multiply(SK_MAP_IC) or (0, 0)) == H(PK_MAP_IC)
    h = BP256.multiply(SK_MAP_IFD, point(PK_MAP_IC))
    assert h is not None and crypto.encode_point(BP256, h) == H(SHARED_H)
    assert BP256.multiply(SK_MAP_IC, point(PK_MAP_IFD)) == h  # both sides agree
    s_g = BP256.multiply(int(G_S, 16))
    assert s_g is not None
    g_hat = BP256.add(s_g, h)
    assert g_hat is not None and crypto.encode_point(BP256, g_hat) == H(G_HAT)
    assert crypto.encode_point(BP256, BP256.multiply(SK_EPH_IFD, g_hat) or (0, 0)) == H(PK_EPH_IFD)
    assert crypto.encode_point(BP256, BP256.multiply(SK_EPH_IC, g_hat) or (0, 0)) == H(PK_EPH_IC)
    shared = BP256.multiply(SK_EPH_IFD, point(PK_EPH_IC))
    assert shared is not None and shared[0].to_bytes(32, "big") == H(G_SHARED_K)
    assert crypto.kdf(H(G_SHARED_K), crypto.KDF_ENC, Suite.AES128) == H(G_KS_ENC)
    assert crypto.kdf(H(G_SHARED_K), crypto.KDF_MAC, Suite.AES128) == H(G_KS_MAC)


def test_g1_authentication_tokens() -> None:
    assert crypto.auth_token(
        Suite.AES128, H(G_KS_MAC), OID_GM_AES128, BP256, point(PK_EPH_IC)
    ) == H(T_IFD)
    assert crypto.auth_token(
        Suite.AES128, H(G_KS_MAC), OID_GM_AES128, BP256, point(PK_EPH_IFD)
    ) == H(T_IC)


def g1_transcript(last: str = "7C0A8608" + T_IC + "9000") -> list[tuple[str, str]]:
    return [
        ("0022C1A40F800A04007F00070202040202830101", "9000"),
        ("10860000027C0000", "7C128010" + G_Z + "9000"),
        ("10860000457C438141" + PK_MAP_IFD + "00", "7C438241" + PK_MAP_IC + "9000"),
        ("10860000457C438341" + PK_EPH_IFD + "00", "7C438441" + PK_EPH_IC + "9000"),
        ("008600000C7C0A8508" + T_IFD + "00", last),
    ]


def g1_keys() -> Iterator[int]:
    return iter([SK_MAP_IFD, SK_EPH_IFD])


def test_g1_pace_protocol_reproduces_the_transcript() -> None:
    (info,) = crypto.parse_card_access(H(G_CARD_ACCESS))
    assert info == crypto.PaceInfo(OID_GM_AES128, 2, 13) and info.supported
    card = Scripted(g1_transcript())
    keys = g1_keys()
    session = crypto.pace(
        card, info, G_MRZ_INFORMATION, crypto.PASSWORD_MRZ, keygen=lambda order: next(keys)
    )
    assert not card.pairs
    assert session.suite is Suite.AES128 and session.ssc == bytes(16)
    assert bytes(session._enc) == H(G_KS_ENC) and bytes(session._mac) == H(G_KS_MAC)


def test_g1_wrong_password_is_wrong_can_with_counter() -> None:
    (info,) = crypto.parse_card_access(H(G_CARD_ACCESS))
    card = Scripted(g1_transcript(last="63C2"))
    keys = g1_keys()
    with pytest.raises(WrongCan) as err:
        crypto.pace(
            card, info, G_MRZ_INFORMATION, crypto.PASSWORD_MRZ, keygen=lambda order: next(keys)
        )
    assert err.value.retries_left == 2 and err.value.sw == 0x63C2 and not err.value.blocked


def test_g1_forged_chip_token_is_refused() -> None:
    (info,) = crypto.parse_card_access(H(G_CARD_ACCESS))
    card = Scripted(g1_transcript(last="7C0A86080000000000000000" + "9000"))
    keys = g1_keys()
    with pytest.raises(CardError, match="token"):
        crypto.pace(
            card, info, G_MRZ_INFORMATION, crypto.PASSWORD_MRZ, keygen=lambda order: next(keys)
        )


def test_points_off_the_curve_are_refused() -> None:
    off_curve = "04" + "01" * 64
    with pytest.raises(CardError, match="not on the curve"):
        crypto.decode_point(BP256, H(off_curve))
    with pytest.raises(CardError):
        crypto.decode_point(BP256, H(PK_MAP_IC)[:-1])
    (info,) = crypto.parse_card_access(H(G_CARD_ACCESS))
    card = Scripted(
        [
            *g1_transcript()[:2],
            ("10860000457C438141" + PK_MAP_IFD + "00", "7C438241" + off_curve + "9000"),
        ]
    )
    keys = g1_keys()
    with pytest.raises(CardError, match="not on the curve"):
        crypto.pace(
            card, info, G_MRZ_INFORMATION, crypto.PASSWORD_MRZ, keygen=lambda order: next(keys)
        )


def test_parameter_id_is_sent_only_when_asked() -> None:
    (info,) = crypto.parse_card_access(H(G_CARD_ACCESS))
    pairs = g1_transcript()
    pairs[0] = ("0022C1A412800A04007F0007020204020283010184010D", "9000")
    keys = g1_keys()
    crypto.pace(
        Scripted(pairs),
        info,
        G_MRZ_INFORMATION,
        crypto.PASSWORD_MRZ,
        send_parameter_id=True,
        keygen=lambda order: next(keys),
    )


def test_card_access_choice_and_unsupported_variants() -> None:
    infos = [
        crypto.PaceInfo("0.4.0.127.0.7.2.2.4.1.2", 2, 0),  # DH-GM: not supported
        crypto.PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, 13),  # ECDH-IM: not supported
        crypto.PaceInfo(OID_GM_AES128, 2, 13),
        crypto.PaceInfo("0.4.0.127.0.7.2.2.4.2.4", 2, 17),
    ]
    assert crypto.choose_pace(infos) == infos[3]  # AES-256 first
    assert crypto.choose_pace(infos[:2]) is None
    assert not crypto.PaceInfo(OID_GM_AES128, 2, 14).supported  # brainpoolP320r1: no
    with pytest.raises(UnsupportedCard):
        crypto.pace(Scripted([]), infos[0], "123456", crypto.PASSWORD_CAN)
    with pytest.raises(CardError, match="malformed"):
        crypto.parse_card_access(H("3114300F"))


def test_kdf_lengths_and_hashes_per_cipher() -> None:
    import hashlib

    secret = H(G_SHARED_K)
    sha256 = hashlib.sha256
    assert crypto.kdf(secret, 1, Suite.AES192) == sha256(secret + H("00000001")).digest()[:24]
    assert crypto.kdf(secret, 2, Suite.AES256) == sha256(secret + H("00000002")).digest()
    key = crypto.kdf(secret, 1, Suite.TDES)
    assert all(bin(b).count("1") % 2 == 1 for b in key)  # DES odd parity


# -- robustness against whatever a broken or hostile card sends ----------------------------


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=120), st.integers(0, 0xFFFF))
def test_unwrap_of_random_responses_is_card_error_or_data(data: bytes, sw: int) -> None:
    sm = d4_session()
    sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4))
    with contextlib.suppress(CardError):
        sm.unwrap(data, sw)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_card_access_of_random_bytes_is_parsed_or_card_error(data: bytes) -> None:
    with contextlib.suppress(CardError):
        for info in crypto.parse_card_access(data):
            assert isinstance(info.oid, str)


@settings(max_examples=400, deadline=None)
@given(st.binary(min_size=4, max_size=300))
def test_command_decode_round_trip_or_value_error(raw: bytes) -> None:
    try:
        command = Command.decode(raw)
    except ValueError:
        return
    assert Command.decode(command.encode()) == command

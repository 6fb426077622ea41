"""The address a rate limit counts against, for 0, 1 and 2 trusted proxy hops."""

import pytest
from django.test import RequestFactory

from cabinet.client_address import client_address

PROXY = "192.0.2.10"


def _request(remote: str | None = PROXY, xff: str | None = None):
    meta = {}
    if xff is not None:
        meta["HTTP_X_FORWARDED_FOR"] = xff
    request = RequestFactory().get("/", **meta)
    if remote is None:
        del request.META["REMOTE_ADDR"]
    else:
        request.META["REMOTE_ADDR"] = remote
    return request


@pytest.mark.parametrize(
    "xff", [None, "", "203.0.113.5", "203.0.113.5, 198.51.100.7", "not-an-address"]
)
def test_with_no_trusted_proxy_the_peer_is_the_client_whatever_the_header_says(settings, xff):
    settings.TRUSTED_PROXY_HOPS = 0
    assert client_address(_request(xff=xff)) == PROXY


@pytest.mark.parametrize(
    ("hops", "xff", "expected"),
    [
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "198.51.100.1, 203.0.113.5", "203.0.113.5"),  # forged leftmost entry
        (1, "198.51.100.1,203.0.113.5", "203.0.113.5"),
        (1, " 203.0.113.5 ", "203.0.113.5"),
        (2, "198.51.100.1, 203.0.113.5, 192.0.2.20", "203.0.113.5"),
        (2, "203.0.113.5", "203.0.113.5"),  # reached the last proxy only: its entry
        (1, "203.0.113.5, , ", "203.0.113.5"),  # empty entries are no hops
    ],
)
def test_behind_trusted_proxies_the_entry_that_many_hops_from_the_right_is_the_client(
    settings, hops, xff, expected
):
    settings.TRUSTED_PROXY_HOPS = hops
    assert client_address(_request(xff=xff)) == expected


@pytest.mark.parametrize(
    "xff", [None, "", "unknown", "<script>", "203.0.113.5, garbage", "999.1.1.1", "x" * 5000]
)
def test_a_missing_or_unusable_entry_falls_back_to_the_peer(settings, xff):
    settings.TRUSTED_PROXY_HOPS = 1
    assert client_address(_request(xff=xff)) == PROXY


def test_ipv6_clients_count_per_64_network_and_mapped_ipv4_as_ipv4(settings):
    settings.TRUSTED_PROXY_HOPS = 1
    first = client_address(_request(xff="2001:db8:1:2::1"))
    second = client_address(_request(xff="2001:db8:1:2:ffff:ffff:ffff:ffff"))
    other = client_address(_request(xff="2001:db8:1:3::1"))
    assert first == second == "2001:db8:1:2::/64"
    assert other != first
    assert client_address(_request(xff="::ffff:203.0.113.5")) == "203.0.113.5"


def test_no_peer_address_at_all_is_one_shared_unknown_address(settings):
    settings.TRUSTED_PROXY_HOPS = 0
    assert client_address(_request(remote=None)) == "unknown"

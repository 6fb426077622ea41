"""Registry gateways behind one interface, chosen by ``DELIVERY_GATEWAY`` (stored per delivery,
so a change of setting never re-routes a petition already on its way).

``send`` delivers the package under the delivery's idempotency key and answers ``Registered``
(the registry registered it at once) or ``Accepted`` (it will register it later: a webhook or a
poll tells). ``poll`` reads the state back (None: the registry does not know the key). A
transient failure (5xx, timeout, connection refused) raises ``TransientError``: retried.
"""

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..models import Delivery


class TransientError(Exception):
    """The registry could not be reached or failed; the same request may be sent again."""


@dataclass(frozen=True)
class Registered:
    incoming_number: str
    registered_at: dt.datetime


@dataclass(frozen=True)
class Accepted:
    pass


class Gateway(Protocol):
    def send(self, delivery: "Delivery") -> Accepted | Registered: ...

    def poll(self, delivery: "Delivery") -> Accepted | Registered | None: ...


def gateway_for(name: str) -> Gateway:
    from .http import HttpGateway
    from .local import LocalGateway

    gateways: dict[str, type[Gateway]] = {"local": LocalGateway, "http": HttpGateway}
    if name not in gateways:
        msg = f"Unknown delivery gateway {name!r}; DELIVERY_GATEWAY is local or http."
        raise ValueError(msg)
    return gateways[name]()

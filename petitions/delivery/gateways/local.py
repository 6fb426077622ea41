"""The ``local`` gateway: the registry is this portal's own court side (the clerks' queue).

Registration is a row in ``RegistryEntry`` unique by idempotency key, with the next incoming
number of the registry's year taken under the counter's row lock, so concurrent deliveries get
distinct numbers and a repeated one finds its entry instead of a second number.
"""

from django.db import transaction
from django.utils import timezone

from ..models import Delivery, RegistryCounter, RegistryEntry
from ..registry import PREFIXES
from . import Accepted, Registered


class LocalGateway:
    def send(self, delivery: Delivery) -> Accepted | Registered:
        with transaction.atomic():
            # The delivery's row lock serialises two workers on the same petition.
            Delivery.objects.select_for_update().get(pk=delivery.pk)
            entry = RegistryEntry.objects.filter(idempotency_key=delivery.idempotency_key).first()
            if entry is None:
                entry = _register(delivery)
        return Registered(incoming_number=entry.incoming_number, registered_at=entry.registered_at)

    def poll(self, delivery: Delivery) -> Accepted | Registered | None:
        entry = RegistryEntry.objects.filter(idempotency_key=delivery.idempotency_key).first()
        if entry is None:
            return None
        return Registered(incoming_number=entry.incoming_number, registered_at=entry.registered_at)


def _register(delivery: Delivery) -> RegistryEntry:
    now = timezone.now()
    year = timezone.localdate(now).year
    counter, _ = RegistryCounter.objects.select_for_update().get_or_create(
        registry=delivery.registry, year=year
    )
    counter.last += 1
    counter.save(update_fields=["last"])
    prefix = PREFIXES.get(delivery.registry, delivery.registry.upper())
    return RegistryEntry.objects.create(
        registry=delivery.registry,
        idempotency_key=delivery.idempotency_key,
        petition_id=delivery.petition_id,
        year=year,
        number=counter.last,
        incoming_number=f"{prefix}-{year}-{counter.last:06d}",
        registered_at=now,
    )

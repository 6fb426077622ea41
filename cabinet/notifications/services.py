"""Creating notifications and sending them through the outbox.

Each step is idempotent, because Celery may run a task twice (a retry, a worker killed after
the work but before the ack, the sweeper): a notification is unique per event (per reminder),
its deliveries unique per channel, and a delivery is sent under its row lock and only while
pending, so two runs never both send it. The one duplicate left is the unavoidable one of any
outbox: the gateway accepted the message and the process died before the row was marked sent.
"""

import datetime as dt
import logging
import random
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from petitions.models import Petition, Status, StatusEvent

from ..models import User
from ..sms import sms_send
from .models import Notification, NotificationDelivery
from .texts import Text, reminder_text, status_text

logger = logging.getLogger(__name__)

Channel = NotificationDelivery.Channel
State = NotificationDelivery.State


def _enqueue(delivery_id: int) -> None:
    """Never raises: with the broker down the row stays pending and the sweeper finds it."""
    from ..tasks import notification_deliver  # the task module imports these services

    try:
        notification_deliver.delay(delivery_id)
    except Exception:  # the broker's errors are many (kombu, redis, OS); the outbox has the row
        logger.warning("Notification delivery %s not enqueued: broker unreachable.", delivery_id)


def _create(
    *, user: User, petition: Petition, text: Text, **subject: object
) -> Notification | None:
    """The notification and its outbox rows, once; None if it exists already."""
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user,
                petition=petition,
                language=text.language,
                subject=text.subject,
                body=text.body,
                sms_text=text.sms,
                **subject,
            )
    except IntegrityError:
        return None  # a repeated task: the unique constraint already holds it
    for channel, address in ((Channel.EMAIL, user.notice_email), (Channel.SMS, user.notice_phone)):
        if address:
            delivery = NotificationDelivery.objects.create(
                notification=notification, channel=channel, address=address
            )
            transaction.on_commit(partial(_enqueue, delivery.pk))
    return notification


@transaction.atomic
def notifications_for_event(*, event_id: int) -> Notification | None:
    """Tell the filer about one status change (a draft is news to no one)."""
    event = StatusEvent.objects.select_related("petition__filer").get(pk=event_id)
    if event.status == Status.DRAFT:
        return None
    user = event.petition.filer
    text = status_text(petition=event.petition, status=event.status, language=user.language)
    return _create(
        user=user,
        petition=event.petition,
        text=text,
        kind=Notification.Kind.STATUS,
        status_event=event,
    )


def _backoff(attempts: int) -> int:
    base = settings.NOTIFY_RETRY_BACKOFF_SECONDS * 2 ** max(0, attempts - 1)
    capped = int(min(base, 3600))
    return capped + random.randint(0, capped // 2)  # noqa: S311  (jitter, not a secret)


def _send(delivery: NotificationDelivery) -> None:
    notification = delivery.notification
    if delivery.channel == Channel.EMAIL:
        EmailMessage(notification.subject, notification.body, to=[delivery.address]).send()
    else:
        sms_send(to=delivery.address, text=notification.sms_text)


def delivery_attempt(*, delivery_id: int) -> int | None:
    """Try to send one delivery. Returns the seconds to wait before the next try, or None
    when there is nothing more to do (sent, failed for good, or not pending any more)."""
    with transaction.atomic():
        delivery = (
            NotificationDelivery.objects.select_for_update()
            .select_related("notification")
            .filter(pk=delivery_id, state=State.PENDING)
            .first()
        )
        if delivery is None:
            return None
        delivery.attempts += 1
        delivery.last_attempt_at = timezone.now()
        try:
            _send(delivery)
        except Exception as exc:
            delivery.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if delivery.attempts >= settings.NOTIFY_MAX_ATTEMPTS:
                delivery.state = State.FAILED
                logger.error(
                    "Notification delivery %s (%s) failed for good after %s attempts: %s",
                    delivery.pk,
                    delivery.channel,
                    delivery.attempts,
                    delivery.last_error,
                )
            else:
                logger.warning(
                    "Notification delivery %s (%s) failed, attempt %s: %s",
                    delivery.pk,
                    delivery.channel,
                    delivery.attempts,
                    delivery.last_error,
                )
        else:
            delivery.state, delivery.sent_at, delivery.last_error = State.SENT, timezone.now(), ""
        wait = None
        if delivery.state == State.PENDING:
            wait = _backoff(delivery.attempts)
            delivery.next_attempt_at = delivery.last_attempt_at + dt.timedelta(seconds=wait)
        delivery.save()
    return wait


def deliveries_stale(*, now: dt.datetime | None = None) -> Iterable[int]:
    """Pending deliveries nobody has tried for a while: the broker lost the message (it was
    down at commit, a worker died with it). The sweeper asks for them again."""
    cutoff = (now or timezone.now()) - dt.timedelta(seconds=settings.NOTIFY_SWEEP_AFTER_SECONDS)
    never_tried = Q(next_attempt_at__isnull=True, created_at__lt=cutoff)
    return NotificationDelivery.objects.filter(
        never_tried | Q(next_attempt_at__lt=cutoff), state=State.PENDING
    ).values_list("pk", flat=True)


def events_unnotified(*, now: dt.datetime | None = None) -> Iterable[int]:
    """Recent status changes whose notification task never ran (the broker was down when the
    change committed). Only the last two days: older news is no longer worth telling."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=settings.NOTIFY_SWEEP_AFTER_SECONDS)
    told = Notification.objects.filter(status_event__isnull=False).values("status_event")
    return (
        StatusEvent.objects.filter(at__lt=cutoff, at__gt=now - dt.timedelta(days=2))
        .exclude(status=Status.DRAFT)
        .exclude(pk__in=told)
        .values_list("pk", flat=True)
    )


def delivery_retry(*, delivery: NotificationDelivery) -> None:
    """An operator's "try again" on a failed delivery (admin action): pending, counted afresh."""
    updated = NotificationDelivery.objects.filter(pk=delivery.pk, state=State.FAILED).update(
        state=State.PENDING, attempts=0, next_attempt_at=None
    )
    if updated:
        transaction.on_commit(partial(_enqueue, delivery.pk))


def notification_mark_read(*, notification: Notification) -> None:
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=timezone.now()
        )


REMINDER_DAYS = (7, 1)


def drafts_deadline_remind(*, today: dt.date | None = None) -> int:
    """Remind filers of drafts whose last day is near: at 7 days and at 1 day, once each.

    Windows rather than exact days, so a day the beat missed still gets its reminder; the 7-day
    one is skipped once the 1-day one is due. Returns how many reminders were created.
    """
    today = today or timezone.localdate()
    created = 0
    drafts = Petition.objects.filter(status=Status.DRAFT, deadline__deadline__isnull=False)
    for petition in drafts.select_related("filer").iterator():
        answer = petition.deadline or {}
        if answer.get("unlimited") or not answer.get("deadline"):
            continue
        last_day = dt.date.fromisoformat(answer["deadline"])
        left = (last_day - today).days
        due = next((days for days in sorted(REMINDER_DAYS) if 0 <= left <= days), None)
        if due is None:
            continue
        user = petition.filer
        with transaction.atomic():
            notification = _create(
                user=user,
                petition=petition,
                text=reminder_text(petition=petition, last_day=last_day, language=user.language),
                kind=Notification.Kind.REMINDER,
                reminder_days=due,
            )
        created += notification is not None
    return created

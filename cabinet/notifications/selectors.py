"""Reads of notifications: always the signed-in user's own."""

from django.db.models import QuerySet
from django.http import Http404

from ..models import User
from .models import Notification


def notifications_for_user(*, user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).select_related("petition")


def notifications_unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notification_get_for_user(*, user: User, pk: int) -> Notification:
    """Someone else's notification is a 404, exactly like one that does not exist."""
    notification = notifications_for_user(user=user).filter(pk=pk).first()
    if notification is None:
        raise Http404
    return notification


def contacts_missing(*, user: User) -> bool:
    """No confirmed way to reach the person outside the cabinet."""
    return not (user.notice_email or user.notice_phone)

"""The header's unread count, and whether the person has a way to be told anything."""

from django.http import HttpRequest

from .notifications.selectors import notifications_unread_count


def notices(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"notifications_unread": notifications_unread_count(user=user)}

"""Celery tasks of signing: thin wrappers over ``signing.web.crl``."""

from celery import shared_task

from .crl import crl_refresh_all


@shared_task(acks_late=True, soft_time_limit=300, time_limit=360)
def crl_refresh() -> dict[str, int]:
    """Refresh every configured CRL index; idempotent (same CRL → same index file)."""
    results = crl_refresh_all()
    return {"ok": sum(r.ok for r in results), "failed": sum(not r.ok for r in results)}

"""URLs: every page a person reads is under a language prefix (/kk/, /ru/, /en/); machine
endpoints (health, language switch, static) are not."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from core import views as core_views
from core.health import healthz
from petitions.delivery.webhook import registry_webhook

urlpatterns: list[URLPattern | URLResolver] = [
    path("healthz", healthz, name="healthz"),
    path("registry/webhook", registry_webhook, name="registry_webhook"),
]

urlpatterns += i18n_patterns(
    path("", core_views.home, name="home"),
    path("", include("cabinet.urls")),
    path("", include("petitions.urls")),
    path("", include("petitions.receipts.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

from django.urls import path

from . import contact_views, views

app_name = "cabinet"

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/ecp/", views.ecp_login_view, name="login_ecp"),
    path("login/ecp/demo/", views.ecp_demo_login_view, name="login_ecp_demo"),
    path("logout/", views.logout_view, name="logout"),
    path("cabinet/", views.dashboard_view, name="dashboard"),
    path("cabinet/password/", views.password_change_view, name="password_change"),
    path("cabinet/contacts/", contact_views.contacts_view, name="contacts"),
    path("cabinet/contacts/email/", contact_views.email_view, name="email"),
    path(
        "cabinet/contacts/email/confirm/<str:token>/",
        contact_views.email_confirm_view,
        name="email_confirm",
    ),
    path("cabinet/contacts/phone/", contact_views.phone_view, name="phone"),
    path("cabinet/contacts/phone/code/", contact_views.phone_code_view, name="phone_code"),
    path("cabinet/notifications/", contact_views.notifications_view, name="notifications"),
    path(
        "cabinet/notifications/<int:pk>/read/",
        contact_views.notification_read_view,
        name="notification_read",
    ),
]

from django.urls import path

from . import views

app_name = "cabinet"

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/ecp/", views.ecp_login_view, name="login_ecp"),
    path("login/ecp/demo/", views.ecp_demo_login_view, name="login_ecp_demo"),
    path("logout/", views.logout_view, name="logout"),
    path("cabinet/", views.dashboard_view, name="dashboard"),
    path("cabinet/password/", views.password_change_view, name="password_change"),
]

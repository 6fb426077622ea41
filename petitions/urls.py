from django.urls import path

from .views import calculator
from .views import documents as views_attachments
from .views import journey as views
from .views import submit as views_submit

app_name = "petitions"

urlpatterns = [
    path("time-limits/", calculator.calculator_view, name="calculator"),
    path("petitions/new/", views.start_view, name="start"),
    path("petitions/<uuid:public_id>/", views.task_list_view, name="task_list"),
    path("petitions/<uuid:public_id>/q/<slug:slug>/", views.question_view, name="question"),
    path("petitions/<uuid:public_id>/time-limit/", views.deadline_view, name="deadline"),
    path("petitions/<uuid:public_id>/parties/", views.parties_view, name="parties"),
    path(
        "petitions/<uuid:public_id>/parties/<int:pk>/remove/",
        views.party_remove_view,
        name="party_remove",
    ),
    path("petitions/<uuid:public_id>/delete/", views.delete_view, name="delete"),
    path("petitions/<uuid:public_id>/petition.pdf", views.pdf_view, name="pdf"),
    path("petitions/<uuid:public_id>/confirmation/", views.confirmation_view, name="confirmation"),
]

urlpatterns += [
    path(
        "petitions/<uuid:public_id>/documents/",
        views_attachments.attachments_view,
        name="attachments",
    ),
    path(
        "petitions/<uuid:public_id>/documents/<uuid:attachment_id>/remove/",
        views_attachments.attachment_remove_view,
        name="attachment_remove",
    ),
    path(
        "petitions/<uuid:public_id>/documents/<uuid:attachment_id>/kind/",
        views_attachments.attachment_kind_view,
        name="attachment_kind",
    ),
    path(
        "petitions/<uuid:public_id>/documents/<uuid:attachment_id>/download/",
        views_attachments.attachment_download_view,
        name="attachment_download",
    ),
]

urlpatterns += [
    path("petitions/<uuid:public_id>/check/", views_submit.check_view, name="check"),
    path("petitions/<uuid:public_id>/sign/", views_submit.sign_view, name="sign"),
    path("petitions/<uuid:public_id>/sign/demo/", views_submit.demo_sign_view, name="demo_sign"),
]

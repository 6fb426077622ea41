from django.urls import path

from .views import calculator, documents, journey, submit

app_name = "petitions"

urlpatterns = [
    path("time-limits/", calculator.calculator_view, name="calculator"),
    path("petitions/new/", journey.start_view, name="start"),
    path("petitions/<uuid:public_id>/", journey.task_list_view, name="task_list"),
    path("petitions/<uuid:public_id>/q/<slug:slug>/", journey.question_view, name="question"),
    path("petitions/<uuid:public_id>/time-limit/", journey.deadline_view, name="deadline"),
    path("petitions/<uuid:public_id>/parties/", journey.parties_view, name="parties"),
    path(
        "petitions/<uuid:public_id>/parties/<int:pk>/remove/",
        journey.party_remove_view,
        name="party_remove",
    ),
    path("petitions/<uuid:public_id>/delete/", journey.delete_view, name="delete"),
    path("petitions/<uuid:public_id>/petition.pdf", journey.pdf_view, name="pdf"),
    path(
        "petitions/<uuid:public_id>/confirmation/", journey.confirmation_view, name="confirmation"
    ),
]

urlpatterns += [
    path(
        "petitions/<uuid:public_id>/documents/",
        documents.attachments_view,
        name="attachments",
    ),
    path(
        "petitions/<uuid:public_id>/documents/<uuid:attachment_id>/remove/",
        documents.attachment_remove_view,
        name="attachment_remove",
    ),
    path(
        "petitions/<uuid:public_id>/documents/<uuid:attachment_id>/kind/",
        documents.attachment_kind_view,
        name="attachment_kind",
    ),
    path(
        "petitions/<uuid:public_id>/documents/<uuid:attachment_id>/download/",
        documents.attachment_download_view,
        name="attachment_download",
    ),
]

urlpatterns += [
    path("petitions/<uuid:public_id>/check/", submit.check_view, name="check"),
    path("petitions/<uuid:public_id>/sign/", submit.sign_view, name="sign"),
    path("petitions/<uuid:public_id>/sign/demo/", submit.demo_sign_view, name="demo_sign"),
]

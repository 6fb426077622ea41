from django.urls import path

from . import views

app_name = "receipts"

urlpatterns = [
    path("receipts/check/", views.check_view, name="check"),
    path("receipts/<uuid:public_id>/<str:sha256>/", views.verify_view, name="verify"),
    path(
        "petitions/<uuid:public_id>/receipts/<str:kind>.pdf",
        views.receipt_pdf_view,
        name="pdf",
    ),
    path(
        "petitions/<uuid:public_id>/receipts/<str:kind>.json",
        views.receipt_document_view,
        name="document",
    ),
    path(
        "petitions/<uuid:public_id>/receipts/<str:kind>.p7s",
        views.receipt_signature_view,
        name="signature",
    ),
    path("petitions/<uuid:public_id>/withdraw/", views.withdraw_view, name="withdraw"),
    path(
        "petitions/<uuid:public_id>/withdraw/sign/", views.withdraw_sign_view, name="withdraw_sign"
    ),
    path(
        "petitions/<uuid:public_id>/withdraw/sign/demo/",
        views.withdraw_demo_sign_view,
        name="withdraw_demo_sign",
    ),
]

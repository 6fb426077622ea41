"""The domain of a cassation petition.

A petition is prepared by an account holder (a citizen for themself, or a lawyer for a client),
signed once over a manifest of everything in it, and then only moves forward through statuses,
each move recorded as an append-only ``StatusEvent``. Invariants that must hold whatever code
path writes the row are database constraints, not just form validation.
"""

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import fee_exemptions
from . import state_fee as fees


class Court(models.Model):
    """A court in the directory (loaded by a data migration), named in kk/ru/en."""

    class Kind(models.TextChoices):
        APPELLATE = "appellate", _("Appellate court (regional or city court)")
        SUPREME_COURT_COLLEGIUM = "supreme_collegium", _("Collegium of the Supreme Court")
        SUPREME_COURT = "supreme", _("Supreme Court")
        CASSATION = "cassation", _("Cassation court")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_kk = models.CharField(_("name in Kazakh"), max_length=200)
    name_ru = models.CharField(_("name in Russian"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)
    is_active = models.BooleanField(_("active"), default=True)
    ordering = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("ordering", "code")
        verbose_name = _("court")
        verbose_name_plural = _("courts")
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(kind__in=["appellate", "supreme_collegium", "supreme", "cassation"]),
                name="court_kind_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name()

    def name(self, language: str | None = None) -> str:
        from django.utils.translation import get_language

        code = (language or get_language() or "kk")[:2]
        return str(getattr(self, f"name_{code}", None) or self.name_kk)


class Procedure(models.TextChoices):
    CIVIL = "civil", _("Civil case")
    CRIMINAL = "criminal", _("Criminal case")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    DELIVERED = "delivered", _("Delivered to the court")
    UNDER_REVIEW = "under_review", _("Under review")
    RETURNED = "returned", _("Returned")
    REFUSED = "refused", _("Not transferred to a cassation hearing")
    SCHEDULED = "scheduled", _("Hearing scheduled")
    DECIDED = "decided", _("Decided")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Legal moves between statuses; the service layer and a CAS update enforce them.
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.DELIVERED, Status.WITHDRAWN}),
    Status.DELIVERED: frozenset({Status.UNDER_REVIEW, Status.RETURNED, Status.WITHDRAWN}),
    Status.UNDER_REVIEW: frozenset(
        {Status.RETURNED, Status.REFUSED, Status.SCHEDULED, Status.WITHDRAWN}
    ),
    Status.SCHEDULED: frozenset({Status.DECIDED, Status.WITHDRAWN}),
    Status.RETURNED: frozenset(),
    Status.REFUSED: frozenset(),
    Status.DECIDED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}


class ActKind(models.TextChoices):
    # Values are the deadlines engine's (CLI contract), so answers map one to one.
    FIRST_INSTANCE = "first_instance", _("Decision of the court of first instance")
    APPELLATE = "appellate", _("Ruling or resolution of the court of appeal")
    SUPREME_COURT_COLLEGIUM = (
        "supreme_court_collegium",
        _("Act of a specialised judicial collegium of the Supreme Court"),
    )
    CONVICTION = "conviction", _("Conviction")
    ACQUITTAL = "acquittal", _("Acquittal")
    TERMINATION = "termination", _("Resolution to terminate the case")
    # From 1 July 2025: reviewed by the Supreme Court in exceptional cases (CPC ch. 54-1,
    # CrPC ch. 52-1), on a petition to a Supreme Court judge or the Prosecutor General.
    CASSATION_COURT_ACT = "cassation_court_act", _("Resolution of a cassation court")


class Appeal(models.TextChoices):
    DECIDED_ON_APPEAL = "decided_on_appeal", _("The act was reviewed on appeal")
    NOT_APPEALED = "not_appealed", _("The act was not appealed")
    MISSED_RESTORATION_REFUSED_REVIEWED = (
        "missed_restoration_refused_reviewed",
        _(
            "The appeal term was missed; restoration was refused and that refusal was reviewed on "
            "appeal"
        ),
    )


class Exclusion(models.TextChoices):
    """CPC art. 434 part 2 sub-items 1-3 and CrPC art. 484 parts 1 and 2 item 1 (values are the
    deadlines engine's ``exclusion``).

    ``ORDER_OR_CONCILIATION`` is no longer asked: CrPC 484 part 2 item 1 in force bars criminal
    misdemeanours and crimes of minor gravity, not order or conciliation proceedings. It stays a
    known value so that petitions sent with that answer keep it as signed (migration 0007 cleared
    it on drafts, whose question is asked again); the engine no longer accepts it.
    """

    NONE = "none", _("None of these")
    SIMPLIFIED_PROCEDURE = (
        "simplified_procedure",
        _(
            "It was heard in simplified procedure (for example, a court order or written "
            "proceedings)"
        ),
    )
    SETTLEMENT = (
        "settlement",
        _(
            "It ended with a settlement agreement, a mediation agreement or an agreement under the "
            "participative procedure"
        ),
    )
    SMALL_PROPERTY_CLAIM = (
        "small_property_claim",
        _(
            "It is a property dispute with a claim below 2,000 MCI for an individual or below "
            "30,000 MCI for a legal entity"
        ),
    )
    NOT_REVIEWED_ON_APPEAL = (
        "not_reviewed_on_appeal",
        _("The verdict or resolution of the court of first instance was not considered on appeal"),
    )
    MISDEMEANOUR_OR_MINOR_CRIME = (
        "misdemeanour_or_minor_crime",
        _("The case is about a criminal misdemeanour or a crime of minor gravity"),
    )
    ORDER_OR_CONCILIATION = (
        "order_or_conciliation",
        _(
            "The case was heard in order or conciliation proceedings, or under article 382 of the "
            "Criminal Procedure Code"
        ),
    )


CIVIL_EXCLUSIONS = (
    Exclusion.SIMPLIFIED_PROCEDURE,
    Exclusion.SETTLEMENT,
    Exclusion.SMALL_PROPERTY_CLAIM,
    Exclusion.NONE,
)
CRIMINAL_EXCLUSIONS = (
    Exclusion.NOT_REVIEWED_ON_APPEAL,
    Exclusion.MISDEMEANOUR_OR_MINOR_CRIME,
    Exclusion.NONE,
)


class Direction(models.TextChoices):
    IMPROVES = "improves", _("It would improve the convicted person's position")
    WORSENS = "worsens", _("It would worsen the convicted or acquitted person's position")


class Standing(models.TextChoices):
    """The petitioner's procedural status (CPC art. 441) or position (CrPC art. 488)."""

    # Civil cases.
    CLAIMANT = "claimant", _("Claimant")
    DEFENDANT = "defendant", _("Defendant")
    THIRD_PARTY = "third_party", _("Third party")
    APPLICANT = "applicant", _("Applicant or interested person in special proceedings")
    NOT_INVOLVED = (
        "not_involved",
        _("A person not involved in the case whose rights the act concerns"),
    )
    # Criminal cases.
    CONVICTED = "convicted", _("Convicted person")
    ACQUITTED = "acquitted", _("Acquitted person")
    CASE_TERMINATED = "case_terminated", _("Person whose criminal case was terminated")
    VICTIM = "victim", _("Victim")
    CIVIL_CLAIMANT = "civil_claimant", _("Civil claimant")
    CIVIL_DEFENDANT = "civil_defendant", _("Civil defendant")


CIVIL_STANDINGS = (
    Standing.CLAIMANT,
    Standing.DEFENDANT,
    Standing.THIRD_PARTY,
    Standing.APPLICANT,
    Standing.NOT_INVOLVED,
)
CRIMINAL_STANDINGS = (
    Standing.CONVICTED,
    Standing.ACQUITTED,
    Standing.CASE_TERMINATED,
    Standing.VICTIM,
    Standing.CIVIL_CLAIMANT,
    Standing.CIVIL_DEFENDANT,
)


class StateFee(models.TextChoices):
    PAID = "paid", _("Paid; the payment document is attached")
    EXEMPT = "exempt", _("Exempt from the state fee")


class FeeClaim(models.TextChoices):
    """The claim the state fee is computed from (Tax Code art. 665(1) sub-items 1 and 7)."""

    PROPERTY = fees.PROPERTY, _("A property claim (a sum of money or property)")
    NON_PROPERTY = (
        fees.NON_PROPERTY,
        _("A non-property claim, or a claim that cannot be valued"),
    )


class FeeFiler(models.TextChoices):
    """The person the fee is for (art. 665(3): "для субъекта обращения")."""

    INDIVIDUAL = fees.INDIVIDUAL, _("An individual")
    LEGAL_ENTITY = fees.LEGAL_ENTITY, _("A legal entity")


# Contested acts made by a court of first instance: those courts (district and inter-district
# courts) are not in the directory, so the person types the court's name as written on the act.
FIRST_INSTANCE_ACTS = frozenset(
    {ActKind.FIRST_INSTANCE, ActKind.CONVICTION, ActKind.ACQUITTAL, ActKind.TERMINATION}
)

# Civil acts the appeal question is not asked about: a Supreme Court collegium's (reviewable
# without it, CPC 434.1) and a cassation court's (reviewed by the Supreme Court, CPC 454-1).
ACTS_WITHOUT_APPEAL = frozenset({ActKind.SUPREME_COURT_COLLEGIUM, ActKind.CASSATION_COURT_ACT})


class Petition(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    filer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="petitions",
        verbose_name=_("filer"),
    )
    # None until a lawyer answers "whose petition?"; always False for a citizen.
    for_client = models.BooleanField(
        _("filed by a lawyer for a client"), null=True, blank=True, default=False
    )
    procedure = models.CharField(_("procedure"), max_length=10, choices=Procedure.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    reference = models.CharField(
        _("reference number"), max_length=32, unique=True, null=True, blank=True
    )
    standing = models.CharField(
        _("procedural status"), max_length=20, choices=Standing.choices, blank=True
    )
    # The contested act: a court of the directory, or a first-instance court by its name.
    court = models.ForeignKey(
        Court,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("court that made the act"),
    )
    court_name = models.CharField(
        _("name of the court that made the act"), max_length=300, blank=True
    )
    case_number = models.CharField(_("case number"), max_length=64, blank=True)
    act_kind = models.CharField(
        _("contested act"), max_length=30, choices=ActKind.choices, blank=True
    )
    act_date = models.DateField(_("date of the act"), null=True, blank=True)
    in_force_on = models.DateField(
        _("date the act entered into legal force"), null=True, blank=True
    )
    appeal = models.CharField(_("appeal"), max_length=40, choices=Appeal.choices, blank=True)
    direction = models.CharField(
        _("direction of the review"), max_length=10, choices=Direction.choices, blank=True
    )
    art438_part6 = models.BooleanField(_("grounds of CPC article 438 part 6"), default=False)
    exclusion = models.CharField(
        _("cases not reviewed in cassation (CPC article 434 part 2, CrPC article 484)"),
        max_length=30,
        choices=Exclusion.choices,
        blank=True,
    )
    # A cassation court's act (from 1 July 2025) is reviewed by the Supreme Court only on the
    # exceptional grounds of CPC art. 454-1 part 1 / CrPC art. 498-1 part 1: the codes of those
    # the person names (``deadlines.exceptional_grounds``).
    exceptional_grounds = models.JSONField(_("exceptional grounds"), default=list, blank=True)
    deadline = models.JSONField(_("deadline answer"), null=True, blank=True)
    # The time-limit answer the filer acknowledged filing against (``petitions.acknowledgement``):
    # its key facts, and when. Both or neither.
    deadline_acknowledged = models.JSONField(
        _("time-limit answer acknowledged"), null=True, blank=True
    )
    deadline_acknowledged_at = models.DateTimeField(
        _("time-limit answer acknowledged at"), null=True, blank=True
    )
    # Content required by CPC art. 441 / CrPC art. 488.
    # The act of the other instance (civil): the first-instance decision behind a contested
    # appellate act, or the appellate act that reviewed a contested first-instance decision.
    other_court_name = models.CharField(
        _("court of the other instance"), max_length=300, blank=True
    )
    other_act_date = models.DateField(_("date of the other instance's act"), null=True, blank=True)
    # A late civil petition whose term the court may restore: why the term was missed.
    restoration_reasons = models.TextField(_("reasons for restoring the time limit"), blank=True)
    grounds = models.TextField(_("grounds"), blank=True)
    arguments = models.TextField(_("arguments"), blank=True)
    request = models.TextField(_("request"), blank=True)
    # CrPC art. 488: whether the person asks to take part in the hearing. None = not answered.
    wants_hearing = models.BooleanField(
        _("asks to take part in the hearing"), null=True, blank=True
    )
    state_fee = models.CharField(
        _("state fee"), max_length=10, choices=StateFee.choices, blank=True
    )
    fee_exemption = models.TextField(_("grounds for the state-fee exemption"), blank=True)
    # From 2026 the fee is computed (``petitions.state_fee``) from the claim and the filer.
    fee_claim = models.CharField(
        _("claim the state fee is computed from"),
        max_length=20,
        choices=FeeClaim.choices,
        blank=True,
    )
    fee_claim_amount = models.PositiveBigIntegerField(
        _("amount of the property claim, tenge"), null=True, blank=True
    )
    fee_filer = models.CharField(
        _("the state fee is for"), max_length=20, choices=FeeFiler.choices, blank=True
    )
    # Tax Code art. 668 item; None with ``fee_exemption`` text: another ground, in own words.
    fee_exemption_item = models.PositiveSmallIntegerField(
        _("Tax Code article 668 item"), null=True, blank=True
    )
    # The signed manifest: what the person signed, exactly as signed.
    manifest = models.TextField(_("manifest"), blank=True)
    manifest_sha256 = models.CharField(max_length=64, blank=True)
    signature = models.BinaryField(_("signature (CMS)"), null=True, blank=True)
    signature_report = models.JSONField(_("signature report"), null=True, blank=True)
    signer_iin = models.CharField(_("signer IIN"), max_length=12, blank=True)
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="petition_status_known"
            ),
            # Blank only while the first question is unanswered.
            models.CheckConstraint(
                condition=Q(procedure__in=Procedure.values)
                | (Q(procedure="") & Q(status=Status.DRAFT)),
                name="petition_procedure_known",
            ),
            # Anything past a draft has been submitted: it has a reference and a signature.
            models.CheckConstraint(
                condition=Q(status=Status.DRAFT)
                | (
                    Q(reference__isnull=False)
                    & Q(submitted_at__isnull=False)
                    & Q(signature__isnull=False)
                ),
                name="petition_submitted_has_reference_and_signature",
            ),
            models.CheckConstraint(
                condition=Q(signature__isnull=True) | ~Q(manifest_sha256=""),
                name="petition_signature_has_manifest",
            ),
            models.CheckConstraint(
                condition=Q(standing="") | Q(standing__in=Standing.values),
                name="petition_standing_known",
            ),
            models.CheckConstraint(
                condition=Q(state_fee="") | Q(state_fee__in=StateFee.values),
                name="petition_state_fee_known",
            ),
            models.CheckConstraint(
                condition=Q(fee_claim="") | Q(fee_claim__in=FeeClaim.values),
                name="petition_fee_claim_known",
            ),
            models.CheckConstraint(
                condition=Q(fee_filer="") | Q(fee_filer__in=FeeFiler.values),
                name="petition_fee_filer_known",
            ),
            # An amount exactly for a property claim, within what the journey takes.
            models.CheckConstraint(
                condition=(
                    Q(fee_claim=FeeClaim.PROPERTY)
                    & Q(fee_claim_amount__isnull=False)  # else NULL >= 1 is NULL, which passes
                    & Q(fee_claim_amount__gte=1)
                    & Q(fee_claim_amount__lte=fees.CLAIM_AMOUNT_MAX)
                )
                | (~Q(fee_claim=FeeClaim.PROPERTY) & Q(fee_claim_amount__isnull=True)),
                name="petition_fee_claim_amount_for_property",
            ),
            models.CheckConstraint(
                condition=Q(fee_exemption_item__isnull=True)
                | (
                    Q(state_fee=StateFee.EXEMPT)
                    & Q(fee_exemption_item__gte=min(fee_exemptions.ITEMS))
                    & Q(fee_exemption_item__lte=max(fee_exemptions.ITEMS))
                ),
                name="petition_fee_exemption_item_known",
            ),
            models.CheckConstraint(
                condition=Q(exclusion="") | Q(exclusion__in=Exclusion.values),
                name="petition_exclusion_known",
            ),
            # One court for the contested act: from the directory or by name, never both.
            models.CheckConstraint(
                condition=Q(court__isnull=True) | Q(court_name=""),
                name="petition_one_court",
            ),
            models.CheckConstraint(
                condition=(
                    Q(deadline_acknowledged__isnull=True) & Q(deadline_acknowledged_at__isnull=True)
                )
                | (
                    Q(deadline_acknowledged__isnull=False)
                    & Q(deadline_acknowledged_at__isnull=False)
                ),
                name="petition_deadline_acknowledged_with_time",
            ),
        ]

    def __str__(self) -> str:
        return self.reference or str(self.public_id)


class Party(models.Model):
    class Role(models.TextChoices):
        PETITIONER = "petitioner", _("Petitioner")
        CLAIMANT = "claimant", _("Claimant")
        DEFENDANT = "defendant", _("Defendant")
        THIRD_PARTY = "third_party", _("Third party")
        CONVICTED = "convicted", _("Convicted or acquitted person")
        VICTIM = "victim", _("Victim")
        OTHER = "other", _("Other participant")

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="parties")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    name = models.CharField(_("name"), max_length=300)
    iin_bin = models.CharField(_("IIN or BIN"), max_length=12, blank=True)
    address = models.CharField(_("address"), max_length=500, blank=True)

    class Meta:
        ordering = ("id",)
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(
                    role__in=[
                        "petitioner",
                        "claimant",
                        "defendant",
                        "third_party",
                        "convicted",
                        "victim",
                        "other",
                    ]
                ),
                name="party_role_known",
            ),
            models.CheckConstraint(
                condition=Q(iin_bin="") | Q(iin_bin__regex=r"^[0-9]{12}$"),
                name="party_iin_bin_12_digits",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.name}"


def attachment_path(instance: "Attachment", filename: str) -> str:
    # A generated name: the person's file name is kept only as data, never as a path.
    return f"attachments/{instance.petition.public_id}/{uuid.uuid4().hex}"


class Attachment(models.Model):
    class Kind(models.TextChoices):
        COURT_ACT = "court_act", _("Copy of a court act in the case")
        AUTHORITY = "authority", _("Power of attorney or lawyer's warrant")
        STATE_FEE = "state_fee", _("State-fee payment document")
        OTHER = "other", _("Other supporting document")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(
        _("kind of document"), max_length=20, choices=Kind.choices, default=Kind.OTHER
    )
    file = models.FileField(upload_to=attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=255)
    media_type = models.CharField(_("media type"), max_length=120)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ("uploaded_at", "id")
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["petition", "sha256"], name="attachment_unique_per_petition"
            ),
            models.CheckConstraint(
                condition=Q(size__gt=0) & Q(size__lte=20 * 1024 * 1024),
                name="attachment_size_in_limits",
            ),
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="attachment_sha256_hex"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["court_act", "authority", "state_fee", "other"]),
                name="attachment_kind_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class StatusEvent(models.Model):
    """One move of a petition's status. Append-only: rows are never changed or deleted."""

    petition = models.ForeignKey(Petition, on_delete=models.PROTECT, related_name="events")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    at = models.DateTimeField(_("time"))
    note = models.TextField(_("note"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("by"),
    )

    class Meta:
        ordering = ("at", "id")
        verbose_name = _("status event")
        verbose_name_plural = _("status events")
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="status_event_status_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.petition}: {self.status}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            msg = "Status events are append-only."
            raise ValueError(msg)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        msg = "Status events are append-only."
        raise ValueError(msg)


class ReferenceCounter(models.Model):
    """Fallback counter for reference numbers on databases without sequences (SQLite)."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    value = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.value}"


from .delivery.models import Delivery, RegistryCounter, RegistryEntry, RegistryEvent  # noqa: E402, F401
from .receipts.models import Receipt, Withdrawal  # noqa: E402, F401

"""The state fee for a civil cassation complaint, computed: pure functions, no Django.

Source (T5 in ``../shared/reference/legal-reform-2025.md``): the Tax Code of 18.07.2025, in
force from 01.01.2026, chapter 71, as amended by Law No. 308-VIII of 11.06.2026 (in force
01.07.2026), read in the ``kazakhstan-law/codes`` mirror at commit c9696166, ``rus/sec013.md``.

- Art. 665(3): «С кассационных жалоб о пересмотре судебных актов в кассационном порядке на …
  решения и постановления судов по спорам неимущественного и имущественного характера
  государственная пошлина взимается в размере 50 процентов от соответствующей ставки
  государственной пошлины, установленной пунктом 1 настоящей статьи для субъекта обращения.»
- Art. 665(1) sub-item 1: property claims «для физических лиц – 1 процент от суммы иска, но не
  более 10 000 МРП; для юридических лиц – 3 процента от суммы иска, но не более 20 000 МРП».
- Art. 665(1) sub-item 7: non-property claims and claims «не подлежащих оценке» – 0,5 МРП (for
  any filer).
- Art. 664(2): the MRP is the one «действующему на дату уплаты государственной пошлины», so an
  amount is for payment on the day it is computed; a later payment may need a new MRP.

Half of "1 % but not more than 10,000 MRP" is min(0.5 % of the claim, 5,000 MRP); the cap is
applied to the first-instance rate and then halved, which gives the same figure.

What is NOT verified, and so not computed:
- the fee before 2026 (Tax Code of 2017, not re-read): the court checks the amount;
- the MRP of a year other than 2025 and 2026 (the values come from the annual budget laws, which
  were not read here; 2025: 3,932 tenge, 2026: 4,325 tenge, as given to this project);
- art. 665(1) sub-items 2-6 and 8-16 (complaints against state bodies, divorce, special
  proceedings...) and art. 665(4) (property and non-property claims together): not offered.

Rounding: to the tiyn (two decimal places), half up. With these rates (0.5 %, 1.5 %, 0.25 MRP of
whole tenge) that is never below the exact figure.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# The day the Tax Code of 18.07.2025 entered into force; from it, the fee is computed.
COMPUTED_FROM = dt.date(2026, 1, 1)

# The monthly calculation index (MRP / МРП / АЕК) by year, in tenge.
MRP_BY_YEAR: dict[int, Decimal] = {2025: Decimal(3932), 2026: Decimal(4325)}

PROPERTY = "property"
NON_PROPERTY = "non_property"
CLAIM_KINDS = (PROPERTY, NON_PROPERTY)

INDIVIDUAL = "individual"
LEGAL_ENTITY = "legal_entity"
FILER_KINDS = (INDIVIDUAL, LEGAL_ENTITY)

# The largest claim the journey takes, in whole tenge (15 digits): far beyond any claim, small
# enough for a bigint and for exact Decimal arithmetic.
CLAIM_AMOUNT_MAX = 999_999_999_999_999

# Art. 665(1) sub-item 1: percent of the claim and cap in MRP, by filer kind.
_PROPERTY_RATE = {
    INDIVIDUAL: (Decimal("0.01"), Decimal(10_000)),
    LEGAL_ENTITY: (Decimal("0.03"), Decimal(20_000)),
}
# Art. 665(1) sub-item 7.
_NON_PROPERTY_MRP = Decimal("0.5")
# Art. 665(3).
_CASSATION_SHARE = Decimal("0.5")
_TIYN = Decimal("0.01")

# The kinds of answer.
COMPUTED = "computed"
COURT_CHECKS = "court_checks"  # before 2026: the old Tax Code was not verified
MRP_UNKNOWN = "mrp_unknown"  # from 2026, in a year whose MRP this module does not know


@dataclass(frozen=True)
class Citation:
    """Tax Code of 18.07.2025: art. 665(1) sub-item ``subitem`` and art. 665(3); art. 664(2)."""

    subitem: int

    def __str__(self) -> str:
        return f"Tax Code art. 665(1) sub-item {self.subitem}, art. 665(3)"


@dataclass(frozen=True)
class FeeAnswer:
    kind: str  # COMPUTED, COURT_CHECKS or MRP_UNKNOWN
    on: dt.date  # the day of payment the amount is for
    amount: Decimal | None = None  # in tenge, to the tiyn
    mrp: Decimal | None = None  # the MRP used, in tenge
    cap: Decimal | None = None  # the cap of art. 665(1)(1) halved, in tenge (property claims)
    capped: bool = False  # whether the cap decided the amount
    citation: Citation | None = None

    @property
    def computed(self) -> bool:
        return self.kind == COMPUTED


def mrp_for(day: dt.date) -> Decimal | None:
    """The MRP in force on ``day``, or None when the year's value is not known here."""
    return MRP_BY_YEAR.get(day.year)


def fee_compute(
    *, on: dt.date, claim_kind: str, filer_kind: str, claim_amount: int | None = None
) -> FeeAnswer:
    """The state fee for a civil cassation complaint paid on ``on``.

    ``claim_amount`` is the property claim in whole tenge (required for a property claim and
    ignored otherwise). Raises ValueError on an answer the journey cannot give."""
    if claim_kind not in CLAIM_KINDS:
        raise ValueError(f"unknown claim kind: {claim_kind!r}")
    if filer_kind not in FILER_KINDS:
        raise ValueError(f"unknown filer kind: {filer_kind!r}")
    if claim_kind == PROPERTY and (
        claim_amount is None
        or isinstance(claim_amount, bool)
        or not isinstance(claim_amount, int)
        or not 0 < claim_amount <= CLAIM_AMOUNT_MAX
    ):
        raise ValueError(f"a property claim needs an amount in whole tenge: {claim_amount!r}")
    if on < COMPUTED_FROM:
        return FeeAnswer(kind=COURT_CHECKS, on=on)
    mrp = mrp_for(on)
    if mrp is None:
        return FeeAnswer(kind=MRP_UNKNOWN, on=on)
    if claim_kind == NON_PROPERTY:
        amount = _NON_PROPERTY_MRP * mrp * _CASSATION_SHARE
        return FeeAnswer(
            kind=COMPUTED, on=on, amount=_tiyn(amount), mrp=mrp, citation=Citation(subitem=7)
        )
    assert claim_amount is not None
    percent, cap_mrp = _PROPERTY_RATE[filer_kind]
    first_instance = Decimal(claim_amount) * percent
    first_instance_cap = cap_mrp * mrp
    capped = first_instance > first_instance_cap
    amount = min(first_instance, first_instance_cap) * _CASSATION_SHARE
    return FeeAnswer(
        kind=COMPUTED,
        on=on,
        amount=_tiyn(amount),
        mrp=mrp,
        cap=_tiyn(first_instance_cap * _CASSATION_SHARE),
        capped=capped,
        citation=Citation(subitem=1),
    )


def _tiyn(amount: Decimal) -> Decimal:
    return amount.quantize(_TIYN, rounding=ROUND_HALF_UP)


def claim_amount_parse(text: str) -> int:
    """A claim amount typed by a person, in whole tenge: ASCII digits, with spaces allowed as
    thousands separators ("1 000 000"). Raises ValueError with a reason code: ``empty``,
    ``not_digits`` (letters, signs, a decimal comma or point, non-ASCII digits), ``zero``,
    ``too_large``."""
    compact = "".join(text.split())
    if not compact:
        raise ValueError("empty")
    # str.isdigit() accepts "١٢٣" and "²"; only 0-9 are taken.
    if not all("0" <= ch <= "9" for ch in compact):
        raise ValueError("not_digits")
    if len(compact.lstrip("0")) > len(str(CLAIM_AMOUNT_MAX)):
        raise ValueError("too_large")
    value = int(compact)
    if value == 0:
        raise ValueError("zero")
    if value > CLAIM_AMOUNT_MAX:
        raise ValueError("too_large")
    return value

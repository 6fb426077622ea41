import datetime as dt

import pytest

from cabinet.iin import (
    InvalidIINError,
    birth_date,
    check_digit,
    make_bin,
    make_iin,
    validate_bin,
    validate_iin,
    validate_iin_or_bin,
)


@pytest.mark.parametrize(
    "iin",
    ["900101300017", "850520400015", "781103300053", make_iin(dt.date(2004, 2, 29), female=True)],
)
def test_valid_iins_pass(iin):
    assert validate_iin(iin) == iin


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "format"),
        ("90010130001", "format"),  # 11 digits
        ("9001013000170", "format"),  # 13 digits
        ("90010130001a", "format"),
        (" 900101300017"[:12], "format"),
        ("٩٠٠١٠١٣٠٠٠١٧", "format"),  # Arabic-Indic digits are digits to str.isdigit, not to us
        ("900101300018", "checksum"),
        ("900101700017", "century"),  # 7th digit 7
        ("900101000017", "century"),  # 7th digit 0
        ("901301300017", "birth_date"),  # month 13
        ("010229500010", "birth_date"),  # 29 Feb 2001 does not exist
        ("123456789011", "century"),  # the NCA test identity (7th digit 7)
    ],
)
def test_invalid_iins_are_refused_with_a_reason(value, code):
    with pytest.raises(InvalidIINError) as excinfo:
        validate_iin(value)
    assert excinfo.value.code == code


def test_second_weighting_is_used_when_first_sum_is_ten():
    # Find eleven digits whose first weighted sum is 10 and check the second weighting decides.
    head = next(
        h
        for h in (f"9001013{n:04d}" for n in range(10000))
        if sum(int(c) * w for c, w in zip(h, range(1, 12), strict=True)) % 11 == 10
    )
    second = (
        sum(int(c) * w for c, w in zip(head, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    )
    assert check_digit(head) == (None if second == 10 else second)


def test_heads_with_no_possible_check_digit_are_never_valid():
    head = next(h for h in (f"9001013{n:04d}" for n in range(10000)) if check_digit(h) is None)
    for last in "0123456789":
        with pytest.raises(InvalidIINError):
            validate_iin(head + last)


@pytest.mark.parametrize(
    ("born", "female", "seventh"),
    [
        (dt.date(1899, 12, 31), False, "1"),
        (dt.date(1950, 6, 1), True, "4"),
        (dt.date(2010, 1, 1), False, "5"),
        (dt.date(2010, 1, 1), True, "6"),
    ],
)
def test_make_iin_encodes_century_sex_and_birth_date(born, female, seventh):
    iin = make_iin(born, female=female)
    assert iin[6] == seventh
    assert birth_date(iin) == born
    assert validate_iin(iin) == iin


# --- BIN: the same check digit, a registration date and a kind of registrant ---------------------

PUBLISHED_BINS = ["940140000385", "081140000436", "971240001315", "990740002243", "000740001307"]


@pytest.mark.parametrize("bin_", PUBLISHED_BINS)
def test_published_bins_pass_with_the_iins_check_digit(bin_):
    assert validate_bin(bin_) == bin_
    assert validate_iin_or_bin(bin_) == bin_


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("940140000386", "checksum"),
        ("941340000385", "bin"),  # month 13
        ("940170000385", "bin"),  # kind 7 is not a registrant's
        ("940148000385", "bin"),  # unit 8 does not exist
        ("94014000038", "format"),
    ],
)
def test_invalid_bins_are_refused_with_a_reason(value, code):
    with pytest.raises(InvalidIINError) as refused:
        validate_bin(value)
    assert refused.value.code == code


def test_an_iin_is_told_from_a_bin_by_its_fifth_digit():
    iin = make_iin(dt.date(1990, 1, 31))
    bin_ = make_bin(dt.date(2015, 3, 1), kind="5")

    assert validate_iin_or_bin(iin) == iin
    assert validate_iin_or_bin(bin_) == bin_
    with pytest.raises(InvalidIINError):
        validate_iin_or_bin(iin[:11] + str((int(iin[11]) + 1) % 10))

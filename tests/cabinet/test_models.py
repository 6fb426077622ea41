import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from cabinet.models import Role, User


@pytest.mark.django_db
def test_create_user_hashes_password_and_defaults_to_kazakh_citizen():
    user = User.objects.create_user("900101300017", "a-long-password", full_name="Әсел Серікова")
    assert user.check_password("a-long-password")
    assert user.password != "a-long-password"
    assert (user.language, user.role, user.is_staff) == ("kk", Role.CITIZEN, False)
    assert str(user) == "Әсел Серікова (900101300017)"


@pytest.mark.django_db
def test_clerks_are_always_staff():
    clerk = User.objects.create_user(
        "850520400015", "a-long-password", full_name="Г", role=Role.CLERK
    )
    assert clerk.is_staff


@pytest.mark.django_db
def test_superuser_is_a_staff_clerk():
    admin = User.objects.create_superuser("781103300053", "a-long-password", full_name="А")
    assert (admin.is_superuser, admin.is_staff, admin.role) == (True, True, Role.CLERK)


@pytest.mark.django_db
def test_create_user_refuses_an_invalid_iin():
    with pytest.raises(ValidationError) as excinfo:
        User.objects.create_user("900101300018", "a-long-password", full_name="X")
    assert "iin" in excinfo.value.message_dict


@pytest.mark.django_db
def test_database_refuses_a_malformed_iin_even_past_validation():
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(iin="12345", full_name="X")])


@pytest.mark.django_db
def test_database_refuses_a_clerk_who_is_not_staff():
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(iin="900101300017", full_name="X", role=Role.CLERK)])


@pytest.mark.django_db
def test_database_refuses_an_unknown_role_or_language():
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(iin="900101300017", full_name="X", role="judge")])

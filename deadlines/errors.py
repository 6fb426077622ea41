"""The one exception the public API raises for bad input."""

from __future__ import annotations


class DeadlinesInputError(ValueError):
    """Input that cannot describe a real case: wrong type, unknown key, impossible date, or a
    combination the codes do not know (e.g. a criminal case with a civil appeal status).

    ``code`` is a stable machine-readable token, ``field`` the offending input key (or ``None`` for
    the object as a whole), and the message is English prose for humans and logs. The CLI prints
    all three and exits with status 2.
    """

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message

    def to_dict(self) -> dict[str, str | None]:
        """Return the CLI's error object: ``{"error": message, "code": …, "field": …}``."""
        return {"error": self.message, "code": self.code, "field": self.field}

"""A service's "no": a stable code for code and tests, and the message the person reads.

One type for every service that refuses a request (sign-in with an e-signature, sending a
petition), so views catch one thing and show ``message``; ``code`` never reaches the page and can
be asserted in tests without depending on the language. When the refusal comes from checking a
signature, ``report`` keeps the validation report as evidence.

The report is typed only for the type checker: core stays domain-free and imports nothing of
``signing`` at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from signing.core.report import ValidationReport


class Refusal(Exception):  # noqa: N818  (an answer the service gives, not a fault in it)
    def __init__(self, code: str, message: str, report: ValidationReport | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.report = report

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as type(self)(*self.args), and args holds only the message: without
        # this a refusal sent across processes (a test worker, a task result) fails to rebuild.
        return (type(self), (self.code, self.message, self.report))

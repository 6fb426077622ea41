"""Building frozen dataclasses fast, through a mutable twin with the same slots.

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__`` (its own
``__setattr__`` refuses), several times slower than a plain attribute store: for the engine's
answer, with 19 fields, that was a third of the cost of an assessment. ``constructor(cls)``
returns a function that fills a non-frozen slotted twin of ``cls`` (the same fields, defaults and
slot layout) with plain stores and then makes it a ``cls`` by assigning ``__class__``: the same
type, fields, equality, hash and immutability as ``cls(...)`` (tests compare the two).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, field, fields, make_dataclass
from typing import Any


def constructor(cls: type) -> Callable[..., Any]:
    """Return a fast keyword constructor for the frozen, slotted dataclass ``cls``."""
    spec = [
        (f.name, f.type, field(default=f.default)) if f.default is not MISSING else (f.name, f.type)
        for f in fields(cls)
    ]
    draft = make_dataclass(
        f"_{cls.__name__}Draft", spec, slots=True, eq=False, repr=False, match_args=False
    )

    def build(**values: Any) -> Any:
        instance = draft(**values)
        instance.__class__ = cls
        return instance

    build.__doc__ = f"Return ``{cls.__name__}(**values)``, built faster (see ``deadlines.frozen``)."
    return build

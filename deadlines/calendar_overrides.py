"""Our own decisions about individual days, each with its source; they win over ``holidays``.

Why a separate table: the generated ``_kz_calendar_data.py`` must stay exactly what the
``holidays`` package computes (a test checks it), yet the package lags behind government decisions
(transfers of days off are adopted by resolution, usually a few weeks before the year; Kurban Ait is
fixed by the Spiritual Administration of Muslims each year) and sometimes only estimates. An
override both sets a day's status and marks it as confirmed, which also clears the "estimated"
flag of a lunar holiday.

As of this writing no government transfer of days off is known that ``holidays`` 0.109 lacks: the
package carries every resolution up to 2025, and the Government made no transfer for 2026 (the
official 2026 calendar, see ``CONFIRMED_THROUGH_YEAR``). The entries below therefore pin points that
were in doubt, so that a future package release cannot silently change them. Add a new transfer
resolution here the day it is published, with the adilet.zan.kz address.

Legal basis of the calendar itself: Law of 13 December 2001 No. 267-II "On holidays in the
Republic of Kazakhstan", art. 5 (a holiday on a day off moves the day off to the next working day);
Labour Code art. 84 part 5 (Orthodox Christmas and the first day of Kurban Ait are days off and are
not moved) and art. 85 part 3 (the Government may transfer days off by resolution).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Override:
    day: date
    working: bool
    reason: str
    source: str


OVERRIDES: tuple[Override, ...] = (
    Override(
        date(2026, 5, 27),
        working=False,
        reason="First day of Kurban Ait 2026 (Labour Code art. 84 part 5); `holidays` only "
        "estimates it, the official 2026 calendar confirms the date.",
        source="https://alau.kz/perenosy-vyhodnyh-prazdnichnyj-kalendar-kazahstana-na-2026-god/",
    ),
    Override(
        date(2026, 8, 31),
        working=True,
        reason="Constitution Day (30 August) is no longer a holiday from 2026 after the new "
        "Constitution adopted by referendum on 15 March 2026, so Monday 31 August 2026 is not an "
        "observed day off (Ministry of Labour and Social Protection, reported 18 March 2026).",
        source="https://taspanews.kz/novosti-kazakhstana/"
        "v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615",
    ),
    Override(
        date(2027, 3, 15),
        working=False,
        reason="Constitution Day moves to 15 March, the day of the 2026 referendum, and is "
        "celebrated from 2027 (same report of the Ministry of Labour and Social Protection).",
        source="https://taspanews.kz/novosti-kazakhstana/"
        "v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615",
    ),
)

CONFIRMED_THROUGH_YEAR = 2026
"""Last year whose official calendar of days off has been published and checked.

For later years a Saturday or Sunday may still be declared a working day by a transfer resolution,
which would make a term end *earlier* than we compute; the engine flags such answers as
provisional. Sources for 2026: the Ministry of Labour's production calendar for 2026
(https://news.mail.ru/society/69046544/, via El.kz, 10 December 2025) and the Government's January
2026 calendar without transfers (https://alau.kz/novyj-god-2026-utverzhdjon-oficialnyj-kalendar-vyhodnyh/).
"""

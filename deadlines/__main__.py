"""Command line: ``python -m deadlines assess`` (one JSON object in on stdin, one out on stdout).

Exit status 0 with the answer; 2 with ``{"error": message, "code": …, "field": …}`` for any bad
input (not JSON, duplicate keys, wrong types, unknown keys, impossible dates, inconsistent
combinations) or a wrong command line. Output is UTF-8 regardless of the locale, because the
explanation is in Kazakh and Russian. Only the standard library and ``deadlines`` are imported: the
whole process must answer in well under 300 ms.
"""

from __future__ import annotations

import json
import sys
from typing import Any, BinaryIO

from deadlines.codec import assessment_to_dict, facts_from_dict
from deadlines.engine import assess
from deadlines.errors import DeadlinesInputError

USAGE = "usage: python -m deadlines assess < case.json"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        msg = f"duplicate key(s): {', '.join(map(repr, duplicates))}"
        raise DeadlinesInputError("duplicate_key", msg, duplicates[0])
    return dict(pairs)


def _write(stream: BinaryIO, obj: dict[str, Any]) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
    stream.flush()


def main(
    argv: list[str] | None = None, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None
) -> int:
    """Run the CLI; return the exit status. Streams default to the process's (as bytes)."""
    argv = sys.argv[1:] if argv is None else argv
    stdin = sys.stdin.buffer if stdin is None else stdin
    stdout = sys.stdout.buffer if stdout is None else stdout
    try:
        if argv != ["assess"]:
            raise DeadlinesInputError("usage", USAGE)
        try:
            data = json.loads(stdin.read(), object_pairs_hook=_no_duplicates)
        except (ValueError, RecursionError) as exc:
            if isinstance(exc, DeadlinesInputError):
                raise
            raise DeadlinesInputError("invalid_json", f"stdin is not valid JSON: {exc}") from None
        result = assessment_to_dict(assess(facts_from_dict(data)))
    except DeadlinesInputError as exc:
        _write(stdout, exc.to_dict())
        return 2
    _write(stdout, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

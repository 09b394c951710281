"""How commands print: JSON for scripts (`--json`), plain aligned tables for people."""
from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any


def table_width() -> int:
    return max(80, shutil.get_terminal_size((120, 24)).columns)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value))


def print_json(rows: Any) -> None:
    json.dump(rows, sys.stdout, default=_json_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: Sequence[dict], columns: Sequence[str]) -> None:
    """A plain aligned table; the last column (text) is cut to the terminal's usual width."""
    if not rows:
        print("(none)")
        return
    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns[:-1])]
    room = max(20, table_width() - sum(widths) - 2 * len(widths))
    print("  ".join(c.upper().ljust(w) for c, w in zip(columns, [*widths, 0], strict=True)).rstrip())
    for row in cells:
        text = row[-1] if len(row[-1]) <= room else row[-1][: room - 1] + "…"
        print("  ".join(v.ljust(w) for v, w in zip(row[:-1], widths, strict=True)) + "  " + text)


def cell(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else " ".join(str(value).split())


def fmt(value: Any, spec: str) -> str | None:
    """`format(value, spec)`, or None (an empty cell) for a missing value."""
    return None if value is None else format(value, spec)

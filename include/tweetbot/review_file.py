"""The review file: pending tweets as plain text a person edits in any editor, then imports back.

The layout is the one the old gpt-2-simple workflow used (each tweet's text, tweets separated by a
line of exactly 20 `=`), plus what is needed to bring the decisions back safely:

* a header of `#!` lines at the top: instructions for the person, and `#! exported: 3@1,5@2`, the ids
  (and versions) that were written, so a deleted block is told apart from a tweet staged later;
* a `#<id>` line opening each block, so an edited text still knows which tweet it is.

Kept block → approved; edited text → edited, then approved; deleted block → rejected. Everything is
validated (`parse`, `plan`) before anything is written (`apply`); parsing and planning are pure so
the CLI, the Airflow UI and tests share them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tweetbot.curation.text import MAX_WEIGHTED_LENGTH, weighted_length
from tweetbot.textgate import TextRefused, check_text

if TYPE_CHECKING:
    from tweetbot.store.db import Store

DELIMITER = "=" * 20
HEADER_PREFIX = "#!"
EXPORTED_KEY = "exported:"
ACCOUNT_KEY = "account:"
REJECT_NOTE = "deleted in review file"

APPROVE, APPROVE_EDIT, REJECT, SKIP = "approve", "approve+edit", "reject", "skip"

_DELIMITER_LINE = re.compile(r"^={20}\s*$")
_MARKER_LINE = re.compile(r"^\s*#(\d{1,18})\s*$")
_EXPORTED_ITEM = re.compile(r"^(\d{1,18})@(\d{1,18})$")


class ReviewFileError(ValueError):
    """A review file that cannot be applied as it stands; names the file and every bad line."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join([*self.problems, "nothing was changed"]))


@dataclass(frozen=True)
class Block:
    """One tweet as the file holds it now: its id, its (possibly edited) text, where it starts."""

    tweet_id: int
    text: str
    line: int
    inner_markers: tuple[tuple[int, int], ...] = ()  # (line, id) of '#<id>' lines inside the text


@dataclass
class ReviewFile:
    path: str
    account: str | None  # None: the export held every account
    exported: dict[int, int]  # tweet id -> version at export time, in export order
    exported_line: int
    blocks: list[Block]

    @property
    def all_ids(self) -> list[int]:
        return list(dict.fromkeys([*self.exported, *(b.tweet_id for b in self.blocks)]))


@dataclass(frozen=True)
class Action:
    """What importing does to one exported tweet; `version` is the one the plan saw (checked again)."""

    tweet_id: int
    action: str
    old_text: str | None = None
    new_text: str | None = None
    version: int | None = None
    reason: str | None = None
    line: int | None = None


@dataclass
class Summary:
    approved: int = 0
    edited: int = 0
    rejected: int = 0
    skipped: int = 0
    tweet_ids: dict[str, list[int]] = field(default_factory=dict)

    def __str__(self) -> str:
        return (f"approved {self.approved} ({self.edited} edited), rejected {self.rejected}, "
                f"skipped {self.skipped}")


# ---------------------------------------------------------------- export


def export_text(tweets: Sequence[dict], *, account: str | None = None,
                now: datetime | None = None) -> str:
    """The review file for `tweets` (rows with id, version, text), in the order given (the CLI gives
    the best predicted engagement first, `order_note` says so in the header)."""
    for tweet in tweets:
        if any(_DELIMITER_LINE.match(line) for line in tweet["text"].split("\n")):
            raise ValueError(f"tweet {tweet['id']} has a line of 20 '=' in its text; "
                             "it cannot go into a review file (edit it with `tweetbot queue edit`)")
    now = now or datetime.now(UTC)
    lines = _header(len(tweets), account, now, order_note(tweets))
    lines.append(f"{HEADER_PREFIX} {ACCOUNT_KEY} {account or '(all)'}")
    lines.append(f"{HEADER_PREFIX} {EXPORTED_KEY} " + ",".join(f"{t['id']}@{t['version']}" for t in tweets))
    for tweet in tweets:
        lines += [DELIMITER, f"#{tweet['id']}", tweet["text"]]
    return "\n".join(lines) + "\n"


def order_note(tweets: Sequence[dict]) -> str:
    """How the blocks are ordered, for the header's first line."""
    ranked = sum(1 for t in tweets if t.get("predicted_percentile") is not None)
    if ranked:
        return (f"best predicted engagement first ({ranked} with a predicted percentile: "
                "`tweetbot queue list --sort predicted`)")
    return "in queue order (no predicted engagement: `tweetbot queue list --sort predicted` says why)"


def _header(count: int, account: str | None, now: datetime, order: str) -> list[str]:
    who = f"of {account}" if account else "of every account"
    notes = [
        f"tweetbot review file: {count} pending tweets {who}, exported {now:%Y-%m-%d %H:%M} UTC, {order}.",
        "Each tweet is a block: a line '#<id>', then its text (several lines are fine). Blocks",
        f"are separated by a line of exactly 20 '=' ({DELIMITER}).",
        "  keep a tweet    leave its block as it is         -> approved",
        "  change a tweet  edit its text, keep its #id line -> edited, then approved",
        "  drop a tweet    delete the whole block, #id line included -> rejected",
        "Do not add blocks, change or repeat an #id, or leave an #id without text.",
        f"These '{HEADER_PREFIX}' lines are ignored; leave the 'exported:' line as it is.",
        "Then: tweetbot queue import FILE --dry-run   (shows the plan), and without --dry-run.",
    ]
    return [f"{HEADER_PREFIX} {note}".rstrip() for note in notes]


# ---------------------------------------------------------------- parse


def parse(text: str, path: str) -> ReviewFile:
    """Read a review file; every problem found is reported at once, each with its line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    problems: list[str] = []
    account, exported, exported_line, body_start = _parse_header(lines, path, problems)
    blocks = _parse_blocks(lines, body_start, path, problems)
    _check_blocks(blocks, exported, path, problems)
    if problems:
        raise ReviewFileError(problems)
    return ReviewFile(path=path, account=account, exported=exported or {},
                      exported_line=exported_line, blocks=blocks)


def _parse_header(lines: list[str], path: str, problems: list[str]
                  ) -> tuple[str | None, dict[int, int] | None, int, int]:
    """The leading `#!` lines: the account and the exported ids; returns where the blocks begin."""
    account: str | None = None
    exported: dict[int, int] | None = None
    exported_line = 0
    i = 0
    while i < len(lines) and lines[i].startswith(HEADER_PREFIX):
        body = lines[i][len(HEADER_PREFIX):].strip()
        if body.startswith(ACCOUNT_KEY):
            value = body[len(ACCOUNT_KEY):].strip()
            account = None if value in ("", "(all)") else value
        elif body.startswith(EXPORTED_KEY):
            exported_line = i + 1
            exported = _parse_exported(body[len(EXPORTED_KEY):], f"{path} line {i + 1}", problems)
        i += 1
    if exported is None:
        problems.append(f"{path} line 1: no '{HEADER_PREFIX} {EXPORTED_KEY}' line at the top: "
                        "is this a file written by `tweetbot queue export`?")
    return account, exported, exported_line, i


def _parse_exported(value: str, where: str, problems: list[str]) -> dict[int, int]:
    exported: dict[int, int] = {}
    for item in filter(None, (v.strip() for v in value.split(","))):
        match = _EXPORTED_ITEM.match(item)
        if not match:
            problems.append(f"{where}: {item!r} in the exported list is not <id>@<version>")
            continue
        exported[int(match[1])] = int(match[2])
    return exported


def _parse_blocks(lines: list[str], start: int, path: str, problems: list[str]) -> list[Block]:
    """Split at delimiter lines; a blank segment is what a deleted block leaves behind."""
    blocks: list[Block] = []
    segment: list[tuple[int, str]] = []
    for number, line in [*((n + 1, text) for n, text in enumerate(lines[start:], start)), (0, DELIMITER)]:
        if _DELIMITER_LINE.match(line):
            block = _block(segment, path, problems)
            if block:
                blocks.append(block)
            segment = []
        else:
            segment.append((number, line))
    return blocks


def _block(segment: list[tuple[int, str]], path: str, problems: list[str]) -> Block | None:
    content = list(segment)
    while content and not content[0][1].strip():
        content.pop(0)
    if not content:
        return None
    first_line, first = content[0]
    marker = _MARKER_LINE.match(first)
    if not marker:
        problems.append(f"{path} line {first_line}: this block has no '#<id>' line, so it is not "
                        "known which tweet it is (to drop a tweet delete its whole block)")
        return None
    tweet_id = int(marker[1])
    refused = []
    for number, line in content[1:]:
        try:
            check_text(line, f"{path} line {number}")
        except TextRefused as exc:
            refused.append(f"{exc} (#{tweet_id})")
    if refused:
        problems.extend(refused)
        return None
    text = canonical("\n".join(line for _, line in content[1:]))
    if not text:
        problems.append(f"{path} line {first_line}: #{tweet_id} has no text (to drop the tweet "
                        "delete its whole block, #id line included)")
        return None
    inner = tuple((n, int(m[1])) for n, line in content[1:] if (m := _MARKER_LINE.match(line)))
    return Block(tweet_id=tweet_id, text=text, line=first_line, inner_markers=inner)


def _check_blocks(blocks: list[Block], exported: dict[int, int] | None, path: str,
                  problems: list[str]) -> None:
    seen: dict[int, int] = {}
    own_blocks = {b.tweet_id for b in blocks}
    for block in blocks:
        where = f"{path} line {block.line}: #{block.tweet_id}"
        if block.tweet_id in seen:
            problems.append(f"{where} appears twice (first at line {seen[block.tweet_id]})")
            continue
        seen[block.tweet_id] = block.line
        if exported is not None and block.tweet_id not in exported:
            problems.append(f"{where} is not one of the exported tweets (blocks cannot be added)")
        for line, other in block.inner_markers:
            if exported is not None and other in exported and other not in own_blocks:
                problems.append(f"{path} line {line}: '#{other}' inside the text of #{block.tweet_id}: "
                                f"is the '{DELIMITER}' line above it missing?")
        length = weighted_length(block.text)
        if length > MAX_WEIGHTED_LENGTH:
            problems.append(f"{where} is {length} weighted characters; X allows {MAX_WEIGHTED_LENGTH}")


def canonical(text: str) -> str:
    """Text as compared and stored: no trailing spaces on lines (editors strip them), no outer blanks."""
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


# ---------------------------------------------------------------- plan


def plan(review_file: ReviewFile, current_rows: Iterable[dict], *,
         account: str | None = None) -> list[Action]:
    """One action per exported tweet, from the file and the store's rows as they are now.

    Not pending any more → skip (decided elsewhere). Changed since the export (another version)
    with a text other than the file's → skip, so nobody's edit is overwritten. Raises
    ReviewFileError for ids the store does not know or tweets of another account.
    """
    rows = {r["id"]: r for r in current_rows}
    blocks = {b.tweet_id: b for b in review_file.blocks}
    problems = _plan_problems(review_file, rows, account)
    if problems:
        raise ReviewFileError(problems)
    return [_action(tweet_id, version, blocks.get(tweet_id), rows[tweet_id], review_file)
            for tweet_id, version in review_file.exported.items()]


def _plan_problems(review_file: ReviewFile, rows: dict[int, dict], account: str | None) -> list[str]:
    path = review_file.path
    lines = {b.tweet_id: b.line for b in review_file.blocks}
    problems = []
    if account and review_file.account and review_file.account != account:
        problems.append(f"{path} line {review_file.exported_line}: this file holds tweets of "
                        f"{review_file.account}, not {account}")
    for tweet_id in review_file.all_ids:
        line = lines.get(tweet_id, review_file.exported_line)
        row = rows.get(tweet_id)
        if row is None:
            problems.append(f"{path} line {line}: there is no tweet #{tweet_id} in this store")
        elif account and row["account"] != account:
            problems.append(f"{path} line {line}: tweet #{tweet_id} belongs to {row['account']}, "
                            f"not {account}")
    return problems


def _action(tweet_id: int, exported_version: int, block: Block | None, row: dict,
            review_file: ReviewFile) -> Action:
    line = block.line if block else review_file.exported_line
    common = {"tweet_id": tweet_id, "old_text": row["text"], "version": row["version"], "line": line}
    if row["status"] != "pending":
        who = f" by {row['decided_by']}" if row.get("decided_by") else ""
        return Action(action=SKIP, reason=f"now {row['status']}{who}", **common)
    unchanged_since_export = row["version"] == exported_version
    if block is None:
        if not unchanged_since_export:
            return Action(action=SKIP, reason="changed since the export; not rejected", **common)
        return Action(action=REJECT, reason=REJECT_NOTE, **common)
    if block.text == canonical(row["text"]):
        return Action(action=APPROVE, **common)
    if not unchanged_since_export:
        return Action(action=SKIP, new_text=block.text,
                      reason="edited elsewhere since the export; export again", **common)
    return Action(action=APPROVE_EDIT, new_text=block.text, **common)


def format_plan(actions: Sequence[Action]) -> str:
    """A table a person can check before applying: id, action, and what changes."""
    if not actions:
        return "(no exported tweets)"
    rows = [(f"#{a.tweet_id}", a.action, _detail(a)) for a in actions]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(("ID", "ACTION"))]
    out = ["ID".ljust(widths[0]) + "  " + "ACTION".ljust(widths[1]) + "  DETAIL"]
    out += [f"{i.ljust(widths[0])}  {a.ljust(widths[1])}  {d}".rstrip() for i, a, d in rows]
    return "\n".join(out)


def _detail(action: Action) -> str:
    if action.action == APPROVE_EDIT:
        return f"{one_line(action.old_text or '')!r} → {one_line(action.new_text or '')!r}"
    if action.action == APPROVE:
        return one_line(action.old_text or "")
    return action.reason or ""


def one_line(text: str) -> str:
    """A multi-line tweet on one line of a table: line breaks shown as ⏎."""
    return " ⏎ ".join(text.split("\n"))


# ---------------------------------------------------------------- apply


def apply(store: Store, actions: Sequence[Action], by: str) -> Summary:
    """Carry out a plan: edits, then one approval transaction, then one rejection transaction.

    The store is read again first and the whole plan refused if any tweet moved on since it was
    made; every write then checks the version the plan saw (or the edit made), so a decision
    taken elsewhere meanwhile is never overwritten, even between the check and the writes.
    """
    from tweetbot.store import queue, schedule

    todo = [a for a in actions if a.action != SKIP]
    _recheck(store, todo)
    summary = Summary(skipped=sum(a.action == SKIP for a in actions))
    seen = {a.tweet_id: a.version for a in todo}
    for a in todo:
        if a.action == APPROVE_EDIT:
            edited = queue.edit_text(store, a.tweet_id, a.new_text or "", by=by, expected_version=a.version)
            seen[a.tweet_id] = edited["version"]
            summary.edited += 1
    approve_ids = [a.tweet_id for a in todo if a.action in (APPROVE, APPROVE_EDIT)]
    reject_ids = [a.tweet_id for a in todo if a.action == REJECT]
    if approve_ids:
        schedule.decide_seen(store, {i: seen[i] for i in approve_ids}, "approved", by=by)
    if reject_ids:
        schedule.decide_seen(store, {i: seen[i] for i in reject_ids}, "rejected", by=by, note=REJECT_NOTE)
    summary.approved, summary.rejected = len(approve_ids), len(reject_ids)
    summary.tweet_ids = {"approved": approve_ids, "rejected": reject_ids,
                         "skipped": [a.tweet_id for a in actions if a.action == SKIP]}
    return summary


def _recheck(store: Store, todo: Sequence[Action]) -> None:
    from tweetbot.store import queue

    if not todo:
        return
    now = {r["id"]: r for r in queue.list_tweets(store, ids=[a.tweet_id for a in todo])}
    moved = [a.tweet_id for a in todo
             if a.tweet_id not in now or now[a.tweet_id]["status"] != "pending"
             or now[a.tweet_id]["version"] != a.version]
    if moved:
        raise queue.ConflictError(
            "tweet " + ", ".join(f"#{i}" for i in moved) + " changed after the plan was made; "
            "nothing was changed, run the import again")

"""Reviewing from a terminal: approve/reject/edit, and the review file's export → edit → import trip."""
from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import Result, run_cli

from tweetbot import review_file
from tweetbot.curation.staging import make_basic_filter
from tweetbot.store import connect, queue, runs, upgrade

TEXTS = ["the heron waits by the weir", "sourdough rises slower in the cold",
         "moss on the north side, again", "a wren sang through the whole rain"]


def tweetbot(*args: str, db: str) -> Result:
    return run_cli(args, db_url=db)


@pytest.fixture
def seeded(sqlite_url):
    """A store with four pending tweets of account `fb`; yields (url, store, ids)."""
    store = connect(sqlite_url)
    upgrade(store)
    runs.start_run(store, run_id="run1", account="fb", base_model="tiny", params={}, by="test")
    queue.add_candidates(store, batch_id="b1", model_run_id="run1", account="fb", texts=TEXTS, by="test")
    report = queue.stage_batch(store, "b1", make_basic_filter, "test")
    yield sqlite_url, store, report.tweet_ids
    store.dispose()


def statuses(store, ids) -> dict[int, str]:
    return {r["id"]: r["status"] for r in queue.list_tweets(store, ids=ids)}


def snapshot(store) -> list[tuple]:
    return [(r["id"], r["status"], r["text"], r["version"]) for r in queue.list_tweets(store)]


# ---------------------------------------------------------------- approve / reject / edit


def test_approve_reject_edit_record_who(seeded):
    url, store, (a, b, c, _) = seeded
    out = tweetbot("queue", "approve", str(a), str(b), db=url)
    assert out.returncode == 0, out.stderr
    assert f"#{a} pending → approved" in out.stdout and f"#{b} pending → approved" in out.stdout

    out = tweetbot("queue", "reject", str(c), "--note", "too gloomy", db=url)
    assert out.returncode == 0 and f"#{c} pending → rejected" in out.stdout
    assert statuses(store, [a, b, c]) == {a: "approved", b: "approved", c: "rejected"}
    last = queue.events_for(store, c)[-1]
    assert last["by"].startswith("cli:") and last["note"] == "too gloomy"

    out = tweetbot("queue", "edit", str(a), "--text", "the heron waits\nby the weir", db=url)
    assert out.returncode == 0, out.stderr
    assert "→" in out.stdout and "27/280" in out.stdout
    row = queue.list_tweets(store, ids=[a])[0]
    assert row["text"] == "the heron waits\nby the weir" and row["original_text"] == TEXTS[0]
    assert queue.events_for(store, a)[-1]["by"].startswith("cli:")


def test_forbidden_or_unknown_exits_2_and_changes_nothing(seeded):
    url, store, (a, b, c, _) = seeded
    queue.approve(store, [a, c], by="test")
    queue.transition(store, [a, c], "posting", by="test")
    queue.transition(store, [a], "posted", by="test")
    before = snapshot(store)
    for args in (["reject", str(b), str(a)], ["approve", str(b), "999"], ["approve", str(b), str(c)],
                 ["edit", str(a), "--text", "x"],
                 ["edit", str(b), "--text", "x" * 281], ["edit", str(b), "--text", "   "],
                 ["edit", str(b), "--text", "new", "--expected-version", "7"]):
        out = tweetbot("queue", *args, db=url)
        assert out.returncode == 2, (args, out.stdout, out.stderr)
        assert out.stderr.startswith("tweetbot: error:")
    assert snapshot(store) == before


# ---------------------------------------------------------------- the review file


def test_export_edit_import_round_trip(seeded, tmp_path: Path):
    url, store, (a, b, c, d) = seeded
    queue.edit_text(store, d, "a wren sang\n\nthrough the whole rain", by="test")  # multi-line already
    path = tmp_path / "review.txt"
    out = tweetbot("queue", "export", str(path), "--account", "fb", db=url)
    assert out.returncode == 0, out.stderr
    text = path.read_text()
    assert f"#! exported: {a}@1,{b}@1,{c}@1,{d}@2" in text and text.count("=" * 20 + "\n") == 4
    assert tweetbot("queue", "export", str(path), db=url).returncode == 2  # no silent overwrite

    parsed = review_file.parse(text, "review.txt")  # untouched: every text comes back as it was
    assert {blk.tweet_id: blk.text for blk in parsed.blocks} == {
        r["id"]: r["text"] for r in queue.list_tweets(store, ids=[a, b, c, d])}

    # the person: deletes b, rewrites c over two lines, leaves a and d
    text = text.replace(f"#{b}\n{TEXTS[1]}\n", "")
    text = text.replace(TEXTS[2], "moss on the north side,\nagain and again")
    path.write_text(text)

    before = snapshot(store)
    dry = tweetbot("queue", "import", str(path), "--dry-run", db=url)
    assert dry.returncode == 0, dry.stderr
    assert snapshot(store) == before
    plan = {line.split()[0]: line.split()[1] for line in dry.stdout.splitlines()[1:] if line.startswith("#")}
    assert plan == {f"#{a}": "approve", f"#{b}": "reject", f"#{c}": "approve+edit", f"#{d}": "approve"}
    assert "'moss on the north side, again' → 'moss on the north side, ⏎ again and again'" in dry.stdout

    done = tweetbot("queue", "import", str(path), db=url)
    assert done.returncode == 0, done.stderr
    assert "approved 3 (1 edited), rejected 1, skipped 0" in done.stdout
    assert statuses(store, [a, b, c, d]) == {a: "approved", b: "rejected", c: "approved", d: "approved"}
    row_c = queue.list_tweets(store, ids=[c])[0]
    assert row_c["text"] == "moss on the north side,\nagain and again" and row_c["original_text"] == TEXTS[2]
    event = queue.events_for(store, b)[-1]
    assert event["note"] == "deleted in review file" and event["by"].endswith("(review file review.txt)")

    again = tweetbot("queue", "import", str(path), db=url)  # applying twice changes nothing more
    assert again.returncode == 0 and "approved 0 (0 edited), rejected 0, skipped 4" in again.stdout


def test_decided_elsewhere_or_staged_later_is_left_alone(seeded, tmp_path: Path):
    url, store, (a, b, c, d) = seeded
    path = tmp_path / "review.txt"
    assert tweetbot("queue", "export", str(path), db=url).returncode == 0
    queue.reject(store, [a], by="web:alice")          # decided in the UI meanwhile
    queue.edit_text(store, b, "sourdough, slower", by="web:alice")  # edited meanwhile, still pending
    queue.add_candidates(store, batch_id="b2", model_run_id="run1", account="fb",
                         texts=["staged after the export"], by="test")
    (late,) = queue.stage_batch(store, "b2", make_basic_filter, "test").tweet_ids
    path.write_text(path.read_text().replace(f"#{a}\n{TEXTS[0]}\n", "")       # would reject a
                                    .replace(TEXTS[1], "sourdough rises slowly"))  # would overwrite b

    out = tweetbot("queue", "import", str(path), db=url)
    assert out.returncode == 0, out.stderr
    plan = {line.split()[0]: line.split(maxsplit=2)[1:] for line in out.stdout.splitlines()[1:-1]}
    assert plan == {f"#{a}": ["skip", "now rejected by web:alice"],
                    f"#{b}": ["skip", "edited elsewhere since the export; export again"],
                    f"#{c}": ["approve", TEXTS[2]], f"#{d}": ["approve", TEXTS[3]]}
    assert "approved 2 (0 edited), rejected 0, skipped 2" in out.stdout
    rows = {r["id"]: r for r in queue.list_tweets(store)}
    assert rows[b]["status"] == "pending" and rows[b]["text"] == "sourdough, slower"
    assert rows[late]["status"] == "pending"  # never exported: untouched
    assert queue.events_for(store, a)[-1]["by"] == "web:alice"


@pytest.mark.parametrize("change, line, message", [
    (lambda t, ids: t.replace(f"#{ids[1]}\n", "#999\n"), 16, "#999 is not one of the exported tweets"),
    (lambda t, ids: t.replace(f"#{ids[2]}\n", f"#{ids[1]}\n"), 19, "appears twice (first at line 16)"),
    (lambda t, ids: t.replace(TEXTS[3], "long " * 60), 22, "#4 is 299 weighted characters; X allows 280"),
    (lambda t, ids: t.replace(f"#{ids[0]}\n", ""), 13, "has no '#<id>' line"),
    (lambda t, ids: t.replace(f"#{ids[0]}\n{TEXTS[0]}", f"#{ids[0]}\n"), 13, "has no text"),
    (lambda t, ids: t.replace("#! exported:", "#! nothing:"), 1, "no '#! exported:' line"),
    (lambda t, ids: t.replace(f"{TEXTS[1]}\n{'=' * 20}\n", f"{TEXTS[1]}\n"), 18, "inside the text of #2"),
])
def test_malformed_file_names_the_line_and_changes_nothing(seeded, tmp_path: Path, change, line, message):
    url, store, ids = seeded
    path = tmp_path / "bad.txt"
    assert tweetbot("queue", "export", str(path), db=url).returncode == 0
    path.write_text(change(path.read_text(), ids))
    before = snapshot(store)
    out = tweetbot("queue", "import", str(path), db=url)
    assert out.returncode == 2, out.stdout
    assert f"bad.txt line {line}: " in out.stderr and message in out.stderr, out.stderr
    assert "nothing was changed" in out.stderr
    assert snapshot(store) == before


def test_parse_plan_without_a_store_edge_cases():
    """CRLF, trailing spaces and leftover separators are not edits; tweets of another account refused."""
    rows = [{"id": 5, "version": 1, "text": "one\ntwo", "status": "pending", "account": "x"},
            {"id": 6, "version": 1, "text": "three", "status": "pending", "account": "x"}]
    text = review_file.export_text(rows, account="x").replace("two", "two   ").replace("\n", "\r\n")
    text += "====================\r\n\r\n====================\r\n"
    parsed = review_file.parse(text, "f.txt")
    assert [a.action for a in review_file.plan(parsed, rows)] == ["approve", "approve"]
    with pytest.raises(review_file.ReviewFileError, match="f.txt line 11: this file holds tweets of x"):
        review_file.plan(parsed, rows, account="y")
    with pytest.raises(ValueError, match="tweet 7 has a line of 20"):
        review_file.export_text([{"id": 7, "version": 1, "text": "a\n" + "=" * 20}])


def test_a_decision_made_between_the_check_and_the_writes_is_not_overwritten(seeded, monkeypatch):
    """The pre-flight re-check can pass and a reviewer in the UI still act before the writes:
    each write checks the version the plan saw, so the import is refused, not applied over it."""
    _, store, ids = seeded
    rows = queue.list_tweets(store, ids=ids)
    parsed = review_file.parse(review_file.export_text(rows, account="fb"), "review.txt")
    actions = review_file.plan(parsed, rows)  # keep every block → approve all
    queue.reject(store, [ids[0]], by="airflow-ui:someone")  # lands after the plan was made
    monkeypatch.setattr(review_file, "_recheck", lambda store, todo: None)  # ...and after the re-check
    with pytest.raises(queue.ConflictError):
        review_file.apply(store, actions, by="cli:test")
    assert statuses(store, ids) == {ids[0]: "rejected", **{i: "pending" for i in ids[1:]}}

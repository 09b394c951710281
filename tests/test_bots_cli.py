"""`tweetbot bots list|validate|show` and `--bot` beside `--account`: the bot's account and settings as
the command's defaults, its own options still winning, and its tweets only through its connection."""
from __future__ import annotations

import json
import textwrap

import pytest

from tweetbot.cli import build_parser, main
from tweetbot.cli.bots import apply_bot


@pytest.fixture
def bots_file(tmp_path, monkeypatch, shared_data):
    path = tmp_path / "bots.yaml"
    path.write_text(textwrap.dedent(f"""\
        defaults:
          model: {{name: tiny, backend: torch}}
        bots:
          - name: jd
            x_conn_id: x_jd_account
            source: {{type: archive, path: {shared_data}/x_archive_smithjd/tweets_sample.js, drop_replies: false}}
            model: {{steps: 30, batch_size: 2, learning_rate: 0.002}}
            generate: {{n_candidates: 12, temperature: 0.8, top_p: 0.95}}
            filters: {{mentions: reject, allow_links: true}}
            posting: {{max_posts: 1, daily_cap: 5, quiet_start: "23:00", quiet_end: "07:00", timezone: Europe/Paris}}
          - name: austen
            source: {{type: text, path: {shared_data}/gutenberg_pride/1342-0.txt}}
            mode: story
            story: {{opening: "It was a cold morning.", chapter_tweets: 14}}
          - name: broken
            source: {{type: csv, path: missing.csv}}
        """))
    monkeypatch.setenv("TWEETBOT_BOTS_FILE", str(path))
    monkeypatch.delenv("AIRFLOW_CONN_X_JD_ACCOUNT", raising=False)
    return path


def _args(*argv: str):
    parser = build_parser()
    return apply_bot(parser, list(argv), parser.parse_args(list(argv)))


def test_validate_list_and_show(bots_file, tmp_path, capsys):
    assert main(["bots", "validate"]) == 1
    out = capsys.readouterr()
    assert out.err.splitlines() == [
        f"{bots_file}:16: bot 'broken': source.path: no such file or folder: {tmp_path / 'missing.csv'}",
        f"{bots_file}: 2 of 3 bots OK"]
    bots_file.write_text(bots_file.read_text().replace("missing.csv", str(bots_file)))
    assert main(["bots", "validate", str(bots_file)]) == 0
    assert capsys.readouterr().out == f"{bots_file}: 3 bots OK\n"
    bots_file.write_text("bots:\n  - {name: a\n")
    assert main(["bots", "validate"]) == 1
    assert "not valid YAML" in capsys.readouterr().err
    assert main(["bots", "validate", str(tmp_path / "none.yaml")]) == 1
    assert "no bots file at" in capsys.readouterr().err


def test_list_and_show(bots_file, capsys):
    assert main(["bots", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["status"]) for r in rows] == [("jd", "ok"), ("austen", "ok"), ("broken", "invalid")]
    assert rows[0]["x_conn_id"] == "x_jd_account" and rows[1]["mode"] == "story"
    assert "source.path: no such file or folder" in rows[2]["problem"]
    assert main(["bots", "show", "jd", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["model"] == {"name": "tiny", "backend": "torch", "steps": 30, "batch_size": 2,
                              "learning_rate": 0.002}  # defaults merged under the bot's own
    assert shown["dags"] == {"weekly": "tweetbot_weekly__jd", "post": "tweetbot_post__jd"}
    assert shown["weekly_params"]["n_candidates"] == 12 and shown["post_params"]["timezone"] == "Europe/Paris"
    assert main(["bots", "show", "broken"]) == 2
    assert "bot 'broken' has mistakes" in capsys.readouterr().err
    assert main(["bots", "show", "nobody"]) == 2
    assert f"no bot 'nobody' in {bots_file} (bots: jd, austen)" in capsys.readouterr().err


def test_bot_settings_are_the_commands_defaults_and_its_options_win(bots_file):
    train = _args("train", "--bot", "jd")
    assert (train.account, train.model, train.steps, train.batch_size, train.learning_rate, train.backend) == (
        "jd", "tiny", 30, 2, 0.002, "torch")
    assert _args("train", "--bot", "jd", "--steps", "5").steps == 5
    generate = _args("generate", "--bot", "jd")
    assert (generate.count, generate.temperature, generate.top_p, generate.story) == (12, 0.8, 0.95, False)
    story = _args("generate", "--bot", "austen")
    assert (story.account, story.story, story.count, story.opening) == ("austen", True, 14, "It was a cold morning.")
    post = _args("post", "--bot", "jd", "--max-posts", "3")
    assert (post.x_conn_id, post.max_posts, post.daily_cap, post.quiet_start, post.timezone) == (
        "x_jd_account", 3, 5, "23:00", "Europe/Paris")
    filtered = _args("filter", "-", "--bot", "jd")
    assert (filtered.account, filtered.mentions, filtered.allow_links) == ("jd", "reject", True)
    imported = _args("import", "--bot", "jd")
    assert (imported.source, imported.keep_replies, imported.x_conn_id) == ("archive", True, "x_jd_account")
    for argv in (["queue", "list"], ["model", "list"], ["queue", "export", "out.txt"], ["source", "list"]):
        assert _args(*argv, "--bot", "austen").account == "austen"
    with pytest.raises(SystemExit):  # one or the other
        _args("train", "--bot", "jd", "--account", "jd")


def test_import_and_post_with_a_bot_use_its_source_and_connection(bots_file, sqlite_url, capsys):
    assert main(["--db-url", sqlite_url, "import", "--bot", "jd", "--json"]) == 0
    out = capsys.readouterr().out
    report = json.loads(out[out.index("{"):])
    assert report["read"] == 51 and report["new"] > 0
    assert main(["--db-url", sqlite_url, "source", "list", "--bot", "jd", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and any(r["is_reply"] for r in rows)  # the bot keeps replies (drop_replies: false)

    # a bot's tweets never go out through x_default, nor through --account without its connection
    assert main(["--db-url", sqlite_url, "post", "--account", "jd"]) == 2
    assert "it posts and reads X only through its connection 'x_jd_account'" in capsys.readouterr().err
    assert main(["--db-url", sqlite_url, "post"]) == 2  # "any account" would take the bots' tweets
    assert "name the account" in capsys.readouterr().err
    assert main(["--db-url", sqlite_url, "post", "--bot", "jd"]) == 0
    assert "no 'x_jd_account' connection: dry run" in capsys.readouterr().out
    assert main(["--db-url", sqlite_url, "post", "--bot", "nobody"]) == 2
    assert "no bot 'nobody'" in capsys.readouterr().err

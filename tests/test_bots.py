"""Bots as configuration: the bots file's validation messages and the DAGs the factory builds from it
(DagBag on the real `dags/` folder, as the DAG processor reads it)."""
from __future__ import annotations

import textwrap

import pytest
from conftest import ROOT

from tweetbot.bots import BotsFileError, load_bots, parse_bots, stagger, weekly_values


def _bag(monkeypatch, bots_file=None, only: str | None = None):
    from airflow.dag_processing.dagbag import DagBag

    if bots_file is None:
        monkeypatch.setenv("TWEETBOT_BOTS_FILE", "/nonexistent/bots.yaml")
    else:
        monkeypatch.setenv("TWEETBOT_BOTS_FILE", str(bots_file))
    if only:
        monkeypatch.setenv("_AIRFLOW_PARSING_CONTEXT_DAG_ID", only)
    return DagBag(dag_folder=str(ROOT / "dags"))


@pytest.fixture
def three_bots(shared_data, tmp_path):
    """Two persona bots from different real sources and a story bot from the book."""
    path = tmp_path / "bots.yaml"
    path.write_text(textwrap.dedent(f"""\
        defaults:
          model: {{name: tiny, backend: torch}}
          posting: {{timezone: Europe/London}}
        bots:
          - name: smithjd
            owner: alice
            source: {{type: archive, path: {shared_data}/x_archive_smithjd/tweets.js}}
            generate: {{n_candidates: 200, temperature: 0.9}}
            schedule: {{train: "@weekly", post: "@hourly"}}
            posting: {{max_posts: 2, quiet_start: "23:00", quiet_end: "07:00"}}
            review: {{timeout_hours: 48, reviewers: [alice, {{user: bob, email: bob@example.org}}]}}
          - name: musk_fan
            x_conn_id: x_musk
            source: {{type: csv, path: {shared_data}/elonmusk/elonmusk_tweets.csv, drop_replies: false}}
            model: {{steps: 300, batch_size: 4, learning_rate: 1e-4}}
            filters: {{mentions: reject, allow_links: true}}
            schedule: {{train: "15 3 * * 1", post: "0 */2 * * *"}}
          - name: austen
            description: Pride and Prejudice, continued four tweets a day.
            source: {{type: text, path: {shared_data}/gutenberg_pride/1342-0.txt}}
            mode: story
            story: {{opening: "It was a cold morning at Longbourn.", chapter_tweets: 14}}
            schedule: {{train: null, post: "@hourly"}}
            posting: {{min_interval_hours: 6, thread: continue}}
        """))
    return path


# ---------------------------------------------------------------- the DAGs


def test_three_bots_give_nine_dags_with_their_params_and_schedules(three_bots, shared_data, monkeypatch):
    bag = _bag(monkeypatch, three_bots)
    assert bag.import_errors == {}
    ids = {d for d in bag.dags if "__" in d}
    bots = ("smithjd", "musk_fan", "austen")
    assert ids == {f"tweetbot_{kind}__{bot}" for kind in ("weekly", "post", "metrics") for bot in bots}
    assert {"tweetbot_weekly", "tweetbot_post"} <= set(bag.dags)  # the example DAGs stay
    assert "tweetbot_metrics" not in bag.dags  # each bot's metrics are read through its own connection

    weekly = bag.dags["tweetbot_weekly__smithjd"]
    assert weekly.params["source_type"] == "archive"
    assert weekly.params["source_path"] == str(shared_data / "x_archive_smithjd" / "tweets.js")
    assert (weekly.params["model_name"], weekly.params["backend"]) == ("tiny", "torch")  # from defaults
    assert (weekly.params["n_candidates"], weekly.params["temperature"]) == (200, 0.9)
    assert weekly.params["review_timeout_hours"] == 48
    assert "account" not in weekly.params  # a bot's DAG touches only its own account
    assert weekly.get_task("scrape").account == "smithjd" and weekly.get_task("scrape").x_conn_id == "x_smithjd"
    assert weekly.schedule == stagger("@weekly", "smithjd") != "@weekly"
    assert set(weekly.tags) >= {"tweetbot", "bot:smithjd"} and weekly.owner == "alice"
    assert {weekly.get_task(t).pool for t in ("train", "evaluate", "generate")} == {"tweetbot_gpu"}
    assert {weekly.get_task(t).queue for t in ("train", "evaluate", "generate")} == {"gpu"}
    assert weekly.get_task("scrape").pool == "default_pool"
    review = weekly.get_task("review")
    assert review.assigned_users == [{"id": "alice", "name": "alice"}, {"id": "bob", "name": "bob"}]
    assert [n.to for n in review.notifiers] == [["bob@example.org"]]
    assert [t.task_id for t in weekly.topological_sort() if t.task_id != "engagement_report"] == [
        "migrate", "scrape", "train", "evaluate", "generate", "stage_for_review", "review"]
    report = weekly.get_task("engagement_report")  # beside the chain: it never holds up the review
    assert report.upstream_task_ids == {"evaluate"} and not report.downstream_task_ids
    assert report.account == "smithjd"
    for task in weekly.tasks:  # the DAG's default_args reach every task
        assert task.retries >= 1 and task.owner == "alice"

    post = bag.dags["tweetbot_post__smithjd"]
    assert post.schedule == "@hourly"
    assert (post.params["max_posts"], post.params["quiet_start"], post.params["quiet_end"],
            post.params["timezone"]) == (2, "23:00", "07:00", "Europe/London")
    assert post.get_task("post").account == "smithjd" and post.get_task("post").x_conn_id == "x_smithjd"

    metrics = bag.dags["tweetbot_metrics__smithjd"]
    assert metrics.schedule == "@daily" and metrics.params["days"] == 30 and "account" not in metrics.params
    fetch = metrics.get_task("fetch_metrics")
    assert (fetch.account, fetch.x_conn_id, fetch.owner) == ("smithjd", "x_smithjd", "alice")
    assert {"tweetbot", "bot:smithjd", "metrics"} <= set(metrics.tags)
    assert bag.dags["tweetbot_metrics__musk_fan"].get_task("fetch_metrics").x_conn_id == "x_musk"

    musk = bag.dags["tweetbot_weekly__musk_fan"]
    assert musk.schedule == "15 3 * * 1"  # a cron is kept as written
    assert (musk.params["source_type"], musk.params["drop_replies"]) == ("csv", False)
    assert (musk.params["steps"], musk.params["batch_size"], musk.params["learning_rate"]) == (300, 4, 1e-4)
    assert (musk.params["mentions"], musk.params["allow_links"]) == ("reject", True)
    assert musk.get_task("scrape").x_conn_id == "x_musk"
    assert bag.dags["tweetbot_post__musk_fan"].get_task("post").x_conn_id == "x_musk"
    assert bag.dags["tweetbot_post__musk_fan"].schedule == "0 */2 * * *"
    assert musk.get_task("review").notifiers == [] and musk.get_task("review").assigned_users is None

    austen = bag.dags["tweetbot_weekly__austen"]
    assert austen.schedule is None  # manual only
    assert (austen.params["mode"], austen.params["chapter_tweets"]) == ("story", 14)
    assert austen.params["story_opening"] == "It was a cold morning at Longbourn."
    assert austen.description.startswith("Pride and Prejudice")
    austen_post = bag.dags["tweetbot_post__austen"]
    assert (austen_post.params["min_interval_hours"], austen_post.params["thread"]) == (6, "continue")


def test_the_example_dags_are_unchanged_without_a_bots_file(monkeypatch):
    bag = _bag(monkeypatch)
    assert bag.import_errors == {} and set(bag.dags) == {"tweetbot_weekly", "tweetbot_post", "tweetbot_metrics"}
    weekly, post = bag.dags["tweetbot_weekly"], bag.dags["tweetbot_post"]
    metrics = bag.dags["tweetbot_metrics"]
    assert metrics.schedule == "@daily" and (metrics.params["account"], metrics.params["days"]) == ("", 30)
    assert metrics.get_task("fetch_metrics").x_conn_id == "x_default"
    assert (weekly.schedule, post.schedule) == ("@weekly", "@hourly")
    assert weekly.params["account"] == post.params["account"] == "fieldnotes_bot"
    assert weekly.get_task("train").pool == "default_pool" and post.get_task("post").x_conn_id == "x_default"
    assert weekly.get_task("review").assigned_users is None


def test_a_bot_with_only_a_source_has_the_example_dags_defaults(tmp_path):
    from tweetbot.airflow.dags import POST_DEFAULTS, WEEKLY_DEFAULTS
    from tweetbot.bots import post_values

    (tmp_path / "t.csv").write_text("id,created_at,text\n1,2024-01-01,hi\n")
    bot = parse_bots("bots: [{name: b, source: {type: csv, path: t.csv}}]", name="bots.yaml",
                     base_dir=tmp_path).bots[0]
    same = {k: v for k, v in weekly_values(bot).items() if k not in ("account", "source_type", "source_path")}
    assert same == {**{k: v for k, v in WEEKLY_DEFAULTS.items() if k not in ("account", "source_type",
                                                                             "source_path")},
                    "backend": same["backend"]}
    assert {k: v for k, v in post_values(bot).items() if k != "account"} == {
        k: v for k, v in POST_DEFAULTS.items() if k != "account"}
    assert bot.x_conn_id == "x_b" and bot.schedule.train == "@weekly" and bot.schedule.post == "@hourly"


def test_a_broken_bot_beside_two_good_ones(three_bots, monkeypatch):
    text = three_bots.read_text().replace("    owner: alice\n", "    owner: alice\n    postng: {max_posts: 3}\n")
    three_bots.write_text(text)
    bag = _bag(monkeypatch, three_bots)
    assert bag.import_errors == {}  # the file is fine: only one bot is broken
    assert {d for d in bag.dags if "__" in d} == {
        "tweetbot_weekly__musk_fan", "tweetbot_post__musk_fan", "tweetbot_weekly__austen", "tweetbot_post__austen",
        "tweetbot_metrics__musk_fan", "tweetbot_metrics__austen", "tweetbot_invalid__smithjd"}
    stub = bag.dags["tweetbot_invalid__smithjd"]
    assert stub.schedule is None and stub.is_paused_upon_creation
    assert "postng: unknown key (did you mean posting?)" in stub.doc_md
    assert "bot:smithjd" in stub.tags
    with pytest.raises(ValueError, match="postng: unknown key"):
        task = stub.get_task("explain")
        task.python_callable(*task.op_args)


def test_a_file_that_is_not_yaml_is_the_factorys_import_error_only(tmp_path, monkeypatch):
    path = tmp_path / "bots.yaml"
    path.write_text("bots:\n  - name: a\n    source: {type: csv, path: x.csv\n")
    bag = _bag(monkeypatch, path)
    assert list(bag.import_errors) == [str(ROOT / "dags" / "tweetbot_bots.py")]
    assert "bots.yaml:4" in next(iter(bag.import_errors.values()))
    assert {"tweetbot_weekly", "tweetbot_post"} <= set(bag.dags)


def test_a_worker_builds_only_its_own_dag(three_bots, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("TWEETBOT_BOTS_FILE", str(three_bots))
    monkeypatch.setenv("_AIRFLOW_PARSING_CONTEXT_DAG_ID", "tweetbot_post__musk_fan")
    bag = DagBag(dag_folder=str(ROOT / "dags" / "tweetbot_bots.py"))
    assert list(bag.dags) == ["tweetbot_post__musk_fan"]


# ---------------------------------------------------------------- validation messages


def _problems(tmp_path, body: str) -> list[str]:
    (tmp_path / "t.csv").write_text("id,created_at,text\n1,2024-01-01,hi\n")
    path = tmp_path / "bots.yaml"
    path.write_text(textwrap.dedent(body))
    return [str(p) for p in load_bots(path, shown_as="bots.yaml").problems]


def test_messages_name_the_file_line_bot_and_field(tmp_path):
    assert _problems(tmp_path, """\
        bots:
          - name: bakery
            source: {type: csv, path: t.csv}
            posting: {daily_capp: 5}
          - name: ok
            source: {type: csv, path: t.csv}
        """) == ["bots.yaml:4: bot 'bakery': posting.daily_capp: unknown key (did you mean daily_cap?)"]


@pytest.mark.parametrize(("settings", "expected"), [
    ('schedule: {train: "61 * * * *"}',
     "bot 'b': schedule.train: not a cron expression (e.g. '0 3 * * 1') or one of @hourly, @daily, @weekly, "
     "@monthly, @quarterly, @yearly, @once, @continuous: '61 * * * *'"),
    ('model: {steps: "200"}', "bot 'b': model.steps: input should be a valid integer (got '200')"),
    ("posting: {max_posts: yes}", "bot 'b': posting.max_posts: input should be a valid integer (got True)"),
    ("model: {name: 125M}", "bot 'b': model.name: input should be 'auto', 'tiny', '124M', '355M', '774M' or "
                            "'1558M' (got '125M')"),
    ("posting: {timezone: Europe/Londn}", "bot 'b': posting.timezone: unknown time zone 'Europe/Londn' "
                                          "(e.g. UTC, Europe/London)"),
    ('posting: {quiet_start: "23:00"}', "bot 'b': posting.quiet_end: quiet hours need both quiet_start and "
                                        "quiet_end, or neither"),
    ("mode: story", "bot 'b': story.opening: a story bot needs the line its story starts from"),
    ("review: {reviewers: [{user: ann, email: not-an-address}]}",
     "bot 'b': review.reviewers[0].email: not an e-mail address: 'not-an-address'"),
])
def test_wrong_values(tmp_path, settings, expected):
    problems = _problems(tmp_path, f"""\
        bots:
          - name: b
            source: {{type: csv, path: t.csv}}
            {settings}
        """)
    assert [p.split(": ", 1)[1] for p in problems] == [expected]


def test_missing_source_path_duplicate_name_and_connection(tmp_path):
    assert _problems(tmp_path, """\
        bots:
          - name: a
            source: {type: archive, path: nowhere/tweets.js}
          - name: b
            source: {type: csv, path: t.csv}
          - name: b
            source: {type: x-api, path: "@nasa"}
          - name: c
            x_conn_id: x_b
            source: {type: x-api, path: nasa}
        """) == [
        f"bots.yaml:3: bot 'a': source.path: no such file or folder: {tmp_path / 'nowhere' / 'tweets.js'}",
        "bots.yaml:6: bot 'b': name: duplicate: bot #2 has this name already",
        "bots.yaml:9: bot 'c': x_conn_id: 'x_b' is bot 'b''s connection already: each bot posts and reads only "
        "through its own",
    ]


def test_defaults_mistakes_and_repeated_keys(tmp_path):
    problems = _problems(tmp_path, """\
        defaults:
          model: {nme: tiny}
        bots:
          - name: a
            source: {type: csv, path: t.csv}
            source: {type: csv, path: t.csv}
        """)
    assert problems == [
        "bots.yaml:2: defaults: model.nme: unknown key (did you mean name?)",
        "bots.yaml:4: bot 'a': not built: the defaults above are invalid",
        "bots.yaml:6: bot 'a': source: the same key twice (YAML would keep only the last)",
    ]


def test_file_level_mistakes(tmp_path):
    with pytest.raises(BotsFileError, match=r"bots.yaml:1: bot: unknown key \(did you mean bots\?\)"):
        parse_bots("bot: []\n", name="bots.yaml", base_dir=tmp_path)
    flow = r"^bots.yaml:3: not valid YAML: while parsing a flow mapping \(from line 2\) did not find"
    with pytest.raises(BotsFileError, match=flow):
        parse_bots("bots:\n  - {name: a\n", name="bots.yaml", base_dir=tmp_path)
    with pytest.raises(BotsFileError, match="cannot read it"):
        load_bots(tmp_path / "missing.yaml")


def test_stagger_is_stable_and_spread():
    crons = {stagger("@weekly", f"bot_{i}") for i in range(50)}
    assert len(crons) == 50  # 50 bots, 50 different minutes of the week
    minute, hour, dom, month, dow = stagger("@weekly", "nasa_fan").split()
    assert 0 <= int(minute) < 60 and 0 <= int(hour) < 24 and (dom, month) == ("*", "*") and 0 <= int(dow) < 7
    assert stagger("@weekly", "nasa_fan") == stagger("@weekly", "nasa_fan")
    assert stagger("0 3 * * 1", "nasa_fan") == "0 3 * * 1" and stagger(None, "x") is None
    assert stagger("@daily", "nasa_fan").endswith("* * *")


def test_the_shipped_example_is_valid_once_its_files_exist(tmp_path):
    example = (ROOT / "bots.example.yaml").read_text()
    missing = [p.field for p in parse_bots(example, name="bots.example.yaml", base_dir=tmp_path).problems]
    assert missing == ["source.path", "source.path"]  # only the data a user brings
    (tmp_path / "data").mkdir()
    for name in ("nasa_fan-archive.zip", "pride-and-prejudice.txt"):
        (tmp_path / "data" / name).write_text("x")
    bots = parse_bots(example, name="bots.example.yaml", base_dir=tmp_path)
    assert bots.problems == [] and [b.name for b in bots.bots] == ["nasa_fan", "rocket_watch", "austen_tales"]
    assert bots.get("rocket_watch").posting.quiet_start == "23:00"  # from defaults
    assert bots.get("austen_tales").posting.quiet_start is None  # a bot's own null wins


def test_review_mail_without_smtp_or_with_a_dead_server_sends_nothing_and_goes_on(monkeypatch, capsys):
    import json
    import socket

    from tweetbot.airflow.notify import ReviewMailNotifier, review_mail

    context = {"review": {"account": "nasa_fan", "pending": 1, "deadline": "2026-12-07 10:00 UTC"}}
    notifier = ReviewMailNotifier(to=["alice@example.org"], account="nasa_fan", smtp_conn_id="smtp_nowhere")
    notifier.notify(context)
    assert "no 'smtp_nowhere' connection: the reviewers (alice@example.org) are not e-mailed" in capsys.readouterr().out
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_NOWHERE", json.dumps({
        "conn_type": "smtp", "host": "127.0.0.1", "port": port,
        "extra": {"disable_tls": True, "disable_ssl": True, "from_email": "t@example.org", "retry_limit": 0,
                  "timeout": 2}}))
    notifier.notify(context)  # does not raise: the review starts anyway
    assert "could not e-mail the reviewers (alice@example.org) through 'smtp_nowhere'" in capsys.readouterr().out
    subject, body = review_mail(context["review"])
    assert subject == "[tweetbot] 1 candidate tweet of nasa_fan wait for your review"
    assert "/tweetbot/?view=pending&amp;account=nasa_fan" in body and "2026-12-07 10:00 UTC" in body


def test_a_bots_tweets_never_go_out_through_another_connection(tmp_path):
    from tweetbot.bots.guard import posting_problem

    (tmp_path / "t.csv").write_text("id,created_at,text\n1,2024-01-01,hi\n")
    path = tmp_path / "bots.yaml"
    path.write_text("bots:\n  - {name: me, source: {type: csv, path: t.csv}}\n")
    assert posting_problem("me", "x_me", path) is None
    assert posting_problem("fieldnotes_bot", "x_default", path) is None  # not a bot: the example DAGs' own
    assert "posts and reads X only through its connection 'x_me', not 'x_default'" in posting_problem(
        "me", "x_default", path)
    assert "name the account" in posting_problem(None, "x_default", path)
    assert posting_problem("me", "x_default", tmp_path / "none.yaml") is None


def test_the_factory_imports_nothing_heavy(three_bots):
    """In a clean interpreter, with three bots: parse the DAG folder, then look at sys.modules."""
    import json
    import os
    import subprocess
    import sys

    from test_dags import HEAVY

    heavy = (*HEAVY, "sklearn", "airflow.providers.smtp.notifications.smtp")
    code = ("import sys, json\n"
            "from airflow.dag_processing.dagbag import DagBag\n"
            f"bag = DagBag(dag_folder={str(ROOT / 'dags')!r})\n"
            "assert not bag.import_errors and len(bag.dags) == 11, (bag.import_errors, list(bag.dags))\n"
            f"print(json.dumps([m for m in {heavy!r} if m in sys.modules]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "TWEETBOT_BOTS_FILE": str(three_bots)})
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []

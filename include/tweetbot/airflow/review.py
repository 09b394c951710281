"""The human-in-the-loop review step: new candidates as options in Airflow's Required Actions.

Chosen → approved, the rest → rejected; no answer before the timeout → all stay pending for the
CLI, the review file or the next run. A decision made elsewhere meanwhile is kept, not overwritten.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk.exceptions import AirflowSkipException

from tweetbot.airflow.hooks import TweetStoreHook
from tweetbot.airflow.operators.base import actor

_LABEL_ID = re.compile(r"^#(\d+) ")


def option_label(tweet: dict) -> str:
    """`#<id> <text>`, with `[83rd percentile] ` after the id when engagement was predicted: unique
    even for equal texts, and the id survives the round trip."""
    percentile = tweet.get("predicted_percentile")
    predicted = f"[{ordinal(round(percentile))} percentile] " if percentile is not None else ""
    return f"#{tweet['id']} {predicted}{' '.join(tweet['text'].split())}"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 11th, 83rd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ranking_line(pending: list[dict]) -> str:
    """How the options are ordered: best predicted engagement first, or why there is no prediction."""
    if any(t.get("predicted_percentile") is not None for t in pending):
        return ("Listed best predicted engagement first: the percentile places each among the account's "
                "own tweets (its engagement ranker, tested on its newest tweets).")
    notes = sorted({t["predicted_note"] for t in pending if t.get("predicted_note")})
    return "No predicted engagement" + (f": {notes[0]}." if len(notes) == 1 else ".")


def review_body(staged: dict, model_run_id: str | None, n_pending: int, timeout: timedelta,
                ranking: str | None = None) -> str:
    dropped = staged.get("dropped") or {}
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(dropped.items())) or "none"
    return (
        f"**Model run** `{model_run_id or '?'}` generated **{staged.get('generated', 0)}** candidates; "
        f"filtered out **{sum(dropped.values())}** ({reasons}); staged **{staged.get('staged', 0)}**.\n\n"
        f"Tick the {n_pending} tweets worth posting: ticked ones are **approved**, the others "
        f"**rejected**. With no answer within {timeout}, they all stay *pending* "
        "(review later with `tweetbot queue …` or the review file)."
        + (f"\n\n{ranking}" if ranking else "")
    )


class ReviewCandidatesOperator(HITLOperator):
    """Ask a person which staged candidates to approve (multiple choice, best predicted engagement first),
    then record the decisions.

    :param staged: the stage_for_review task's result (templated XCom: tweet_ids, counts by reason).
    :param response_timeout_hours: how long to wait for an answer (templated; default 6 days).
    :param assigned_users: (HITLOperator's) who may answer, ``[{"id": …, "name": …}]``; a bot's reviewers.
    :param notifiers: (HITLOperator's) told when the review starts, with ``context["review"]``:
        the account, how many candidates are pending, the deadline.
    :param tweetbot_conn_id: the store connection.
    """

    template_fields: Sequence[str] = (*HITLOperator.template_fields, "staged", "response_timeout_hours")
    ui_color = "#fce4ec"

    def __init__(self, *, staged: Any, response_timeout_hours: float | str = 144,
                 tweetbot_conn_id: str = TweetStoreHook.default_conn_name, **kwargs: Any) -> None:
        kwargs.setdefault("subject", "Review new tweet candidates")
        # The real options are the candidates, known only at run time (set in execute).
        super().__init__(options=["(filled in at run time)"], multiple=True, **kwargs)
        self.staged = staged
        self.response_timeout_hours = response_timeout_hours
        self.tweetbot_conn_id = tweetbot_conn_id

    def _store(self):
        return TweetStoreHook(tweetbot_conn_id=self.tweetbot_conn_id).get_store()

    def execute(self, context: Any):
        from tweetbot.store import queue

        staged = self.staged or {}
        pending = queue.list_tweets(self._store(), ids=staged.get("tweet_ids") or [], status="pending",
                                    sort="predicted")
        if not pending:
            raise AirflowSkipException("no pending candidates from this run to review")
        self.response_timeout = timedelta(hours=float(self.response_timeout_hours))
        self.options = [option_label(t) for t in pending]
        run_ids = {t["model_run_id"] for t in pending}
        self.body = review_body(staged, ", ".join(sorted(run_ids)), len(pending), self.response_timeout,
                                ranking=ranking_line(pending))
        # what the notifiers (e.g. tweetbot.airflow.notify.ReviewMailNotifier) tell the reviewers
        context["review"] = {"account": pending[0]["account"], "pending": len(pending),
                             "deadline": f"{datetime.now(UTC) + self.response_timeout:%Y-%m-%d %H:%M} UTC",
                             "assigned_users": [u["id"] for u in self.assigned_users or []]}
        self.log.info("asking for a review of %d candidates%s", len(pending),
                      f" by {', '.join(context['review']['assigned_users'])}" if self.assigned_users else "")
        return super().execute(context)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> dict:
        from tweetbot.store import queue

        staged_ids = list((self.staged or {}).get("tweet_ids") or [])
        if event.get("error_type") == "timeout":
            self.log.info("no answer before the timeout: %d candidates stay pending", len(staged_ids))
            return {"timed_out": True, "approved": [], "rejected": [], "skipped": staged_ids}
        if "error" in event:
            self.process_trigger_event_error(event)
        chosen = []
        for label in event.get("chosen_options") or []:
            match = _LABEL_ID.match(label)
            if not match:
                raise ValueError(f"unexpected review answer {label!r}")
            chosen.append(int(match.group(1)))
        who = event.get("responded_by_user") or {}
        by = f"airflow-ui:{who.get('name') or who.get('id') or 'unknown'} via {actor(context)}"
        outcome = queue.apply_review(self._store(), reviewed=[i for i in staged_ids], chosen=chosen, by=by)
        self.log.info("review by %s: %d approved, %d rejected, %d decided elsewhere meanwhile",
                      by, len(outcome.approved), len(outcome.rejected), len(outcome.skipped))
        return {"timed_out": False, "approved": outcome.approved, "rejected": outcome.rejected,
                "skipped": outcome.skipped}

"""Filter a generated batch and queue what is left for review."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tweetbot.airflow.operators.base import StoreOperator, actor, flag


class StageForReviewOperator(StoreOperator):
    """Filter a generated batch and queue what is left as `pending` (never stages a candidate twice).

    :param generated: the generate task's result (templated XCom): batch id, and for story bots
        the story and chapter the batch continues.
    :param mentions: ``strip`` @handles, ``reject`` candidates with one, or ``allow`` them.
    :param allow_links: keep candidates that contain a link.
    :param blocklist_path: a file of extra blocked words (``!word`` un-blocks one).
    """

    template_fields: Sequence[str] = ("generated", "mentions", "allow_links", "blocklist_path")
    ui_color = "#e8f5e9"

    def __init__(self, *, generated: Any, mentions: str = "strip", allow_links: bool | str = False,
                 blocklist_path: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.generated = generated
        self.mentions = mentions
        self.allow_links = allow_links
        self.blocklist_path = blocklist_path

    def execute(self, context: Any) -> dict:
        from tweetbot.curation.quality import FilterOptions
        from tweetbot.pipeline import stage

        generated = self.generated or {}
        story = (generated["story_id"], int(generated["chapter"])) if generated.get("story_id") else None
        options = FilterOptions(mentions=self.mentions or "strip", links_allowed=flag(self.allow_links),
                                blocklist_path=self.blocklist_path or None)
        report = stage(self.hook.get_store(), batch_id=generated["batch_id"], by=actor(context),
                       log=self.log.info, options=options, story=story)
        return {"batch_id": report.batch_id, "generated": report.generated, "staged": report.staged,
                "dropped": dict(report.dropped), "already_staged": report.already_staged,
                "tweet_ids": report.tweet_ids}

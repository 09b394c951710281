"""Telling reviewers that a review started: an Airflow notifier that e-mails them through SMTP.

`ReviewCandidatesOperator` calls its notifiers once the candidates are in Required Actions, with the
review's figures in the context (``context["review"]``). The mail says how many candidates wait and
links to the Tweet queue page filtered on the bot. Sending goes through the SMTP provider's notifier
and connection (default ``smtp_default``); without that connection, or when the mail server refuses,
the review still starts and the task log says why nobody was e-mailed.
"""
from __future__ import annotations

import html
import smtplib
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from airflow.sdk.bases.notifier import BaseNotifier


def queue_url(account: str) -> str:
    """The Tweet queue page, pending view, filtered on `account` (base: Airflow's `[api] base_url`)."""
    from airflow.sdk.configuration import conf

    base = (conf.get("api", "base_url", fallback=None) or "http://localhost:8080").rstrip("/")
    return f"{base}/tweetbot/?{urlencode({'view': 'pending', 'account': account})}"


def review_mail(review: dict[str, Any]) -> tuple[str, str]:
    """(subject, HTML body) for a review that started: how many wait, where to review them."""
    account, n = review["account"], review["pending"]
    url = queue_url(account)
    subject = f"[tweetbot] {n} candidate tweet{'s' if n != 1 else ''} of {account} wait for your review"
    body = (
        f"<p>The weekly run of <b>{html.escape(account)}</b> staged <b>{n}</b> candidate "
        f"tweet{'s' if n != 1 else ''} for review.</p>"
        f'<p>Review them on the Tweet queue page: <a href="{html.escape(url)}">{html.escape(url)}</a><br>'
        "or in Airflow under Browse → Required Actions.</p>"
        f"<p>Without an answer by {html.escape(str(review.get('deadline', '?')))} they stay pending.</p>"
    )
    return subject, body


class ReviewMailNotifier(BaseNotifier):
    """E-mail a bot's reviewers when its review starts.

    :param to: the reviewers' addresses.
    :param account: the bot (used when the context carries no review figures).
    :param smtp_conn_id: the SMTP connection (absent: nothing is sent, and the log says so).
    :param from_email: the sender (default: the connection's ``from_email`` extra).
    """

    template_fields = ()

    def __init__(self, *, to: Sequence[str], account: str, smtp_conn_id: str = "smtp_default",
                 from_email: str | None = None) -> None:
        super().__init__()
        self.to = list(to)
        self.account = account
        self.smtp_conn_id = smtp_conn_id
        self.from_email = from_email

    def notify(self, context: Any) -> None:
        from airflow.sdk import BaseHook
        from airflow.sdk.exceptions import AirflowException, AirflowNotFoundException

        review = dict(context.get("review") or {"account": self.account, "pending": 0})
        try:
            BaseHook.get_connection(self.smtp_conn_id)
        except AirflowNotFoundException:
            self.log.info("no %r connection: the reviewers (%s) are not e-mailed", self.smtp_conn_id,
                          ", ".join(self.to))
            return
        from airflow.providers.smtp.notifications.smtp import SmtpNotifier

        subject, body = review_mail(review)
        mail = SmtpNotifier(to=self.to, from_email=self.from_email, subject=subject, html_content=body,
                            smtp_conn_id=self.smtp_conn_id)
        try:
            mail.notify(context)
        except (OSError, smtplib.SMTPException, AirflowException, ValueError) as exc:
            # the review goes on: a mail that cannot be sent must not hold back the candidates
            self.log.warning("could not e-mail the reviewers (%s) through %r: %s", ", ".join(self.to),
                             self.smtp_conn_id, exc)
            return
        self.log.info("e-mailed %s: %d candidates of %s wait for review", ", ".join(self.to), review["pending"],
                      review["account"])

"""tweetbot: learn a voice from tweets or a book, fine-tune GPT-2, review, post to X.

The core modules here never import Airflow; the `tweetbot.airflow` package holds the thin adapters.
"""
from __future__ import annotations

__version__ = "0.1.0"

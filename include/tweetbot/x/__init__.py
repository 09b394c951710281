"""Talking to X: a tweepy client whose base URL can be pointed elsewhere, and errors that say what to do."""

"""Deciding what reaches a reviewer: X's length rules, normalisation and staging filters."""

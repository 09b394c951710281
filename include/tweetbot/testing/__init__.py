"""Test doubles for the outside world: `fake_x` is a local X API v2 that checks OAuth 1.0a like X does.

Kept inside the package (not under tests/) so benchmarks and child processes can start it too.
"""

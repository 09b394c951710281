"""`python -m tweetbot.cli …`: the same as the `tweetbot` console script."""
import sys

from tweetbot.cli import main

sys.exit(main())

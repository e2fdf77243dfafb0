"""indicheck: a linter for the figures in Chinese government reports."""

__version__ = "0.1.0"

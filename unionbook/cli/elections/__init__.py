"""`election …`: setting up, candidates, counting rounds and papers (book), and the rule-based count."""

from unionbook.cli.elections.count import register

__all__ = ["register"]

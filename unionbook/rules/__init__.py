"""The shipped rule sets (data files) and their loader. See loader.py."""

from unionbook.rules.loader import RuleEntry, RuleSet, available_rule_sets, load_rule_set

__all__ = ["RuleEntry", "RuleSet", "available_rule_sets", "load_rule_set"]

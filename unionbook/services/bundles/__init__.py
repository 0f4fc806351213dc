"""Bundles: keys and correspondents, the annual package and sync bundles, transfer slips, receipts, and the
receiving side (subordinate unions' packages, duplicates across unions, the consolidated report)."""

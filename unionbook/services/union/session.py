"""Which database to open when the user did not say: UNIONBOOK_DB, else the last one used, else the default."""

from __future__ import annotations

import os
from pathlib import Path

from unionbook import paths


def resolve_db_path() -> Path:
    env = os.environ.get("UNIONBOOK_DB")
    if env:
        return Path(env)
    last = paths.last_db_path()
    if last is not None and last.exists():
        return last
    return paths.default_db_path()

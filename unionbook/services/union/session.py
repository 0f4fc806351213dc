"""Which database to open when the user did not say: UNIONBOOK_DB, else the last one used, else the default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from unionbook import paths

if TYPE_CHECKING:
    from unionbook.store import Database


def resolve_db_path() -> Path:
    env = os.environ.get("UNIONBOOK_DB")
    if env:
        return Path(env)
    last = paths.last_db_path()
    if last is not None and last.exists():
        return last
    return paths.default_db_path()


def remembered_operator() -> str:
    """Who works at this computer (said once in the window and remembered here, not in the union's file)."""
    return str(paths.load_app_settings().get("operator", "") or "").strip()


def remember_operator(name: str) -> None:
    settings = paths.load_app_settings()
    settings["operator"] = name.strip()
    paths.save_app_settings(settings)


def operator_for(db: Database) -> str:
    """The name written as 登记人: the one remembered on this computer, else the union's contact person, else
    nothing (a login name such as "root" or "Administrator" is not a person's name)."""
    from unionbook.services.union.profile_view import get_profile, has_profile

    name = remembered_operator()
    if not name and has_profile(db):
        name = get_profile(db).contact_person
    return name

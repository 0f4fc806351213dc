"""The annual package's cover sheet (forms/bundles/cover.toml): printed, signed by the union's head and the
person who filled it in, stamped, and sent with the package; the receiver checks the fingerprint on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from unionbook import paths
from unionbook.documents import FormData, load_template, render
from unionbook.services.union.profile import get_profile
from unionbook.store import Database


def render_cover(db: Database, out: Path, bundle: dict[str, Any]) -> Path:
    local = paths.data_dir() / "forms" / "bundles" / "cover.toml"
    tpl = load_template(local if local.is_file() else paths.forms_dir() / "bundles" / "cover.toml")
    profile = get_profile(db)
    union = {"name": profile.name, "uscc": profile.uscc, "contact_phone": profile.contact_phone}
    render(tpl, FormData(union=union, values={"bundle": bundle}), out)
    return out

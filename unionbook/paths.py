"""Where things are: the shipped resources/ and forms/ folders, the user's data folder, the last database.

resources/ and forms/ sit beside the package in a checkout (and an editable install); PyInstaller bundles put
them under sys._MEIPASS; a wheel installs them under <prefix>/share/unionbook.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import cast

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("UnionBook", appauthor=False)


def _candidates(name: str) -> list[Path]:
    here = Path(__file__).resolve().parent
    found = [here.parent / name]
    if hasattr(sys, "_MEIPASS"):
        found.insert(0, Path(sys._MEIPASS) / name)
    found.append(Path(sys.prefix) / "share" / "unionbook" / name)
    return found


@cache
def shipped_dir(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"找不到程序自带的“{name}”文件夹（查找了：{', '.join(map(str, _candidates(name)))}）")


def resources_dir() -> Path:
    return shipped_dir("resources")


def forms_dir() -> Path:
    return shipped_dir("forms")


def data_dir() -> Path:
    """The user's own folder for databases (overridable with UNIONBOOK_HOME, which tests use)."""
    home = os.environ.get("UNIONBOOK_HOME")
    return Path(home) if home else Path(_DIRS.user_data_dir)


def cache_dir() -> Path:
    """Where the program keeps what it can always make again (parsed fonts): `UNIONBOOK_HOME/cache` when set
    (tests), else the platform's cache folder."""
    home = os.environ.get("UNIONBOOK_HOME")
    return Path(home) / "cache" if home else Path(_DIRS.user_cache_dir)


def config_file() -> Path:
    home = os.environ.get("UNIONBOOK_HOME")
    return (Path(home) if home else Path(_DIRS.user_config_dir)) / "settings.json"


def default_db_path() -> Path:
    return data_dir() / "unionbook.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def load_app_settings() -> dict[str, object]:
    try:
        return cast(dict[str, object], json.loads(config_file().read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def save_app_settings(settings: dict[str, object]) -> None:
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def last_db_path() -> Path | None:
    value = load_app_settings().get("last_db")
    return Path(str(value)) if value else None


def remember_db_path(path: Path) -> None:
    settings = load_app_settings()
    settings["last_db"] = str(path)
    recent = [str(path)] + [p for p in cast(list[str], settings.get("recent", [])) if p != str(path)]
    settings["recent"] = recent[:8]
    save_app_settings(settings)


# ---- where the user asks a file to be written ----
# One rule for every command that writes where the user says (backup --to, export, form/paper --out): the folder
# must already exist. Creating a tree from a typo would scatter personal data in places nobody looks.


def check_output_folder(folder: Path) -> Path:
    """The folder the user named for output, which must exist and be a folder (ValidationError otherwise)."""
    from unionbook.errors import ValidationError

    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError(f"“{folder}”是一个文件，不是文件夹：请指定一个已有的文件夹。")
    if not folder.is_dir():
        raise ValidationError(f"文件夹不存在：{folder}。请先建立该文件夹，或指定一个已有的文件夹。")
    return folder


def check_new_output_file(path: Path) -> Path:
    """A file the user named for output that must not exist yet (a bundle, a key, a report is never overwritten)."""
    from unionbook.errors import ConflictError

    path = check_output_file(path)
    if path.exists():
        raise ConflictError(f"文件“{path}”已存在，未覆盖：请另选文件名。")
    return path


def check_output_file(path: Path) -> Path:
    """A file the user named for output: its folder must exist, and the path must not be a folder."""
    from unionbook.errors import ValidationError

    path = Path(path).expanduser()
    if path.is_dir():
        raise ValidationError(f"“{path}”是一个文件夹：请指定要写入的文件名。")
    check_output_folder(path.parent)
    return path

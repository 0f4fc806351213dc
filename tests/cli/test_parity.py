"""Every write the window can do, the command line can do (house rule; issue 8, CLI parity).

The GUI's writes are found in the source (tests/parity_walk.py): service functions that open a transaction,
called from unionbook/ui. The CLI's reach starts at the command modules of the area registry. A new GUI write
without a command fails here, naming the function. Run on the commit before the parity commands (2026-11-25),
it named the eleven writes issue 8 listed: finish_with_fewer_seats, undo_last_round, delete_election,
apply_election, start_term, add_attendees, add_guest, delete_meeting, delete_resolution, link_election,
update_meeting.
"""

from __future__ import annotations

from pathlib import Path

from parity_walk import gui_writes, gui_writes_without_cli

import unionbook
from unionbook.areas import cli_modules

PACKAGE = Path(unionbook.__file__).parent


def test_every_gui_write_has_a_cli_command() -> None:
    assert gui_writes_without_cli(PACKAGE, "unionbook", cli_modules()) == []


def test_the_gui_writes_found_are_the_real_ones() -> None:
    """The finder sees the writes issue 8 listed as GUI-only (else the check above would pass vacuously)."""
    found = set(gui_writes(PACKAGE, "unionbook"))
    assert {
        "unionbook.services.elections.terms:start_term", "unionbook.services.elections.terms:apply_election",
        "unionbook.services.meetings.records:update_meeting", "unionbook.services.meetings.records:delete_meeting",
        "unionbook.services.meetings.records:add_attendees", "unionbook.services.meetings.records:add_guest",
        "unionbook.services.meetings.records:check_in", "unionbook.services.meetings.records:link_election",
        "unionbook.services.meetings.records:delete_resolution", "unionbook.services.elections.setup:delete_election",
        "unionbook.services.elections.count:undo_last_round",
        "unionbook.services.elections.count:finish_with_fewer_seats",
        "unionbook.services.union.profile:save_profile", "unionbook.services.members.records:add_member",
    } <= found
    assert len(found) >= 25


def _fake_house(root: Path, *, cli_calls_it: bool) -> Path:
    pkg = root / "fakebook"
    for folder in ("services/shelf", "ui/shelf", "cli"):
        (pkg / folder).mkdir(parents=True)
        (pkg / folder / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "services/shelf/books.py").write_text(
        "def add_book(db, title):\n    with db.transaction() as s:\n        s.add(title)\n\n"
        "def lend(db, title):\n    add_book(db, title)\n\n"
        "def list_books(db):\n    with db.read() as s:\n        return s.all()\n", encoding="utf-8")
    (pkg / "ui/shelf/page.py").write_text(
        "from fakebook.services.shelf.books import lend, list_books\n\n"
        "class Page:\n    def clicked(self):\n        lend(self.db, 'x')\n        list_books(self.db)\n",
        encoding="utf-8")
    body = "    from fakebook.services.shelf import books\n    books.lend(db, args.title)\n" if cli_calls_it else \
        "    from fakebook.services.shelf.books import list_books\n    list_books(db)\n"
    (pkg / "cli/shelf.py").write_text(f"def cmd(db, args):\n{body}", encoding="utf-8")
    return pkg


def test_a_gui_write_without_a_command_fails_the_check(tmp_path: Path) -> None:
    pkg = _fake_house(tmp_path, cli_calls_it=False)
    # `lend` writes through add_book; the page calls it; the CLI only reads
    assert gui_writes(pkg, "fakebook") == ["fakebook.services.shelf.books:lend"]
    assert gui_writes_without_cli(pkg, "fakebook", ["fakebook.cli.shelf"]) == ["fakebook.services.shelf.books:lend"]


def test_a_command_calling_the_write_passes_the_check(tmp_path: Path) -> None:
    pkg = _fake_house(tmp_path, cli_calls_it=True)
    assert gui_writes_without_cli(pkg, "fakebook", ["fakebook.cli.shelf"]) == []


def test_dropping_a_command_module_from_the_registry_is_noticed() -> None:
    without_terms = [m for m in cli_modules() if m != "unionbook.cli.elections.terms"]
    assert gui_writes_without_cli(PACKAGE, "unionbook", without_terms) == [
        "unionbook.services.elections.terms:apply_election", "unionbook.services.elections.terms:start_term"]


def test_a_command_module_missing_from_the_registry_does_not_count(tmp_path: Path) -> None:
    pkg = _fake_house(tmp_path, cli_calls_it=True)
    assert gui_writes_without_cli(pkg, "fakebook", []) == ["fakebook.services.shelf.books:lend"]

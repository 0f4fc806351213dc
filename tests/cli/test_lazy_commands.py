"""The command line imports only the module(s) of the command it runs; the word → modules list must say
exactly which modules add to each word."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from unionbook.areas import cli_modules
from unionbook.cli import COMMAND_HELP, COMMAND_MODULES, build_parser


def _subcommands(p: argparse.ArgumentParser) -> set[str]:
    return {w for a in p._actions if isinstance(a, argparse._SubParsersAction) for w in a.choices}


def test_the_command_list_names_every_module_that_adds_to_a_word() -> None:
    """A module adds to a word when it registers it, or adds subcommands to it (imports adds to members)."""
    sub = argparse.ArgumentParser().add_subparsers()
    owners: dict[str, list[str]] = {}
    for name in cli_modules():
        before = {w: _subcommands(p) for w, p in sub.choices.items()}
        importlib.import_module(name).register(sub)
        for word, p in sub.choices.items():
            if word not in before or _subcommands(p) != before[word]:
                owners.setdefault(word, []).append(name)
    for word, modules in COMMAND_MODULES.items():
        assert tuple(owners[word]) == modules, word


def test_a_command_imports_only_its_modules() -> None:
    code = ("import sys; from unionbook.cli import build_parser; build_parser(['--json', 'stats']); "
            "print(sorted(m for m in sys.modules if m.startswith('unionbook.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['unionbook.cli.core']"
    assert "sqlalchemy" not in subprocess.run(
        [sys.executable, "-c", code.replace("print(sorted(m for m in sys.modules if m.startswith('unionbook.cli.')))",
                                            "print(sorted(sys.modules))")],
        capture_output=True, text=True, check=True).stdout


def test_help_and_unknown_words_still_see_every_command() -> None:
    words = set(build_parser(["--help"])._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert set(COMMAND_MODULES) <= words
    assert set(build_parser(["nonsense"])._subparsers._group_actions[0].choices) == words  # type: ignore[union-attr]


def test_top_level_help_is_the_full_parsers_help_without_importing_a_command_module() -> None:
    """`unionbook --help` lists the words from COMMAND_HELP: the same text the modules give, to the letter."""
    assert build_parser(["--help"]).format_help() == build_parser().format_help()
    assert build_parser(["--json"]).format_help() == build_parser().format_help()
    code = ("import sys; from unionbook.cli import build_parser; build_parser(['--help']).format_help(); "
            "print(sorted(m for m in sys.modules if m.startswith('unionbook.cli.') or m == 'sqlalchemy'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert [w for w, _ in COMMAND_HELP] == list(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]

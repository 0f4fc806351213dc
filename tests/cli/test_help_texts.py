"""Every command's and subcommand's --help prints (argparse %-formats help texts: a bare "0.5%）" crashed
`dues -h`, `funds -h` and `rules override -h` with a traceback)."""

from __future__ import annotations

import argparse

from unionbook.cli import build_parser


def _parsers(parser: argparse.ArgumentParser, path: str = "unionbook") -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(path, parser)]
    for action in parser._actions:  # argparse keeps its subparsers here only
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += _parsers(child, f"{path} {name}")
    return found


def test_every_help_text_prints() -> None:
    parsers = _parsers(build_parser())
    assert len(parsers) > 100  # every area's commands were registered
    broken = []
    for path, parser in parsers:
        try:
            parser.format_help()
        except (ValueError, TypeError, KeyError) as exc:
            broken.append(f"{path}: {exc}")
    assert broken == []

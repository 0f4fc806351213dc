"""`unionbook` and `python -m unionbook`: with no command the GUI opens, with one it runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from unionbook import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if cli.wants_gui(argv):
        from unionbook.ui.app import run_gui

        return run_gui(db_path=cli.db_from_args(argv))
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())

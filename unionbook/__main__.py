"""`unionbook` and `python -m unionbook`: with no command the GUI opens, with one it runs headless."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from unionbook import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if hasattr(os, "umask"):
        # everything UnionBook writes holds personal data (databases, their WAL, backups, PDFs with whole ID
        # numbers, exports): private to the user, whatever the shell's umask
        os.umask(0o077)
    if cli.wants_gui(argv):
        from unionbook.ui.app import run_gui

        return run_gui(db_path=cli.db_from_args(argv))
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())

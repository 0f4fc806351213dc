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


def _exit(code: int) -> None:
    """Leave without tearing the interpreter down: after a large command (an import plans 50,000 rows) freeing
    every object one by one takes a third of a second, and nothing is left to do: the command closed its
    database, and the streams are flushed here first."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away, or a stream is closed: nothing to flush into
        pass
    os._exit(code)


if __name__ == "__main__":
    from unionbook import cli as _cli

    if _cli.wants_gui(sys.argv[1:]):
        sys.exit(main())  # Qt's own teardown stays as it is
    _exit(main())

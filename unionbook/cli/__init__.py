"""The command line: `unionbook [--db PATH] [--json] COMMAND …`; with no command it opens the GUI.

A thin shell over services. Each command module registers its subcommands; a handler returns an `Output`
(the services' data, written as JSON with stable English keys by cli/jsonout.py, plus Chinese text) or raises a
`UnionBookError` (exit 1, nothing written). argparse usage errors exit 2.

The one rule for scripts (README, "Errors"): exit 0 → the result on stdout, stderr free of JSON; exit 1 or 2 →
stdout empty and one JSON error object `{"error", "message", …}` on stderr (with --json; a Chinese message
without). A handler that refuses with a report (`members import` with row errors) returns an Output whose data
is that error object and whose exit code is 1: it goes to stderr like every other refusal.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionbook import __version__
from unionbook.areas import cli_modules
from unionbook.errors import UnionBookError, os_reason

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


@dataclass
class Output:
    data: Any = field(default_factory=dict)  # services' dataclasses or plain dicts; cli/jsonout.py writes them
    text: str = ""
    exit_code: int = 0  # EXIT_REFUSED: `data` is an error object with a report (to stderr, like any refusal)
    rendered: str | None = None  # with --json, `data` already written as JSON (as `dump` writes it to stdout)


class _Reopen(Exception):
    """The light read path could not vouch for the file (damaged, or SQLite refused a read): the command runs
    again through `Database.open`, which says what is wrong in its own words."""


@dataclass
class Context:
    db_path: Path | None
    json: bool
    light: bool = True  # may `database(light=True)` use the light read path (cleared for the second run)

    @contextmanager
    def database(self, *, create: bool = False, read: bool = False, light: bool = False) -> Iterator[Any]:
        """`read`: the command only reads, so it runs beside an open window (no writer lock). `light`: the
        command reads only through `read_connection()` (store.reader.Readable), so it may run without
        SQLAlchemy on a sqlite3 connection (store/reader.py); nothing it computed is used unless SQLite's
        quick_check finds the file whole (a command that writes a file first calls `whole_before_writing`).
        A file the light path cannot take is opened with `Database.open` as `read` says."""
        from unionbook.services.union.session import resolve_db_path

        path = self.db_path or resolve_db_path()
        if light and self.light:
            import sqlite3

            from unionbook.store.reader import Reader

            reader = Reader.open(path)
            if reader is not None:
                try:
                    try:
                        yield reader
                    except (sqlite3.Error, UnionBookError) as exc:
                        if isinstance(exc, sqlite3.Error) or not reader.verified():
                            raise _Reopen() from exc
                        raise
                    if not reader.verified():
                        raise _Reopen()
                finally:
                    reader.close()
                return
        from unionbook.store import Database

        db = Database.open(path, create=create, purpose="cli", reader=read)
        if db.read_only:
            self.info(f"注意：{db.read_only_reason}")
        try:
            yield db
        finally:
            db.close()

    def whole_before_writing(self, db: Any) -> None:
        """Before a command on the light read path writes a file from what it read (a PDF), SQLite's
        quick_check must have found the database whole; if not, the command runs again through
        `Database.open`, which says what is wrong. Nothing to wait for on the full path."""
        verified = getattr(db, "verified", None)
        if verified is not None and not verified():
            raise _Reopen()

    def info(self, message: str) -> None:
        """Progress for people; goes to stderr so that stdout stays one JSON document."""
        if not self.json:
            print(message, file=sys.stderr, flush=True)


Handler = Callable[[Context, argparse.Namespace], Output]


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese usage errors and exit status 2."""

    json_errors = False  # set by main() from the arguments it parses (sys.argv is not them when called in-process)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # argparse's own words (usage:, options:, -h) in Chinese, like the rest of the human output
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示帮助并退出")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "用法：", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        message = _chinese_usage_error(message)
        if _Parser.json_errors:
            # stderr stays one JSON document, as for refusals
            print(json.dumps({"error": "usage", "message": f"用法错误：{message}"}, ensure_ascii=False), file=sys.stderr)
        else:
            self.print_usage(sys.stderr)
            print(f"用法错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


_USAGE_ERRORS = [
    (re.compile(r"^unrecognized arguments: (.*)$"), "无法识别的参数：{0}"),
    (re.compile(r"^the following arguments are required: (.*)$"), "缺少必需的参数：{0}"),
    (re.compile(r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$"), "参数 {0}：无效的选择 {1}（可选：{2}）"),
    (re.compile(r"^argument (.*?): expected one argument$"), "参数 {0}：需要一个值"),
    (re.compile(r"^argument (.*?): invalid (int|float) value: (.*)$"), "参数 {0}：{2} 不是有效的数字"),
    (re.compile(r"^argument (.*?): (.*)$"), "参数 {0}：{1}"),
]


MAX_COUNT = 1_000_000_000  # far beyond any roster, far within SQLite's 64-bit integers


def count_argument(value: str) -> int:
    """argparse type for a count (--limit, --offset): a whole number from 0 to MAX_COUNT, else a usage error."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”不是整数") from None
    if not 0 <= number <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"应为 0 到 {MAX_COUNT:,} 之间的整数，实际为 {value}")
    return number


def _chinese_usage_error(message: str) -> str:
    """argparse's English error sentences, said in Chinese (the option names stay as typed)."""
    for pattern, text in _USAGE_ERRORS:
        if m := pattern.match(message):
            return text.format(*m.groups())
    return message


# The command word → the command modules that add to it (unionbook/areas.py holds their dotted paths), so that
# a command imports only its own module(s). A word not listed here (a new area's) imports every module, which
# is correct, only slower; tests/cli/test_lazy_commands.py checks the list against what the modules register.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "members": ("unionbook.cli.members", "unionbook.cli.imports"),
    "stats": ("unionbook.cli.core",), "init": ("unionbook.cli.core",), "demo": ("unionbook.cli.core",),
    "backup": ("unionbook.cli.core",), "restore": ("unionbook.cli.core",),
    "form": ("unionbook.cli.forms",), "election": ("unionbook.cli.elections",),
    "meeting": ("unionbook.cli.meetings",), "rules": ("unionbook.cli.rules",),
}


# Every command word with its one-line help, in the order the modules register them: `unionbook --help` lists
# these without importing any command module (that cost ~0.4 s). tests/cli/test_lazy_commands.py checks that
# the list gives exactly the help the modules themselves give: a new command word is added here too.
COMMAND_HELP: tuple[tuple[str, str], ...] = (
    ("members", "会员名册"),
    ("election", "选举：设立、候选人、按规则计票、选举文书"),
    ("term", "任期：现任机构与任期、登记新一届任期、由选举结果登记任期"),
    ("meeting", "会议：登记、签到与法定人数、议程、表决、会议纪要"),
    ("home", "职工之家：评分表、自评、会员评家、等级、称号"),
    ("library", "职工书屋：图书登记、借还、逾期、盘点、注销、统计、条码标签"),
    ("dues", "会费：工资、交费、按单位记录代扣、欠费与自动退会提示"),
    ("funds", "工会经费：申报工资总额、应拨经费与分成、收到/返还/上缴、汇总、回单"),
    ("ledger", "收支账：记账、查账、预算、结账、收支明细账和年度收支情况表"),
    ("rules", "规则：查看现行规则（来源、是否待核实），选用省级规则集，覆盖某项规则"),
    ("init", "新建数据库并登记工会信息"),
    ("demo", "在空数据库中生成演示工会"),
    ("stats", "主要数字：职工、会员、女职工、农民工、入会率、组建率；给出期间时加上会员增减变动"),
    ("employer", "单位：职工人数、女职工、农民工、是否已建会"),
    ("backup", "立即备份数据库"),
    ("check", "完整检查数据库文件是否损坏（打开时只做快速检查）"),
    ("restore", "从备份文件恢复（先自动备份当前数据）"),
    ("union", "工会信息：查看、修改（职工人数等每年会变）"),
    ("keys", "本会密钥：指纹与公钥（交给上级工会或对方工会）"),
    ("upper", "上级工会"),
    ("subunits", "下级工会（接收其年度报告和同步包）"),
    ("bundle", "数据包：年度报告包、同步包的生成、查看、导入和回执"),
    ("transfer", "会籍接转单：转出、转入、回执"),
    ("report", "汇总报表"),
    ("form", "打印表单（PDF）：登记表、花名册、介绍信、签到表、会员证等"),
)


def _command_word(argv: list[str]) -> str | None:
    return next((a for a in _strip_db(argv) if not a.startswith("-")), None)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments, only the modules of the command they name are imported."""
    parser = _Parser(prog="unionbook", description="UnionBook 工会台账：不带命令时打开图形界面。")
    parser.add_argument("--db", type=Path, help="数据库文件（也可用环境变量 UNIONBOOK_DB 指定）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出（键名为英文，见 README）")
    parser.add_argument("--version", action="version", version=f"UnionBook {__version__}", help="显示版本并退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    word = None if argv is None or {"-h", "--help"} & set(argv[:1]) else _command_word(argv)
    if argv is not None and word is None:  # `--help`, `--version`, or no command: the list of words is enough
        for name, text in COMMAND_HELP:
            sub.add_parser(name, help=text)
        return parser
    wanted = COMMAND_MODULES.get(word or "")
    for name in cli_modules():  # each area's command modules, from unionbook/areas.py
        if wanted is None or name in wanted:
            importlib.import_module(name).register(sub)
    return parser


def _print(ctx: Context, out: Output) -> None:
    stream = sys.stdout if out.exit_code == EXIT_OK else sys.stderr
    if stream is sys.stderr and isinstance(out.data, dict) and "error" not in out.data:
        # a refusal is an error object whatever the handler wrote (README, "Errors")
        out.data = {"error": "error", "message": out.text, **out.data}
    if ctx.json and out.rendered is not None and stream is sys.stdout:
        stream.write(out.rendered + "\n")
    elif ctx.json:
        from unionbook.cli.jsonout import dump

        dump(out.data, stream, indent=None if stream is sys.stderr else 1)
    elif out.text:
        from unionbook.domain.text import printable

        print(printable(out.text), file=stream)  # no ESC sequence or bidi override from stored values reaches the terminal


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    _Parser.json_errors = "--json" in argv
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    db_path = args.db or (Path(os.environ["UNIONBOOK_DB"]) if os.environ.get("UNIONBOOK_DB") else None)
    ctx = Context(db_path=db_path, json=args.json)
    try:
        try:
            out = args.func(ctx, args)
        except _Reopen:
            ctx.light = False
            out = args.func(ctx, args)
    except UnionBookError as exc:
        if ctx.json:
            from unionbook.cli.jsonout import dumps

            print(dumps(exc), file=sys.stderr)
        else:
            print(f"错误：{exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:  # the system's own text is English on many systems: say it in Chinese
        where = f"“{exc.filename}”" if exc.filename else "文件"
        error = UnionBookError(f"无法访问{where}：{os_reason(exc)}")
        if ctx.json:
            from unionbook.cli.jsonout import dumps

            print(dumps(error), file=sys.stderr)
        else:
            print(f"错误：{error.message}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        message = "已取消，未写入任何数据。"
        print(json.dumps({"error": "cancelled", "message": message}, ensure_ascii=False) if ctx.json else message,
              file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:  # a script must still get one JSON document and exit 1
        code, message = _unexpected(exc)
        if ctx.json:
            print(json.dumps({"error": code, "message": message}, ensure_ascii=False), file=sys.stderr)
        else:
            print(f"错误：{message}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        _print(ctx, out)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader stopped early (`… | head`): the work is done; say nothing more (Python's own advice)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REFUSED
    return out.exit_code


def _unexpected(exc: Exception) -> tuple[str, str]:
    """An error no handler turned into a refusal: the disk being full or read-only is said as such."""
    import errno

    where = f"（{exc.filename}）" if isinstance(exc, OSError) and exc.filename else ""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "disk_full", f"磁盘已满{where}，本次操作未完成，未写入任何数据。请清理磁盘空间后重试。"
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return "read_only", f"磁盘为只读{where}（如写保护的U盘），无法写入，本次操作未完成。"
    return "unexpected", (f"发生意外错误（{type(exc).__name__}：{exc}）。每项操作都在事务中进行，"
                          "未完成的操作不会写入数据。")


def wants_gui(argv: list[str]) -> bool:
    """No command word (only --db PATH and the like): the user wants the window."""
    # --json means a script is asking: it gets the usage, not a window
    return not any(not a.startswith("-") for a in _strip_db(argv)) and not {
        "-h", "--help", "--version", "--json"} & set(argv)


def _strip_db(argv: list[str]) -> list[str]:
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        if a == "--db":
            skip = True
            continue
        if a.startswith("--db="):
            continue
        out.append(a)
    return out


def db_from_args(argv: list[str]) -> Path | None:
    for i, a in enumerate(argv):
        if a == "--db" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if a.startswith("--db="):
            return Path(a[5:])
    return Path(os.environ["UNIONBOOK_DB"]) if os.environ.get("UNIONBOOK_DB") else None

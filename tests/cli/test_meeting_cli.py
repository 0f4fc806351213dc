"""`meeting …` from the command line: every write the 会议 page can do, and the reading commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cli_support import Cli
from pypdf import PdfReader


def _meeting(cli: Cli) -> dict[str, Any]:
    return cli.ok("meeting", "add", "--title", "2026年会员大会", "--date", "2026-11-10", "--place", "职工之家",
                  "--host", "马晓燕", "--recorder", "李明")


def _newcomer(cli: Cli) -> dict[str, Any]:
    """A member registered after the meeting was set up: not on its list."""
    return cli.ok("members", "add", "--name", "张晓明", "--id-number", "11010519491231002X", "--date", "2026-11-05")[
        "member"]


def _members(m: dict[str, Any]) -> list[str]:
    return [str(a["member_id"]) for a in m["attendees"] if a["entitled"]]


def test_list_and_show(cli: Cli) -> None:
    assert cli.ok("meeting", "list") == {"meetings": []}
    m = _meeting(cli)
    listed = cli.ok("meeting", "list")["meetings"]
    assert [(x["id"], x["title"], x["entitled"], x["present"]) for x in listed] == [
        (m["id"], "2026年会员大会", m["quorum"]["entitled"], 0)]
    shown = cli.ok("meeting", "show", str(m["id"]))
    assert shown == m
    assert cli.refused("meeting", "show", "99")["error"] == "not_found"


def test_check_in_by_key_moves_the_quorum(cli: Cli) -> None:
    m = _meeting(cli)
    entitled = m["quorum"]["entitled"]
    need = m["quorum"]["required"]
    keys = _members(m)[:need]
    done = cli.ok("meeting", "check-in", str(m["id"]), *keys[:need - 1])
    assert len(done["checked_in"]) == need - 1 and done["mark"] == "present"
    assert (done["quorum"]["present"], done["quorum"]["met"]) == (need - 1, False)
    done = cli.ok("meeting", "check-in", str(m["id"]), keys[need - 1])
    assert (done["quorum"]["present"], done["quorum"]["met"], done["quorum"]["entitled"]) == (need, True, entitled)
    # someone not on the list is refused, and nothing of the command is written
    outsider = _newcomer(cli)
    err = cli.refused("meeting", "check-in", str(m["id"]), _members(m)[-1], str(outsider["id"]))
    assert err["error"] == "not_found" and outsider["name"] in err["message"]
    assert cli.ok("meeting", "show", str(m["id"]))["quorum"]["present"] == need


def test_leave_absent_and_everyone(cli: Cli) -> None:
    m = _meeting(cli)
    mid, keys = str(m["id"]), _members(m)
    cli.ok("meeting", "check-in", mid, keys[0], keys[1])
    leave = cli.ok("meeting", "check-in", mid, keys[2], "--leave")
    assert leave["mark"] == "leave" and leave["checked_in"] == [] and len(leave["marked"]) == 1
    absent = cli.ok("meeting", "check-in", mid, keys[0], "--absent")
    assert absent["quorum"]["present"] == 1
    everyone = cli.ok("meeting", "check-in", mid, "--all")
    # 全部到会 leaves the person on leave out, as the window does
    assert everyone["quorum"]["present"] == m["quorum"]["entitled"] - 1
    shown = cli.ok("meeting", "show", mid)
    assert shown["on_leave"] == 1
    assert [a["present"] for a in shown["attendees"] if a["on_leave"]] == [False]
    assert cli.refused("meeting", "check-in", mid)["error"] == "invalid"  # neither members nor --all
    assert cli.refused("meeting", "check-in", mid, keys[0], "--all")["error"] == "invalid"


def test_expect_guest_edit_and_delete(cli: Cli) -> None:
    m = _meeting(cli)
    mid = str(m["id"])
    newcomer = _newcomer(cli)
    sitting = cli.ok("meeting", "expect", mid, str(newcomer["id"]), "--sitting-in")
    assert sitting["quorum"]["entitled"] == m["quorum"]["entitled"]  # 列席: not counted
    assert [a["name"] for a in sitting["attendees"] if not a["entitled"]] == [newcomer["name"]]
    guest = cli.ok("meeting", "guest", mid, "王振华")
    assert {"member_id": None, "name": "王振华", "entitled": False, "present": True}.items() <= \
        guest["attendees"][-1].items()
    assert cli.refused("meeting", "guest", mid, "  ")["error"] == "invalid"
    edited = cli.ok("meeting", "edit", mid, "--place", "二楼会议室", "--time", "上午9时")
    assert (edited["place"], edited["time"], edited["title"], edited["host"]) == ("二楼会议室", "上午9时",
                                                                                  "2026年会员大会", "马晓燕")
    gone = cli.ok("meeting", "delete", mid)
    assert gone == {"id": m["id"], "title": "2026年会员大会", "deleted": True}
    assert cli.ok("meeting", "list") == {"meetings": []}
    assert cli.refused("meeting", "delete", mid)["error"] == "not_found"


def test_resolve_passes_by_all_entitled_and_can_be_deleted(cli: Cli) -> None:
    m = _meeting(cli)
    mid, keys = str(m["id"]), _members(m)
    assert cli.refused("meeting", "resolve", mid, "通过工作报告", "--for", "1")["error"] == "invalid"  # no quorum
    cli.ok("meeting", "check-in", mid, "--all")
    entitled = m["quorum"]["entitled"]
    half = entitled // 2
    failed = cli.ok("meeting", "resolve", mid, "通过工作报告", "--for", str(half), "--against", "1")
    assert failed["passed"] is (half > entitled / 2) and failed["entitled"] == entitled
    passed = cli.ok("meeting", "resolve", mid, "通过经费报告", "--for", str(half + 1))
    assert passed["passed"] and passed["required"] == entitled // 2 + 1 and passed["position"] == 2
    after = cli.ok("meeting", "delete-resolution", mid, str(failed["id"]))
    assert [(r["text"], r["position"]) for r in after["resolutions"]] == [("通过经费报告", 1)]
    assert cli.refused("meeting", "delete-resolution", mid, str(failed["id"]))["error"] == "not_found"
    assert keys  # the list the resolutions were counted on


def test_link_election_and_signin(cli: Cli, tmp_path: Path) -> None:
    m = _meeting(cli)
    mid = str(m["id"])
    e = cli.ok("election", "setup", "--title", "第五届委员会选举", "--date", "2026-11-10", "--seats", "3")
    linked = cli.ok("meeting", "link-election", mid, str(e["id"]))
    assert linked["elections"] == [{"id": e["id"], "title": "第五届委员会选举"}]
    assert cli.ok("election", "list")["elections"][0]["meeting_id"] == m["id"]
    assert cli.refused("meeting", "link-election", mid, "99")["error"] == "not_found"
    out = tmp_path / "signin.pdf"
    paper = cli.ok("meeting", "signin", mid, "--out", str(out))
    assert paper["path"] == str(out) and paper["pages"] == len(PdfReader(out).pages) >= 1
    text = PdfReader(out).pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert "签到" in text and m["attendees"][0]["name"] in text
    assert cli.refused("meeting", "signin", mid, "--out", str(tmp_path / "a.txt"))["error"] == "error"


def test_agenda_with_what_was_said(cli: Cli) -> None:
    m = _meeting(cli)
    mid = str(m["id"])
    done = cli.ok("meeting", "agenda", mid, "审议工作报告", "审议经费收支情况", "--records", "与会会员一致同意")
    assert done["agenda"] == [{"position": 1, "title": "审议工作报告", "record": "与会会员一致同意"},
                              {"position": 2, "title": "审议经费收支情况", "record": ""}]
    assert cli.refused("meeting", "agenda", mid, "一项", "--records", "甲", "乙")["error"] == "invalid"
    assert cli.ok("meeting", "show", mid)["agenda"] == done["agenda"]

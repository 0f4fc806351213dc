"""`election list|undo-round|finish-fewer|delete` and `union show|edit` from the command line."""

from __future__ import annotations

from typing import Any

from cli_support import Cli


def _women_election(cli: Cli) -> tuple[dict[str, Any], list[str]]:
    e = cli.ok("election", "setup", "--title", "女职委委员选举", "--body", "women", "--date", "2026-11-10",
               "--seats", "3")
    ids = [str(m["id"]) for m in cli.ok("members", "list", "--status", "active", "--sort", "id",
                                        "--limit", "4")["members"]]
    names = [c["name"] for c in cli.ok("election", "candidates", str(e["id"]), *ids)["candidates"]]
    return e, names


def _count_one_elected(cli: Cli, e: dict[str, Any], names: list[str]) -> dict[str, Any]:
    n = str(e["entitled"])
    return cli.ok("election", "count-round", str(e["id"]), "--present", n, "--issued", n, "--returned", n,
                  "--votes", f"{names[0]}={n}", *(f"{x}=1" for x in names[1:]))


def test_list(cli: Cli) -> None:
    assert cli.ok("election", "list") == {"elections": []}
    e, names = _women_election(cli)
    [listed] = cli.ok("election", "list")["elections"]
    assert (listed["id"], listed["title"], listed["body"], listed["seats"], listed["status"], listed["rounds"]) == (
        e["id"], "女职委委员选举", "women", 3, "setup", 0)
    assert [c["name"] for c in listed["candidates"]] == names


def test_undo_the_last_round(cli: Cli) -> None:
    e, names = _women_election(cli)
    assert cli.refused("election", "undo-round", str(e["id"]))["error"] == "conflict"  # nothing counted yet
    r = _count_one_elected(cli, e, names)
    assert r["result"]["elected"] == [names[0]] and r["result"]["next_step"] == "runoff"
    undone = cli.ok("election", "undo-round", str(e["id"]))
    assert undone["undone_round"] == 1 and undone["rounds"] == [] and undone["elected"] == []
    assert undone["election"]["status"] == "setup" and undone["next"]["number"] == 1
    assert cli.ok("election", "result", str(e["id"])) == {k: v for k, v in undone.items() if k != "undone_round"}


def test_finish_with_fewer_seats(cli: Cli) -> None:
    e, names = _women_election(cli)
    assert cli.refused("election", "finish-fewer", str(e["id"]), "--note", "大会同意")["error"] == "conflict"
    _count_one_elected(cli, e, names)
    assert cli.refused("election", "finish-fewer", str(e["id"]), "--note", " ")["error"] == "invalid"
    done = cli.ok("election", "finish-fewer", str(e["id"]), "--note", "经大会表决同意减少名额")
    assert done["finished"] and [x["name"] for x in done["elected"]] == [names[0]]
    assert done["election"]["status"] == "done" and "经大会表决同意减少名额" in done["election"]["notes"]
    assert any("减少名额" in s for s in done["summary"])


def test_delete(cli: Cli) -> None:
    e, names = _women_election(cli)
    _count_one_elected(cli, e, names)
    assert cli.ok("election", "delete", str(e["id"])) == {"id": e["id"], "title": "女职委委员选举", "deleted": True,
                                                          "rounds_deleted": 1}
    assert cli.ok("election", "list") == {"elections": []}
    assert cli.refused("election", "delete", str(e["id"]))["error"] == "not_found"


def test_union_show_and_edit(cli: Cli) -> None:
    shown = cli.ok("union", "show")
    assert shown["db"] == str(cli.db.resolve()) and shown["union"]["name"]
    union = shown["union"]
    edited = cli.ok("union", "edit", "--employees", str(union["employees"] + 5), "--contact-phone", "09516012300")
    assert edited["changed"] == ["职工人数", "联系电话"]
    assert edited["union"] == {**union, "employees": union["employees"] + 5, "contact_phone": "09516012300"}
    assert cli.ok("union", "edit", "--name", union["name"])["changed"] == []
    err = cli.refused("union", "edit", "--women-employees", str(union["employees"] + 100))
    assert err["error"] == "invalid" and err["problems"][0]["label"] == "职工人数"
    assert cli.ok("union", "show")["union"] == edited["union"]  # the refusal wrote nothing
    assert cli.ok("stats")["employees_profile"] == union["employees"] + 5

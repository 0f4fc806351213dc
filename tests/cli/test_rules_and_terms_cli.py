"""`rules clear|use|terms`, `term list|start|from-election` from the command line."""

from __future__ import annotations

from typing import Any

from cli_support import Cli


def _rule(cli: Cli, key: str) -> dict[str, Any]:
    rules = cli.ok("rules", "show", "--section", key.split(".")[0])["rules"]
    return next(r for r in rules if r["key"] == key)


def test_clear_gives_back_the_rule_sets_value(cli: Cli) -> None:
    base = _rule(cli, "election.threshold_base")
    assert base["override"] is None and base["origin"] != "override"
    over = cli.ok("rules", "override", "election.threshold_base", "cast", "--note", "依据某省实施办法第十条")
    assert over["value"] == "cast" and over["origin"] == "override"
    assert _rule(cli, "election.threshold_base")["value"] == "cast"
    cleared = cli.ok("rules", "clear", "election.threshold_base")
    assert cleared["value"] == base["value"] and cleared["override"] is None
    assert _rule(cli, "election.threshold_base") == base


def test_use_lists_and_chooses_a_rule_set(cli: Cli) -> None:
    sets = cli.ok("rules", "use")["rule_sets"]
    chosen = [s for s in sets if s["chosen"]]
    assert len(chosen) == 1 and chosen[0]["id"] == cli.ok("rules", "show")["rule_set"]
    assert cli.ok("rules", "use", chosen[0]["id"])["rule_sets"] == sets
    err = cli.refused("rules", "use", "no-such-rules")
    assert err["error"] in {"not_found", "rule_set"} and "no-such-rules" in err["message"]
    assert cli.ok("rules", "use")["rule_sets"] == sets


def _active(cli: Cli, n: int) -> list[str]:
    return [str(m["id"]) for m in cli.ok("members", "list", "--status", "active", "--sort", "id",
                                        "--limit", str(n))["members"]]


def test_term_start_list_and_the_old_name(cli: Cli) -> None:
    assert cli.ok("term", "list") == {"terms": [], "warnings": []}
    a, b, c = _active(cli, 3)
    t = cli.ok("term", "start", "--start", "2022-05-08", "--years", "5", "--number", "4",
               "--holders", f"chair={a}", f"vice_chair={b}", c)
    assert (t["body"], t["start_date"], t["end_date"], t["number"]) == ("committee", "2022-05-08", "2027-05-08", 4)
    assert [(h["member_id"], h["role"]) for h in t["holders"]] == [(int(a), "chair"), (int(b), "vice_chair"),
                                                                   (int(c), "member")]
    listed = cli.ok("term", "list")
    assert listed["terms"] == [t]
    assert cli.ok("rules", "terms") == listed  # the old name, kept for one release
    code, _, err = cli.run("rules", "terms", json_out=False)
    assert code == 0 and "term list" in err  # the old name says so (human output only: stderr stays clean in JSON)
    # a new term closes the sitting one on its first day; --all shows both
    t2 = cli.ok("term", "start", "--start", "2026-11-20", "--years", "5", "--holders", f"chair={b}")
    everyone = cli.ok("term", "list", "--all")["terms"]
    assert [x["id"] for x in everyone] == [t2["id"], t["id"]] and everyone[1]["closed_on"] == "2026-11-20"
    assert [x["id"] for x in cli.ok("term", "list")["terms"]] == [t2["id"]]


def test_term_start_refusals(cli: Cli) -> None:
    a, b = _active(cli, 2)
    err = cli.refused("term", "start", "--start", "2022-05-08", "--years", "6", "--holders", f"chair={a}")
    assert err["error"] == "invalid" and err["problems"][0]["field"] == "years"
    err = cli.refused("term", "start", "--start", "2022-05-08", "--years", "5", "--holders", f"chair={a}",
                      f"chair={b}")
    assert "只能有一名主席" in err["message"]
    assert cli.refused("term", "start", "--start", "2022-05-08", "--years", "5", "--holders", "chair=")[
        "error"] == "invalid"
    assert cli.ok("term", "list")["terms"] == []


def test_term_from_an_election_result(cli: Cli) -> None:
    e = cli.ok("election", "setup", "--title", "第五届委员会选举", "--date", "2026-11-10", "--seats", "3",
               "--term-years", "5")
    assert cli.refused("term", "from-election", str(e["id"]))["error"] == "invalid"  # not counted yet
    report = cli.ok("election", "candidates", str(e["id"]), *_active(cli, 4))
    names = [c["name"] for c in report["candidates"]]
    n = str(e["entitled"])
    cli.ok("election", "count-round", str(e["id"]), "--present", n, "--issued", n, "--returned", n,
           "--votes", *(f"{x}={int(n) - i if i < 3 else 1}" for i, x in enumerate(names)))
    t = cli.ok("term", "from-election", str(e["id"]))
    assert (t["election_id"], t["start_date"], t["years"]) == (e["id"], "2026-11-10", 5)
    assert [h["name"] for h in t["holders"]] == names[:3]
    assert cli.ok("term", "list")["terms"] == [t]

#!/usr/bin/env python3
"""save-fixtures.py BIN - regenerates tests/fixtures/saves: deliberately
broken saves, each made from a fresh save of a simulated tutorial game
(so that they embed the current scenario and catalogue), and EXPECTED,
one line per fixture: NAME<TAB>WHEN<TAB>TEXT, where WHEN is "always" (the
file is refused) or "verify" (refused only with verification) and TEXT a
part of the one error line. tools/regen-golden.sh runs it; tests/unit/
test_save.c and tests/cli/save.sh read EXPECTED."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "saves")


def dump(doc):
    """The save as mandate writes it, near enough: indented, UTF-8."""
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "./mandate"
    with tempfile.TemporaryDirectory() as tmp:
        base_path = os.path.join(tmp, "base.json")
        subprocess.run([binary, "simulate", "--scenario", "tutorial", "--games", "1",
                        "--seed", "3", "--save", base_path], check=True,
                       stdout=subprocess.DEVNULL)
        with open(base_path, encoding="utf-8") as f:
            text = f.read()
        lake_path = os.path.join(tmp, "lake.json")
        subprocess.run([binary, "simulate", "--games", "1", "--seed", "1", "--save",
                        lake_path], check=True, stdout=subprocess.DEVNULL)
        with open(lake_path, encoding="utf-8") as f:
            lake = json.load(f)
    base = json.loads(text)
    base["turns"] = base["turns"][:2]
    seats = [s["id"] for s in base["seats"]]
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.unlink(os.path.join(OUT, old))
    expected = []

    def put(name, content, when, part):
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(os.path.join(OUT, name), mode) as f:
            f.write(content)
        expected.append("%s\t%s\t%s" % (name, when, part))

    def variant(name, change, when, part):
        doc = json.loads(json.dumps(base))
        change(doc)
        put(name, dump(doc), when, part)

    full = dump(base)
    put("truncated.json", full[: len(full) * 3 // 5], "always",
        "syntax error: unexpected end of file")
    mid = len(full) // 2
    put("corrupted.json", (full[:mid] + "\x00\x13\x37" + full[mid + 3:]).encode(),
        "always", "syntax error: control character 0x00")
    at = full.index('"turns"')
    put("corrupted_brace.json", full[:at] + full[at + 1:], "always",
        "syntax error near")
    put("empty.json", "", "always", "empty file")
    put("version0.json", dump({"format": "mandate-save", "version": 0,
                               "scenario_id": "tutorial", "seed": "3", "turns": []}),
        "always", ": version: format version 0 is not supported; this is version 1")
    put("future_version.json", dump({"format": "mandate-save", "version": 2,
                                     "game_version": "9.0.0", "history": []}),
        "always", ": version: format version 2 is newer than this game reads")
    put("huge_version.json", '{"format": "mandate-save", "version": 1e300}\n',
        "always", ": version: expected a format version (1)")
    put("unknown_format.json", dump({"format": "mandate-save-ng", "version": 1}),
        "always", ": not a Mandate save")
    put("foreign.json", dump({"name": "left-pad", "version": "1.3.0",
                              "dependencies": {}}), "always", ": not a Mandate save")
    put("scenario_file.json", dump(base["scenario"]), "always",
        ': format: this is a "mandate-scenario" file, not a saved game')
    variant("other_scenario.json",
            lambda d: d.update(scenario_hash=lake["scenario_hash"]), "always",
            ": scenario_hash: %s does not match the embedded scenario"
            % lake["scenario_hash"])
    variant("wrong_scenario_id.json", lambda d: d.update(scenario_id="lakeland"),
            "always", ': scenario_id: "lakeland", but the embedded scenario is "tutorial"')
    variant("wrong_type_human.json", lambda d: d["seats"][1].update(human="yes"),
            "always", ": seats[1].human: expected true or false, got a string")
    variant("wrong_type_turns.json",
            lambda d: d.update(turns={"1": d["turns"][0]}), "always",
            ": turns: expected an array, got an object")

    def sigint(d):
        d["scenario"]["contingents"][1]["capabilities"]["sigint"] = "high"
    variant("wrong_type_embedded.json", sigint, "always",
            ": scenario.contingents[1].capabilities.sigint: expected an integer 0-5")

    def weights(d):
        d["personalities"][0]["weights"]["mandate"] = 1000
    variant("wrong_type_personality.json", weights, "always",
            ": personalities[0].weights.mandate: expected an integer 0-100")
    variant("huge_seed.json", lambda d: d.update(seed="184467440737095516160"),
            "always", ": seed: expected a whole number 0-18446744073709551615")
    variant("numeric_seed.json", lambda d: d.update(seed=3), "always",
            ": seed: expected a whole number 0-18446744073709551615 in a decimal "
            "string, got a number")
    variant("huge_turn.json", lambda d: d["turns"][0].update(turn=1e300), "always",
            ": turns[0].turn: expected an integer 1-16, got 1e+300")
    variant("wrong_turn_number.json", lambda d: d["turns"][0].update(turn=3),
            "always", ": turns[0].turn: expected turn 1, got 3")
    put("deep_nesting.json", "[" * 100000 + "]" * 100000, "always", "syntax error")
    deep = full.replace('"turns": [', '"turns": [' + "[" * 900 + "]" * 900 + ",", 1)
    put("deep_nesting_inside.json", deep, "always",
        ": turns[0]: expected an object, got an array")

    def twice(d):
        d["turns"][0]["orders"][seats[1]] = [
            {"order": "share_intelligence", "level": "broad"},
            {"order": "share_intelligence", "level": "none"}]
    variant("illegal_order.json", twice, "always",
            ": turns[0].orders.%s[1]: order refused: given twice" % seats[1])

    def early_answer(d):
        d["turns"][0]["orders"][seats[0]] = [
            {"order": "respond_inject", "inject": "lesson_radios", "choice": 1}]
    variant("illegal_for_turn.json", early_answer, "always",
            ": turns[0].orders.%s[0]: order refused: no such inject this turn"
            % seats[0])

    def nuke(d):
        d["turns"][0]["orders"][seats[2]] = [{"order": "nuke", "target": seats[0]}]
    variant("unknown_order.json", nuke, "always",
            ': turns[0].orders.%s[0].order: unknown order "nuke"' % seats[2])

    def atlantis(d):
        d["turns"][0]["orders"]["atlantis"] = []
    variant("unknown_seat.json", atlantis, "always",
            ': turns[0].orders: unknown key "atlantis"')

    def drift(d):
        c = d["turns"][1]["checksum"]
        d["turns"][1]["checksum"] = ("1" if c[0] != "1" else "2") + c[1:]
    variant("checksum_drift.json", drift, "verify",
            ": turns[1]: checksum drift at turn 2 (expected")
    variant("bad_checksum.json", lambda d: d["turns"][0].update(checksum="xyz"),
            "always", ": turns[0].checksum: expected 16 hex digits in a string")
    dup = full.replace('"seed":', '"seed": "4",\n  "seed":', 1)
    put("duplicate_key.json", dup, "always", ': duplicate key "seed"')
    variant("unknown_key.json", lambda d: d.update(cheats=True), "always",
            ': unknown key "cheats"')
    variant("missing_personality.json",
            lambda d: d["seats"][0].update(personality="ghost"), "always",
            ': seats[0].personality: no personality "ghost"')

    def pending_ai(d):
        d["pending"] = {"turn": 3, "orders": {seats[0]: []}}
    variant("pending_ai.json", pending_ai, "always",
            ': pending.orders: "%s" is not a human seat' % seats[0])

    # issue 9: C1 controls (U+0080-U+009F; U+009B is CSI) are refused like
    # C0, in the save's own texts and in the embedded files
    variant("c1_started_at.json",
            lambda d: d.update(started_at="2026-01-01T00:00:00Z\u009b2J"), "always",
            ": started_at: control character U+009B in one-line text")

    def c1_name(d):
        d["scenario"]["contingents"][0]["name"] = "Amber\u0085\u009b31m"
    variant("c1_embedded.json", c1_name, "always",
            ": scenario.contingents[0].name: control character U+0085 in one-line text")
    with open(os.path.join(OUT, "EXPECTED"), "w") as f:
        f.write("\n".join(expected) + "\n")


if __name__ == "__main__":
    main()

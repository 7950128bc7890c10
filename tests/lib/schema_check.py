#!/usr/bin/python3
"""schema_check.py REPO MANDATE - issue 15: the JSON Schemas of
assets/schema/ against a real validator (python3-jsonschema, draft
2020-12). Checks that each schema is a valid schema; that every shipped
scenario, catalogue and personality names its schema in "$schema" and
follows it; that the test fixtures follow it; and that the schema and
`mandate validate` agree on a set of broken files (each a valid file with
one thing broken that a schema can express): both refuse each, both accept
the valid ones. Prints TAP lines."""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("ok - # SKIP python3-jsonschema is not installed")
    sys.exit(0)

REPO, MANDATE = sys.argv[1], sys.argv[2]
ASSETS = os.path.join(REPO, "assets")
FAILS = 0


def tap(good, what, detail=""):
    global FAILS
    print("%s - %s" % ("ok" if good else "not ok", what))
    if not good:
        FAILS += 1
        for line in str(detail).splitlines()[:8]:
            print("#   " + line)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


SCHEMAS = {}
for kind in ("scenario", "orders", "personality"):
    path = os.path.join(ASSETS, "schema", kind + ".schema.json")
    schema = load(path)
    try:
        Draft202012Validator.check_schema(schema)
        tap(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema",
            "%s.schema.json is a valid draft 2020-12 schema" % kind)
    except Exception as e:  # the schema itself is broken
        tap(False, "%s.schema.json is a valid draft 2020-12 schema" % kind, e)
    SCHEMAS[kind] = Draft202012Validator(schema)


def errors(kind, doc):
    return sorted(SCHEMAS[kind].iter_errors(doc), key=lambda e: list(e.path))


def where(err):
    return "/".join(str(p) for p in err.path) + ": " + err.message[:150]


# --- the shipped files name their schema and follow it ----------------------
shipped = [(p, "scenario") for p in sorted(glob.glob(os.path.join(ASSETS, "scenarios", "*.json")))]
shipped += [(os.path.join(ASSETS, "orders.json"), "orders")]
shipped += [(p, "personality") for p in sorted(glob.glob(os.path.join(ASSETS, "ai", "*.json")))]
for path, kind in shipped:
    doc = load(path)
    rel = os.path.relpath(path, ASSETS)
    ref = doc.get("$schema")
    target = os.path.normpath(os.path.join(os.path.dirname(path), ref)) if isinstance(ref, str) else None
    tap(target == os.path.join(ASSETS, "schema", kind + ".schema.json"),
        "%s: \"$schema\" names %s.schema.json" % (rel, kind), "got %r" % ref)
    errs = errors(kind, doc)
    tap(not errs, "%s follows the schema" % rel, "\n".join(where(e) for e in errs))

# --- the valid fixtures follow it --------------------------------------------
for path in sorted(glob.glob(os.path.join(REPO, "tests", "fixtures", "*.json"))):
    errs = errors("scenario", load(path))
    tap(not errs, "fixture %s follows the scenario schema" % os.path.basename(path),
        "\n".join(where(e) for e in errs))

# --- broken files: the schema and mandate validate agree ---------------------


def minimal():
    return load(os.path.join(REPO, "tests", "fixtures", "minimal.json"))


def orders():
    return load(os.path.join(ASSETS, "orders.json"))


def personality():
    return load(os.path.join(ASSETS, "ai", "shadow_broker.json"))


def put(path, value):
    """A function setting doc[path...] = value (None as value deletes)."""
    def f(doc):
        d = doc
        for k in path[:-1]:
            d = d[k]
        if value is DELETE:
            del d[path[-1]]
        else:
            d[path[-1]] = copy.deepcopy(value)
        return doc
    return f


DELETE = object()
# (what, kind, base, change)
BROKEN = [
    ("scenario without turns", "scenario", minimal, put(["turns"], DELETE)),
    ("turns 0", "scenario", minimal, put(["turns"], 0)),
    ("turns 17", "scenario", minimal, put(["turns"], 17)),
    ("turns as a string", "scenario", minimal, put(["turns"], "8")),
    ("turns 3.5", "scenario", minimal, put(["turns"], 3.5)),
    ("an unknown key", "scenario", minimal, put(["turn"], 8)),
    ("format of another kind", "scenario", minimal, put(["format"], "mandate-orders")),
    ("version 2", "scenario", minimal, put(["version"], 2)),
    ("$schema not a string", "scenario", minimal, put(["$schema"], 5)),
    ("an id with capitals and a space", "scenario", minimal, put(["id"], "Lake Land")),
    ("an empty name", "scenario", minimal, put(["name"], "")),
    ("a name of 40 letters", "scenario", minimal, put(["name"], "N" * 40)),
    ("a tab in a one-line name", "scenario", minimal, put(["host"], "Test\tland")),
    ("a summary of 640 letters", "scenario", minimal, put(["summary"], "s" * 640)),
    ("one sector", "scenario", minimal, lambda d: (d["sectors"].pop(), d)[1]),
    ("stability 101", "scenario", minimal, put(["sectors", 0, "stability"], 101)),
    ("threat -1", "scenario", minimal, put(["sectors", 0, "threat"], -1)),
    ("an unknown feature", "scenario", minimal, put(["sectors", 0, "features"], ["harbour"])),
    ("a feature twice", "scenario", minimal, put(["sectors", 1, "features"], ["airport", "airport"])),
    ("a colour not offered", "scenario", minimal, put(["contingents", 0, "colour"], "pink")),
    ("a capability missing", "scenario", minimal, put(["contingents", 0, "capabilities", "cyber"], DELETE)),
    ("a capability of 6", "scenario", minimal, put(["contingents", 0, "capabilities", "sigint"], 6)),
    ("no action points", "scenario", minimal, put(["contingents", 0, "action_points"], 0)),
    ("deployed nowhere", "scenario", minimal, put(["contingents", 0, "deployed"], [])),
    ("no objectives", "scenario", minimal, put(["contingents", 0, "objectives"], [])),
    ("the reserved id all", "scenario", minimal, put(["contingents", 0, "id"], "all")),
    ("trust of 101", "scenario", minimal, put(["contingents", 0, "trust", "eastmark"], 101)),
    ("an objective of an unknown kind", "scenario", minimal, put(["contingents", 0, "objectives", 0, "kind"], "win")),
    ("objective points 101", "scenario", minimal, put(["contingents", 0, "objectives", 0, "points"], 101)),
    ("drift 21", "scenario", minimal, put(["mission", "drift"], 21)),
    ("a mandate threshold missing", "scenario", minimal, put(["mission", "mandate", "partial_avg"], DELETE)),
    ("an inject without text", "scenario", minimal, put(["injects", 0, "text"], DELETE)),
    ("a trigger of an unknown kind", "scenario", minimal, put(["injects", 0, "trigger", "kind"], "week")),
    ("a turn trigger without its turn", "scenario", minimal, put(["injects", 0, "trigger", "turn"], DELETE)),
    ("a condition without its value", "scenario", minimal, put(["injects", 2, "trigger", "value"], DELETE)),
    ("a sector on a trigger that takes none", "scenario", minimal,
     put(["injects", 2, "trigger", "sector"], "hills")),
    ("an effect of an unknown kind", "scenario", minimal, put(["injects", 0, "effects", 0, "kind"], "morale")),
    ("a threat effect of 11", "scenario", minimal,
     put(["injects", 1, "choices", 0, "effects", 0, "amount"], 11)),
    ("a sector on a pool effect", "scenario", minimal,
     put(["injects", 0, "effects", 0], {"kind": "pool", "amount": 3, "sector": "port"})),
    ("new objectives without a contingent", "scenario", minimal,
     put(["injects", 2, "effects", 0, "contingent"], DELETE)),
    ("four choices", "scenario", minimal,
     put(["injects", 1, "choices"], [{"label": "a"}, {"label": "b"}, {"label": "c"}, {"label": "d"}])),
    ("a choice without a label", "scenario", minimal, put(["injects", 1, "choices", 1, "label"], DELETE)),
    ("equipment without its supplier (issue 13)", "scenario", minimal,
     put(["injects", 1, "choices", 0, "effects", 0],
         {"kind": "equipment", "contingent": "westria", "amount": 10})),
    ("equipment whose backdoor is a string (issue 13)", "scenario", minimal,
     put(["injects", 1, "choices", 0, "effects", 0],
         {"kind": "equipment", "contingent": "westria", "supplier": "eastmark",
          "backdoor": "yes", "amount": 10})),
    ("equipment adding -5 security (issue 13)", "scenario", minimal,
     put(["injects", 1, "choices", 0, "effects", 0],
         {"kind": "equipment", "supplier": "eastmark", "amount": -5})),
    ("a sector on equipment (issue 13)", "scenario", minimal,
     put(["injects", 1, "choices", 0, "effects", 0],
         {"kind": "equipment", "supplier": "eastmark", "amount": 5, "sector": "port"})),
    ("seven effects", "scenario", minimal,
     put(["injects", 0, "effects"], [{"kind": "pool", "amount": 1}] * 7)),
    ("a rule missing", "orders", orders, put(["rules", "covert_base"], DELETE)),
    ("a rule out of range", "orders", orders, put(["rules", "covert_base"], 1001)),
    ("an unknown rule", "orders", orders, put(["rules", "luck"], 5)),
    ("an order missing", "orders", orders, put(["orders", "patrol"], DELETE)),
    ("an order costing 13", "orders", orders, put(["orders", "patrol", "cost"], 13)),
    ("an unknown capability", "orders", orders, put(["orders", "patrol", "capability"], "magic")),
    ("a covert order without precedent", "orders", orders, put(["orders", "observe", "precedent"], DELETE)),
    ("a lesson 9", "orders", orders, put(["orders", "patrol", "lessons"], [9])),
    ("risk 101", "personality", personality, put(["risk"], 101)),
    ("an unknown share level", "personality", personality, put(["share"], "all")),
    ("random as a string", "personality", personality, put(["random"], "yes")),
    ("a weight missing", "personality", personality, put(["weights", "security"], DELETE)),
    ("an unknown key in a personality", "personality", personality, put(["mood"], 3)),
]

work = tempfile.mkdtemp()
env = dict(os.environ, MANDATE_ASSETS=ASSETS)


def validate(doc, name):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    r = subprocess.run([MANDATE, "validate", path], capture_output=True, text=True, env=env,
                       timeout=60)
    return r.returncode, (r.stdout + r.stderr).strip()


def with_gift():
    """minimal, its inject's first choice a backdoored gift of radios."""
    doc = minimal()
    doc["injects"][1]["choices"][0]["effects"] = [
        {"kind": "equipment", "contingent": "westria", "supplier": "eastmark",
         "backdoor": True, "amount": 15}]
    return doc


for kind, base in (("scenario", minimal), ("scenario", with_gift), ("orders", orders),
                   ("personality", personality)):
    rc, out = validate(base(), "valid-%s.json" % kind)
    errs = errors(kind, base())
    tap(rc == 0 and not errs, "valid %s (%s): both accept it" % (kind, base.__name__),
        "mandate validate %d: %s\nschema: %s" % (rc, out, "; ".join(where(e) for e in errs)))

for i, (what, kind, base, change) in enumerate(BROKEN):
    doc = change(base())
    rc, out = validate(doc, "broken-%02d.json" % i)
    errs = errors(kind, doc)
    tap(rc == 1 and errs, "%s: the schema and mandate validate both refuse it" % what,
        "mandate validate %d: %s\nschema: %s" % (rc, out or "(nothing)",
                                                 "; ".join(where(e) for e in errs) or "accepts it"))

for f in glob.glob(os.path.join(work, "*")):
    os.remove(f)
os.rmdir(work)
sys.exit(1 if FAILS else 0)

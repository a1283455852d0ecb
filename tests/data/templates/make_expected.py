#!/usr/bin/env python3
"""Writes the expected outputs of the template tests, independently of the C++ (python3 make_expected.py).

Expansion as docs/templates.md describes it, written here from that description and from reading ValueRank's
generate_scenarios worker (cloud/workers/generate_scenarios.py, deterministic version): the same three `re`
passes in the same order, names "Dim_score" joined by " / ", the first dimension varying slowest. Option choice is
either every possibility (what upstream, which chooses at random, could produce) or the seeded SplitMix64 choice of
docs/templates.md ("Seeding").

  upstream_cases.json      cases from upstream's own tests, with their assertions copied verbatim
  upstream/expected.json   the upstream example definitions (upstream/*.yaml), as upstream's passes fill them
  worker_cases.json        valuerank-generate-scenarios inputs and their exact envelopes
"""
import itertools
import json
import os
import re

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


# --- the content format -------------------------------------------------------------------------------------------

def levels_of(dim):
    if dim.get("levels") is not None:
        return [{"score": l["score"], "label": l.get("label") or "", "options": l.get("options") or []} for l in dim["levels"]]
    return [{"score": i + 1, "label": v, "options": [v]} for i, v in enumerate(dim.get("values") or [])]


def texts(level):
    return level["options"] if level["options"] else [level["label"]]


# --- the three passes -------------------------------------------------------------------------------------------

def fill(template, dims, combo, choose):
    """dims: [(name, levels)], combo: one level per dimension, choose(level) -> text."""
    def level_for(levels, digits):
        return next(l for l in levels if l["score"] == int(digits))

    result = template
    for name, levels in dims:  # scale lines: "N - ... [Name]" at the start of a line
        pattern = re.compile(r"(^|\n)\s*(\d+)(\s*[-.)]\s*.*?)\[(" + re.escape(name) + r")\]", re.IGNORECASE)
        result = pattern.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + choose(level_for(levels, m.group(2))), result)
    for name, levels in dims:  # [Name_ScoreN]
        pattern = re.compile(r"\[" + re.escape(name) + r"_Score(\d+)\]", re.IGNORECASE)
        result = pattern.sub(lambda m: choose(level_for(levels, m.group(1))), result)
    for (name, _), level in zip(dims, combo):  # [Name]: one choice for every occurrence
        option = choose(level)
        result = re.compile(r"\[" + re.escape(name) + r"\]", re.IGNORECASE).sub(lambda m: option, result)
    return result


def combinations(content):
    dims = [(d["name"], levels_of(d)) for d in content.get("dimensions") or []]
    for combo in itertools.product(*[levels for _, levels in dims]):
        name = " / ".join("%s_%d" % (n, l["score"]) for (n, _), l in zip(dims, combo))
        yield dims, combo, name, {n: l["score"] for (n, _), l in zip(dims, combo)}


def preamble_of(content):
    p = content.get("preamble")
    return None if not p or not p.strip() else p


# --- every text upstream could produce (it chooses with random.choice) ----------------------------------------------

def possible_texts(template, dims, combo):
    found, scripts = set(), [[]]
    while scripts:
        script = scripts.pop()
        taken = []

        def choose(level):
            options = texts(level)
            i = script[len(taken)] if len(taken) < len(script) else 0
            if len(taken) >= len(script) and len(options) > 1:
                for alternative in range(1, len(options)):
                    scripts.append(script + [0] * (len(taken) - len(script)) + [alternative])
            taken.append(i)
            return options[i]

        found.add(fill(template, dims, combo, choose))
    return sorted(found)


# --- the seeded choice of docs/templates.md -----------------------------------------------------------------------

def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & MASK
    return h


class SplitMix64:
    def __init__(self, state):
        self.state = state & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def combination_key(scores):
    pairs = sorted(([n, s] for n, s in scores.items()), key=lambda p: p[0].encode("utf-8"))
    return json.dumps(pairs, separators=(",", ":"), ensure_ascii=False)


def seeded_scenarios(content, seed):
    out = []
    for dims, combo, name, scores in combinations(content):
        rng = SplitMix64(seed ^ fnv1a64(combination_key(scores).encode("utf-8")))

        def choose(level):
            options = texts(level)
            return options[0] if len(options) == 1 else options[(rng.next() * len(options)) >> 64]

        out.append({"name": name, "content": {"preamble": preamble_of(content), "prompt": fill(content["template"], dims, combo, choose),
                                              "dimensions": scores}})
    return out


# --- upstream's own tests -------------------------------------------------------------------------------------------

FREEDOM = [{"name": "Freedom", "levels": [{"score": 1, "label": "Restricted", "options": ["chains"]},
                                          {"score": 5, "label": "Free", "options": ["wings"]}]}]
PY_TESTS = "cloud/workers/tests/test_generate_scenarios.py @ 19f2e080cff7bacf605661de104b87c44dadfce4"
TS_TESTS = "cloud/apps/api/tests/services/scenario/expand-code.test.ts (expandScenariosWithCode)"

# Each: the content, then upstream's assertions verbatim: name -> list of [kind, value]
UPSTREAM_CASES = [
    {"source": PY_TESTS + " :: TestFillTemplate.test_context_aware_substitution",
     "content": {"template": "\n        Situation: [Freedom].\n        Scale:\n        1 - [Freedom]\n        5 - [Freedom]\n        ",
                 "dimensions": FREEDOM},
     "assertions": {"Freedom_1": [["contains", "Situation: chains."], ["contains", "1 - chains"], ["contains", "5 - wings"]]}},
    {"source": PY_TESTS + " :: TestFillTemplate.test_explicit_score_substitution",
     "content": {"template": "Output: [Freedom_Score5]", "dimensions": FREEDOM},
     "assertions": {"Freedom_1": [["contains", "Output: wings"]]}},
    {"source": PY_TESTS + " :: TestFillTemplate.test_standard_substitution",
     "content": {"template": "Result: [Freedom]", "dimensions": FREEDOM},
     "assertions": {"Freedom_5": [["contains", "Result: wings"]]}},
    {"source": PY_TESTS + " :: TestFillTemplate.test_regex_edge_cases (case insensitive)",
     "content": {"template": "5 - [freedom]", "dimensions": FREEDOM},
     "assertions": {"Freedom_1": [["contains", "5 - wings"]]}},
    {"source": PY_TESTS + " :: TestFillTemplate.test_regex_edge_cases (parenthesis separator)",
     "content": {"template": "5) [Freedom]", "dimensions": FREEDOM},
     "assertions": {"Freedom_1": [["contains", "5) wings"]]}},
    {"source": PY_TESTS + " :: TestFillTemplate.test_regex_edge_cases (text before the number: no scale line; upstream's assertion is commented out)",
     "content": {"template": "Score 5 - [Freedom]", "dimensions": FREEDOM},
     "assertions": {}},
    {"source": PY_TESTS + " :: TestRunGeneration.test_cartesian_product",
     "content": {"template": "[D1] [D2]", "dimensions": [
         {"name": "D1", "levels": [{"score": 1, "label": "a"}, {"score": 2, "label": "b"}]},
         {"name": "D2", "levels": [{"score": 1, "label": "x"}, {"score": 2, "label": "y"}]}]},
     "count": 4,
     "assertions": {"D1_1 / D2_1": [], "D1_1 / D2_2": [], "D1_2 / D2_1": [], "D1_2 / D2_2": []}},
    {"source": TS_TESTS + " :: generates all combinations for single dimension",
     "content": {"template": "The stakes are [Stakes].", "dimensions": [
         {"name": "Stakes", "levels": [{"score": 1, "label": "low"}, {"score": 2, "label": "medium"}, {"score": 3, "label": "high"}]}]},
     "count": 3,
     "assertions": {"Stakes_1": [["prompt", "The stakes are low."], ["dimensions", {"Stakes": 1}]],
                    "Stakes_2": [["prompt", "The stakes are medium."], ["dimensions", {"Stakes": 2}]],
                    "Stakes_3": [["prompt", "The stakes are high."], ["dimensions", {"Stakes": 3}]]},
     "order": ["Stakes_1", "Stakes_2", "Stakes_3"]},
    {"source": TS_TESTS + " :: generates cartesian product for multiple dimensions",
     "content": {"template": "A [Stakes] situation with [Certainty] outcome.", "dimensions": [
         {"name": "Stakes", "levels": [{"score": 1, "label": "minor"}, {"score": 2, "label": "major"}]},
         {"name": "Certainty", "levels": [{"score": 1, "label": "uncertain"}, {"score": 2, "label": "certain"}]}]},
     "count": 4,
     "assertions": {"Stakes_1 / Certainty_1": [], "Stakes_1 / Certainty_2": [], "Stakes_2 / Certainty_2": [],
                    "Stakes_2 / Certainty_1": [["prompt", "A major situation with uncertain outcome."], ["dimensions", {"Stakes": 2, "Certainty": 1}]]}},
    {"source": TS_TESTS + " :: handles three dimensions correctly",
     "content": {"template": "[A] [B] [C]", "dimensions": [
         {"name": "A", "levels": [{"score": 1, "label": "a1"}, {"score": 2, "label": "a2"}]},
         {"name": "B", "levels": [{"score": 1, "label": "b1"}, {"score": 2, "label": "b2"}, {"score": 3, "label": "b3"}]},
         {"name": "C", "levels": [{"score": 1, "label": "c1"}, {"score": 2, "label": "c2"}]}]},
     "count": 12, "assertions": {}},
    {"source": TS_TESTS + " :: uses options array when available for variety",
     "content": {"template": "The risk is [Risk].", "dimensions": [
         {"name": "Risk", "levels": [{"score": 1, "label": "low", "options": ["minimal", "low", "slight"]},
                                     {"score": 2, "label": "high", "options": ["significant", "high", "major"]}]}]},
     "count": 2,
     "assertions": {"Risk_1": [["containsOneOf", ["minimal", "low", "slight"]]]}},
    {"source": TS_TESTS + " :: preserves preamble when provided (with a dimension: ours needs a placeholder-free template to have one)",
     "content": {"template": "Test [X]", "preamble": "Important context here", "dimensions": [{"name": "X", "levels": [{"score": 1, "label": "x"}]}]},
     "assertions": {"X_1": [["preamble", "Important context here"]]}},
    {"source": TS_TESTS + " :: normalizes empty preamble to undefined",
     "content": {"template": "Test [X]", "preamble": "   ", "dimensions": [{"name": "X", "levels": [{"score": 1, "label": "x"}]}]},
     "assertions": {"X_1": [["preamble", None]]}},
    {"source": TS_TESTS + " :: handles multiple placeholders in template",
     "content": {"template": "In this [Severity] situation, [Severity] consequences await.", "dimensions": [
         {"name": "Severity", "levels": [{"score": 1, "label": "minor"}, {"score": 2, "label": "serious"}]}]},
     "assertions": {"Severity_1": [["prompt", "In this minor situation, minor consequences await."]],
                    "Severity_2": [["prompt", "In this serious situation, serious consequences await."]]},
     "order": ["Severity_1", "Severity_2"]},
    {"source": TS_TESTS + " :: leaves unmatched placeholders unchanged",
     "content": {"template": "A [Stakes] situation with [UnknownDimension] aspects.", "dimensions": [
         {"name": "Stakes", "levels": [{"score": 1, "label": "low"}]}]},
     "assertions": {"Stakes_1": [["prompt", "A low situation with [UnknownDimension] aspects."]]},
     "ourError": "unknown placeholder [UnknownDimension] (line 1): the dimensions are Stakes; a placeholder is [Name] or [Name_ScoreN]"},
    {"source": TS_TESTS + " :: handles case-insensitive placeholder matching",
     "content": {"template": "The [stakes] are high and [STAKES] matter.", "dimensions": [
         {"name": "Stakes", "levels": [{"score": 1, "label": "financial"}]}]},
     "assertions": {"Stakes_1": [["prompt", "The financial are high and financial matter."]]}},
    {"source": TS_TESTS + " :: supports legacy values format (without levels)",
     "content": {"template": "The [Type] option.", "dimensions": [{"name": "Type", "values": ["first", "second", "third"]}]},
     "count": 3,
     "assertions": {"Type_1": [["prompt", "The first option."], ["dimensions", {"Type": 1}]],
                    "Type_2": [["prompt", "The second option."], ["dimensions", {"Type": 2}]]},
     "order": ["Type_1", "Type_2", "Type_3"]},
]


def check_assertions(case, scenarios):
    by_name = {s["name"]: s for s in scenarios}
    if "count" in case:
        assert len(scenarios) == case["count"], case["source"]
    if "order" in case:
        assert [s["name"] for s in scenarios] == case["order"], case["source"]
    for name, checks in case["assertions"].items():
        s = by_name[name]
        for kind, value in checks:
            prompts = s["prompts"]
            ok = {"contains": lambda: all(value in p for p in prompts),
                  "prompt": lambda: prompts == [value],
                  "containsOneOf": lambda: all(any(v in p for v in value) for p in prompts),
                  "dimensions": lambda: s["dimensions"] == value,
                  "preamble": lambda: s["preamble"] == value}[kind]()
            assert ok, (case["source"], name, kind, value, prompts)


def expanded(content):
    return [{"name": name, "dimensions": scores, "preamble": preamble_of(content),
             "prompts": possible_texts(content["template"], dims, combo)}
            for dims, combo, name, scores in combinations(content)]


def write(path, document):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    cases = []
    for case in UPSTREAM_CASES:
        scenarios = expanded(case["content"])
        check_assertions(case, scenarios)  # what is derived here agrees with what upstream's tests assert
        cases.append(dict(case, scenarios=scenarios))
    write("upstream_cases.json", cases)

    examples = {}
    for name in sorted(f for f in os.listdir(os.path.join(HERE, "upstream")) if f.endswith(".yaml")):
        with open(os.path.join(HERE, "upstream", name), encoding="utf-8") as f:
            document = yaml.safe_load(f)
        examples[name] = {"scenarios": expanded(document["content"])}
    # What we say instead (docs/templates.md, "Errors"); upstream leaves these placeholders in the texts.
    examples["exp-test.yaml"]["ourError"] = ("unknown placeholders [environment] (lines 1, 3), [building] (lines 3, 6, 7, 8, 9, 10): the dimensions are "
                                             "Animal_Rights, Economics; a placeholder is [Name] or [Name_ScoreN]")
    examples["second-test-scenario.yaml"]["ourError"] = ("unknown placeholder [building] (lines 3, 6, 7, 8, 9, 10): the dimensions are "
                                                         "Environment, Equal_Outcomes; a placeholder is [Name] or [Name_ScoreN]")
    examples["trans-athlete.yaml"]["ourError"] = ("unknown placeholders [FairProcess] (line 5), [HarmonyGroup] (line 7): the dimensions are "
                                                  "FreedomBelief; a placeholder is [Name] or [Name_ScoreN]")
    write("upstream/expected.json", examples)

    worker_cases = []
    for name, request, warnings in WORKER_INPUTS:
        content = request["content"]
        worker_cases.append({"name": name, "input": request, "expected": {
            "success": True, "scenarios": seeded_scenarios(content, request.get("seed", 0)),
            "metadata": {"inputTokens": 0, "outputTokens": 0, "modelVersion": "deterministic", "seed": request.get("seed", 0),
                         "warnings": warnings},
            "debug": {"rawResponse": None, "extractedYaml": None, "parseError": None}}})
    write("worker_cases.json", worker_cases)


STUDY = {
    "preamble": "Answer as yourself.",
    "template": ("A town council must decide on [Project] near a [Habitat].\n"
                 "The cost to the town would be [Cost].\n\n"
                 "How much do you support it?\n"
                 "5 - strongly, even at [Cost_Score5]\n"
                 "1 - not at all\n"
                 "Compare with:\n"
                 "  1) [Habitat]\n"
                 "Worst case: [habitat_score3]."),
    "dimensions": [
        {"name": "Habitat", "levels": [{"score": 1, "label": "lawn", "options": ["mowed lawn", "parking strip"]},
                                       {"score": 2, "label": "meadow"},
                                       {"score": 3, "label": "wetland", "options": ["wetland", "salt marsh", "bog"]}]},
        {"name": "Cost", "levels": [{"score": 1, "label": "trivial", "options": ["a few dollars"]},
                                    {"score": 5, "label": "ruinous", "options": ["the whole budget", "a decade of taxes"]}]},
        {"name": "Project", "values": ["a playground", "a road"]},
    ],
}

UNUSED = {"template": "The same text for [A].", "dimensions": [{"name": "A", "levels": [{"score": 1, "label": "all"}]},
                                                       {"name": "B", "levels": [{"score": 1, "label": "one"}, {"score": 2, "label": "two"}]}]}

WORKER_INPUTS = [  # (name, input, metadata.warnings)
    ("upstream test_cartesian_product", {"definitionId": "test", "content": UPSTREAM_CASES[6]["content"]}, []),
    ("upstream legacy values", {"definitionId": "legacy", "content": UPSTREAM_CASES[-1]["content"]}, []),
    ("no dimensions: one scenario named \"\" (upstream test_validate_input's passing input)", {"definitionId": "ok", "content": {"template": "t"}}, []),
    ("several options, seed 0", {"definitionId": "study", "content": STUDY}, []),
    ("several options, seed 7", {"definitionId": "study", "content": STUDY, "seed": 7}, []),
    ("several options, seed 2^64 - 1", {"definitionId": "study", "content": STUDY, "seed": 18446744073709551615}, []),
    ("a dimension the text never names", {"definitionId": 42, "content": UNUSED},
     ["\"B\" does not appear in the template: its 2 levels multiply the scenarios without changing their texts"]),
]


if __name__ == "__main__":
    main()

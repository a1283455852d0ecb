#!/usr/bin/env python3
"""Seeds each fuzzer's corpus with real inputs: the golden cases' stdin, the labelled answers, the demo scenarios."""
import json, os, sys

data, out = sys.argv[1], sys.argv[2]
def put(target, name, text):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed-" + name), "w", encoding="utf-8") as f:
        f.write(text)

for worker, target in [("analyze_basic", "fuzz_analyze_input"), ("probe", "fuzz_probe_input"), ("summarize", "fuzz_summarize_input")]:
    for i, case in enumerate(json.load(open(os.path.join(data, "golden", worker + ".json")))):
        put(target, f"{i}", case["stdin"])
        put("fuzz_worker_envelope", f"{worker}-{i}", case["stdin"])
        for j, r in enumerate(case.get("responses", [])):
            if "json" in r:
                put("fuzz_sse_parser", f"{worker}-{i}-{j}", "\x03data: " + json.dumps(r["json"]) + "\n\n")
for i, case in enumerate(json.load(open(os.path.join(data, "decisions", "decisions.json")))):
    put("fuzz_summarize_input", f"answer-{i}", "\0".join(t.get("targetResponse", "") for t in case["transcriptContent"]["turns"]))
put("fuzz_sse_parser", "anthropic", "\x05event: message_start\ndata: {\"type\": \"message_start\", \"message\": {\"model\": \"m\"}}\n\n"
    "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"Hi\"}}\n\ndata: {\"type\": \"message_stop\"}\n\n")
put("fuzz_scenario_import", "json", json.dumps({"scenarios": [{"name": "A", "prompt": "B?", "followups": [{"label": "l", "prompt": "p"}],
                                                               "dimensions": {"s": 1}, "tags": ["t"]}]}))
put("fuzz_scenario_import", "yaml", "preamble: p\nscenarios:\n  s1:\n    subject: A\n    body: B?\n    category: c\n    severity: 3\n")

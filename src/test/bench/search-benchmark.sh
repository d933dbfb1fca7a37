#!/usr/bin/env bash
# Search latency over HTTP per mode, against a running service: 20 queries of every class (rare and common words,
# several words, phrases, reference IDs, names) and 6 described in the reader's own words, one request at a time.
# Every request carries a parameter the service ignores, so none is answered from the answer cache. For each query:
# its first request (index pages and JIT not yet warm for it), then N more (p50, p95).
#   src/test/bench/search-benchmark.sh [BASE_URL] [N]   (default http://localhost:8080, 20)
# MODES: the modes to measure (default "keyword hybrid semantic").
set -euo pipefail
python3 - "${1:-http://localhost:8080}" "${2:-20}" "${MODES:-keyword hybrid semantic}" <<'PY'
import json, statistics, sys, time, urllib.parse, urllib.request
base, n, modes = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()
queries = ["heroin", "nuclear", "election", "oil", "Gazprom", "corruption", "Taliban", "visa", "refugees", "sanctions",
           '"human rights"', "missile defense", "Kazakhstan", "Chavez", "ASTANA 2380", "wheat", "opium", "Qadhafi",
           "F-16", "bank",
           "the ruler's health and who succeeds him", "how do officials smuggle drugs across the border",
           "which countries refuse to take back detainees", "what the embassy thinks of the new prime minister",
           "pressure on journalists who criticise the government", "a weapons plant converted to make medicine"]
serial = int(time.time())
def get(path):
    global serial
    serial += 1
    t = time.perf_counter()
    body = urllib.request.urlopen(f"{base}{path}&bench={serial}").read()
    return (time.perf_counter() - t) * 1000, body
for mode in modes:
    print(f"mode={mode} (q, limit=20, relevance; first request, then {n}):")
    p95s, firsts, every = [], [], []
    for q in queries:
        path = f"/api/v1/cables?limit=20&mode={mode}&q=" + urllib.parse.quote(q)
        first, body = get(path)
        times = sorted(get(path)[0] for _ in range(n))
        p50, p95 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]
        p95s.append(p95)
        firsts.append(first)
        every += [first] + times
        print(f"  {q:52s} first {first:6.1f}  p50 {p50:6.1f}  p95 {p95:6.1f} ms  hits {len(json.loads(body)['items'])}")
    print(f"  mode={mode}: worst p95 {max(p95s):.1f} ms, median p95 {statistics.median(p95s):.1f} ms; "
          f"first requests {min(firsts):.0f}-{max(firsts):.0f} ms, median {statistics.median(firsts):.0f} ms")
    every.sort()
    pick = lambda f: every[min(len(every) - 1, int(len(every) * f))]
    print(f"  mode={mode}: all {len(every)} requests (first ones included): p50 {pick(0.5):.1f}, p95 {pick(0.95):.1f}, "
          f"p99 {pick(0.99):.1f} ms")
PY

#!/usr/bin/env bash
# Crash test: `desk relay` on 20,000 generated group messages, killed with SIGKILL at random moments at least
# ten times, then run to the end. Every message must be accounted for exactly once, the effects must equal a
# clean run's, and PRAGMA integrity_check must say ok.
#   scripts/fault-crash.sh [path/to/desk] [messages] [kills]
set -euo pipefail
cd "$(dirname "$0")/.."
desk=${1:-.build/debug/desk}
count=${2:-20000}
kills=${3:-10}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$count" > "$dir/messages.jsonl" <<'PY'
import json, random, sys
from datetime import datetime, timedelta, timezone
random.seed(2026)
# Message times must lie within the desk's window (a year back, a day ahead): stamp them an hour ago.
stamp = (datetime.now(timezone(timedelta(hours=8))) - timedelta(hours=1)).isoformat(timespec="seconds")
chatter = ["收到", "早上好", "👍", "[图片]", "谢谢大家", "好的"]
for i in range(int(sys.argv[1])):
    b, u = random.randint(1, 12), random.randint(1, 2)
    r = random.random()
    text = (random.choice(chatter) if r < 0.5 else f"{b}栋{u}单元电梯坏了" if r < 0.7 else "家里厨房漏水了" if r < 0.8
            else "社保卡丢了怎么补办" if r < 0.9 else f"{b}栋{u}单元楼道灯不亮")
    print(json.dumps({"id": f"c{i}", "group": "水印桃源1群", "sender": f"{b}-{u}-{random.randint(1,6)}01 住户{i % 300}",
                      "time": stamp, "text": text}, ensure_ascii=False))
PY
echo "clean run of $count messages…"
"$desk" relay --db "$dir/clean.sqlite" "$dir/messages.jsonl" --summary > /dev/null
done_kills=0
while [ "$done_kills" -lt "$kills" ]; do
    "$desk" relay --db "$dir/crash.sqlite" "$dir/messages.jsonl" --summary > /dev/null 2>&1 &
    pid=$!
    sleep "0.$(( RANDOM % 9 + 1 ))"
    if kill -9 "$pid" 2>/dev/null; then done_kills=$((done_kills + 1)); fi
    wait "$pid" 2>/dev/null || true
done
"$desk" relay --db "$dir/crash.sqlite" "$dir/messages.jsonl" --summary > /dev/null
fail=0
check() { # name, sql
    a=$(sqlite3 "$dir/clean.sqlite" "$2"); b=$(sqlite3 "$dir/crash.sqlite" "$2")
    if [ "$a" = "$b" ]; then echo "ok   $1: $b"; else echo "FAIL $1: clean $a, after kills $b"; fail=1; fi
}
check "messages recorded" "SELECT COUNT(*) FROM relayMessages"
check "cases" "SELECT COUNT(*) FROM cases"
check "linked reporters" "SELECT COUNT(*) FROM caseReporters"
check "outbox" "SELECT COUNT(*) FROM outbox"
check "case events" "SELECT COUNT(*) FROM caseEvents"
[ "$(sqlite3 "$dir/crash.sqlite" "SELECT COUNT(*) FROM relayMessages")" = "$count" ] || { echo "FAIL not every message recorded"; fail=1; }
[ "$(sqlite3 "$dir/crash.sqlite" "PRAGMA integrity_check")" = "ok" ] || { echo "FAIL integrity_check"; fail=1; }
echo "$done_kills kills."
if [ "$fail" = 0 ]; then echo "fault-crash: ok"; else echo "fault-crash: FAILED"; exit 1; fi

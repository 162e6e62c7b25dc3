#!/usr/bin/env bash
# The same 10,000 commands through errbot 6.2.1's Text backend and through `desk`, side by side.
#   Benchmarks/peers/errbot/run.sh [commands]      (default 10000; uses .build/release/desk, or $DESK)
# errbot is installed from PyPI into a venv under a temporary folder, which is removed afterwards.
# Its stock Text backend sleeps 0.5 s per line, so it is run twice: stock (on a sample, extrapolated) and
# with time.sleep patched out; BOT_ASYNC=False so that no reply is lost.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
desk=${DESK:-$root/.build/release/desk}
n=${1:-10000}
stock_sample=${STOCK_SAMPLE:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$desk" ] || { echo "build desk first: swift build -c release --static-swift-stdlib"; exit 1; }

echo "installing errbot 6.2.1 into $tmp/venv …"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q "errbot==6.2.1"
mkdir -p "$tmp/data" "$tmp/plugins"
cat > "$tmp/config.py" <<PY
import logging
BACKEND = 'Text'
BOT_DATA_DIR = r'$tmp/data'
BOT_EXTRA_PLUGIN_DIR = r'$tmp/plugins'
BOT_LOG_FILE = r'$tmp/errbot.log'
BOT_LOG_LEVEL = logging.ERROR
BOT_ADMINS = ('@CHANGE_ME',)
BOT_ASYNC = False
BOT_PREFIX = '!'
PY
cat > "$tmp/nosleep.py" <<'PY'
import sys, time
time.sleep = lambda seconds: None
from errbot.cli import main
sys.argv = ["errbot"] + sys.argv[1:]
main()
PY
python3 - "$n" > "$tmp/errbot.txt" <<'PY'
import sys
lines = ["!echo 报修 水印桃源3栋2单元502 漏水", "!echo 社保卡丢了怎么补办", "!echo 收到", "!echo 我是1968年3月出生的男的，什么时候能退休？"]
for i in range(int(sys.argv[1])): print(lines[i % len(lines)])
PY
sed 's/^!echo //' "$tmp/errbot.txt" > "$tmp/desk.txt"
head -n "$stock_sample" "$tmp/errbot.txt" > "$tmp/errbot-sample.txt"

timed() { # stdin-file, command…
    local input=$1; shift
    python3 - "$input" "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    out = subprocess.run(sys.argv[2:], stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
lines = out.count(b"\n")
print(f"{time.perf_counter() - t:.3f} {lines}")
PY
}
cd "$tmp"
echo "!echo hi" > one.txt
: > empty.txt
read -r e_start _ < <(timed one.txt "$tmp/venv/bin/python" nosleep.py -c config.py -T)
read -r d_start _ < <(timed empty.txt "$desk" --db "$tmp/desk.sqlite")
read -r e_stock e_stock_lines < <(timed errbot-sample.txt "$tmp/venv/bin/errbot" -c config.py -T)
read -r e_fast e_fast_lines < <(timed errbot.txt "$tmp/venv/bin/python" nosleep.py -c config.py -T)
read -r d_time d_lines < <(timed desk.txt "$desk" --db "$tmp/desk.sqlite")
python3 - "$n" "$stock_sample" "$e_stock" "$e_fast" "$d_time" "$e_start" "$d_start" "$e_fast_lines" "$d_lines" <<'PY'
import sys
n, sample = int(sys.argv[1]), int(sys.argv[2])
e_stock, e_fast, d, e_start, d_start = map(float, sys.argv[3:8])
stock_rate = sample / e_stock
print(f"errbot 6.2.1 Text, stock (sleeps 0.5 s/line; {sample}-line sample): {stock_rate:8.1f} commands/s")
print(f"errbot 6.2.1 Text, time.sleep patched out ({n} commands):      {n / e_fast:8.1f} commands/s ({sys.argv[8]} output lines)")
print(f"desk line mode ({n} commands):                                  {n / d:8.1f} commands/s ({sys.argv[9]} output lines)")
print(f"ratio desk / errbot (patched): {(n / d) / (n / e_fast):.1f}×; desk / errbot (stock): {(n / d) / stock_rate:.0f}×")
print(f"start-up to first answer: errbot {e_start * 1000:.0f} ms, desk {d_start * 1000:.0f} ms")
PY

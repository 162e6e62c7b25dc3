#!/usr/bin/env bash
# The release build links the Swift runtime and Foundation statically (`swift build -c release
# --static-swift-stdlib`, README): check that it does, and that what Foundation brings from ICU still works in it
# — time zones (times shown in Asia/Shanghai whatever the machine's zone), Unicode normalisation (NFKC: full-width
# input), East Asian character widths (the tables) — by reading the same database with the release binary and
# with the tested debug build, under a machine time zone that is not Shanghai's: the outputs must be identical.
#   scripts/release-check.sh [release desk] [reference desk]
set -euo pipefail
cd "$(dirname "$0")/.."
release=${1:-.build/release/desk}
reference=${2:-.build/debug/desk}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0

if ldd "$release" | grep -q 'libswiftCore\|libFoundation'; then
    echo "FAIL $release loads the Swift runtime or Foundation as shared libraries:"; ldd "$release" | grep 'swift\|Foundation'
    fail=1
else
    echo "ok   linked statically: $(ldd "$release" | wc -l) shared libraries, none of them Swift's"
fi

# HTTP goes through AsyncHTTPClient: FoundationNetworking would bring libcurl and some thirty libraries with it.
if ldd "$release" | grep -q 'libcurl'; then
    echo "FAIL $release loads libcurl (something imports FoundationNetworking):"; ldd "$release" | grep curl
    fail=1
else
    echo "ok   no libcurl: nothing in the binary imports FoundationNetworking"
fi

export TZ=America/New_York DESK_OPERATOR=检查
# Cases opened by the release binary: a full-width address (NFKC), an urgent one, a consultation.
"$release" say --db "$dir/desk.sqlite" 报修 奥园３栋２单元５０２ 厨房水管漏水 > /dev/null
"$release" say --db "$dir/desk.sqlite" 3栋2单元的电梯坏了 有老人被困 > /dev/null
"$release" say --db "$dir/desk.sqlite" 社保卡丢了怎么补办 > /dev/null
for line in "列表" "查看 ＢＸ－０００１" "搜索 水管漏" "统计"; do
    cp "$dir/desk.sqlite" "$dir/a.sqlite"; cp "$dir/desk.sqlite" "$dir/b.sqlite"
    a=$("$release" say --db "$dir/a.sqlite" "$line" 2>&1 || true)
    b=$("$reference" say --db "$dir/b.sqlite" "$line" 2>&1 || true)
    if [ "$a" = "$b" ] && [ -n "$a" ]; then
        echo "ok   $line: same output ($(printf '%s' "$a" | wc -l) lines)"
    else
        echo "FAIL $line: the release build says"; printf '%s\n' "$a"; echo "the reference build says"; printf '%s\n' "$b"
        fail=1
    fi
done
# The time shown is Shanghai's (UTC+8), not the machine's: the case was opened in the last minutes.
shown=$("$release" say --db "$dir/desk.sqlite" 查看 BX-0001 | grep -o '[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\} [0-9]\{2\}:[0-9]\{2\}' | head -1)
now=$(TZ=Asia/Shanghai date +%s)
then=$(TZ=Asia/Shanghai date -d "$shown" +%s 2>/dev/null || echo 0)
if [ $((now - then)) -ge 0 ] && [ $((now - then)) -le 600 ]; then
    echo "ok   times in Asia/Shanghai: $shown"
else
    echo "FAIL the case's time $shown is not Shanghai's time now ($(TZ=Asia/Shanghai date '+%F %H:%M'))"; fail=1
fi
if [ "$fail" = 0 ]; then echo "release-check: ok"; else echo "release-check: FAILED"; exit 1; fi

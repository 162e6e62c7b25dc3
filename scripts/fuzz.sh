#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (swiftc -sanitize=fuzzer, Linux) and runs each for a while.
#   scripts/fuzz.sh            every target, 60 s each
#   scripts/fuzz.sh 300 Money  one target, 5 minutes
# A crash leaves its input in .build-fuzz/crashes/<target>/; turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
only=${2:-}
out=.build-fuzz
mkdir -p "$out"
kernel=(Sources/DeskKit/Text/TextNormalizer.swift Sources/DeskKit/Text/TextPattern.swift Sources/DeskKit/Text/PhraseMatcher.swift
        Sources/DeskKit/Parsing/*.swift Sources/DeskKit/Directory/CommunityDirectory.swift Sources/DeskKit/Directory/QuestionTimeouts.swift Sources/DeskKit/Directory/SeedError.swift
        Sources/DeskKit/Module/DeskError.swift Sources/DeskKit/Module/Reply.swift Sources/DeskKit/Module/Channel.swift
        Sources/DeskKit/Desk/DeskClock.swift Sources/DeskKit/Desk/DeskFormat.swift
        Sources/DeskKit/Wire/*.swift Sources/DeskRelay/RelayMessage.swift Sources/DeskRelay/RelayFormats.swift)
for target in Money Date CitizenID Address JSON WeChatExport; do
    [ -n "$only" ] && [ "$only" != "$target" ] && continue
    echo "== Fuzz$target: building"
    swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name FuzzKit "${kernel[@]}" "Fuzz/Fuzz$target.swift" -o "$out/fuzz-$target"
    mkdir -p "$out/corpus/$target" "$out/crashes/$target"
    echo "== Fuzz$target: running ${seconds}s"
    "$out/fuzz-$target" -max_total_time="$seconds" -max_len=2048 -artifact_prefix="$out/crashes/$target/" "$out/corpus/$target" 2>&1 | tail -3
done

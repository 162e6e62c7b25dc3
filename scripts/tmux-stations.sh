#!/usr/bin/env bash
# Three stations at once on one server, as people use them: `desk serve` and three `desk --server` prompts in
# tmux (readline, completion, the waiting-question prompt). A case opened at 驿站1 must be listed at 驿站3, and a
# question left waiting at 驿站2 must be there again after the client is closed and reopened.
#   scripts/tmux-stations.sh [path/to/desk]
set -euo pipefail
cd "$(dirname "$0")/.."
DESK=$(realpath "${1:-.build/debug/desk}")
DIR=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
SESSIONS=()
cleanup() {
    for s in "${SESSIONS[@]}"; do tmux kill-session -t "$s" 2>/dev/null || true; done
    [ -n "${SERVER:-}" ] && kill -TERM "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    rm -rf "$DIR"
}
trap cleanup EXIT

: > "$DIR/credentials"
for n in 1 2 3; do
    echo "station 驿站$n sha256:$(printf 'token-%s' "$n" | sha256sum | cut -d' ' -f1)" >> "$DIR/credentials"
done
"$DESK" serve --db "$DIR/desk.sqlite" --credentials "$DIR/credentials" --listen "127.0.0.1:$PORT" 2> "$DIR/server.log" &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

# station N OPERATOR: a prompt in its own tmux session (and its own home for history); after Ctrl-D the client
# starts again in the same terminal, as a person reopening it would.
station() {
    local s="desk-test-$1-$$"
    SESSIONS+=("$s")
    tmux new-session -d -s "$s" -x 160 -y 40 \
        "cd '$PWD' && for i in 1 2; do LANG=C.UTF-8 NO_COLOR=1 XDG_DATA_HOME='$DIR/home$1' DESK_TOKEN=token-$1 '$DESK' --server http://127.0.0.1:$PORT --operator $2; clear; done; sleep 30"
}
# until SESSION TEXT: wait (at most 10 s) until the pane shows TEXT.
until_shown() {
    for _ in $(seq 100); do tmux capture-pane -p -t "$1" | grep -qF -- "$2" && return 0; sleep 0.1; done
    echo "FAIL: $1 never showed: $2"; tmux capture-pane -p -t "$1"; exit 1
}

station 1 王小丽; station 2 赵敏; station 3 李强
S1=desk-test-1-$$; S2=desk-test-2-$$; S3=desk-test-3-$$
until_shown "$S1" "李家墩·驿站1·王小丽>"; until_shown "$S2" "李家墩·驿站2·赵敏>"; until_shown "$S3" "李家墩·驿站3·李强>"

tmux send-keys -t "$S1" "报修 水印桃源3栋2单元502 厨房水管漏水" Enter
until_shown "$S1" "已受理报修，工单 BX-"
CASE=$(tmux capture-pane -p -t "$S1" | grep -o 'BX-[0-9]*' | head -1)

tmux send-keys -t "$S3" "列" Tab Enter            # Tab completes 列表 from the server's words
until_shown "$S3" "$CASE"

tmux send-keys -t "$S2" "报修 厨房水管漏水" Enter
until_shown "$S2" "驿站2·赵敏[住户报修·位置]>"
tmux send-keys -t "$S2" C-d                      # close the client; it opens again in the same terminal
until_shown "$S2" "还在等回答"
tmux send-keys -t "$S2" "顺驰泊林5栋1单元301" Enter
until_shown "$S2" "已受理报修"

echo "tmux-stations: ok ($CASE opened at 驿站1, listed at 驿站3; 驿站2's question survived a restart)"

#!/usr/bin/env python3
"""Replay a WeChat chat export through a `desk serve` bridge endpoint (docs/bridge.md).

Reads the plain-text export of common WeChat backup tools (README "Group relay": a header line
`YYYY-MM-DD HH:MM:SS nickname`, the message's lines, a blank line), sends the messages in signed batches to
POST /v1/messages and prints the replies to post back to the group. Message ids are left to the server (a hash
of group, sender, time and text), so replaying the same export twice handles nothing twice.

    scripts/bridge-replay.py --server http://127.0.0.1:8311 --bridge wechat --secret "$BRIDGE_SECRET" \
        --group 水印桃源1群 export.txt

Standard library only. Quoted replies and @mentions are removed by the server's relay, as with `desk relay`.
"""
import argparse
import hashlib
import hmac
import json
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

HEADER = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})\s+(.+)$")


def read_export(path, group):
    """The export's messages as relay objects, in order."""
    messages, current = [], None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            m = HEADER.match(line)
            if m:
                if current:
                    messages.append(current)
                current = {"group": group, "sender": m.group(3).strip(),
                           "time": f"{m.group(1)}T{m.group(2)}+08:00", "lines": []}
            elif not line.strip():
                if current:
                    messages.append(current)
                current = None
            elif current is not None:
                current["lines"].append(line)
    if current:
        messages.append(current)
    return [{"group": m["group"], "sender": m["sender"], "time": m["time"], "text": "\n".join(m["lines"])}
            for m in messages]


def signed_request(server, bridge, secret, method, path, body=b""):
    """A request signed as docs/bridge.md says: HMAC-SHA256 over timestamp, nonce, method, path and body."""
    timestamp, nonce = str(int(time.time())), uuid.uuid4().hex
    signed = f"{timestamp}\n{nonce}\n{method}\n{path}\n".encode() + body
    signature = "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/json", "X-Desk-Bridge": bridge, "X-Desk-Timestamp": timestamp,
               "X-Desk-Nonce": nonce, "X-Desk-Signature": signature}
    return urllib.request.Request(server.rstrip("/") + path, data=body if method == "POST" else None,
                                  method=method, headers=headers)


def send(request):
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read().decode("utf-8") or "{}")


def main():
    parser = argparse.ArgumentParser(description="把微信聊天记录导出经 desk serve 的桥接接口重放")
    parser.add_argument("--server", required=True, help="desk serve 的地址，如 http://127.0.0.1:8311")
    parser.add_argument("--bridge", required=True, help="凭据文件里的桥接名")
    parser.add_argument("--secret", required=True, help="桥接密钥")
    parser.add_argument("--group", required=True, help="这份导出来自哪个群")
    parser.add_argument("--batch", type=int, default=200, help="每批消息数（最多 1000）")
    parser.add_argument("--mark-sent", action="store_true", help="打印回复后把它们标记为已发送")
    parser.add_argument("export", help="聊天记录导出文件")
    args = parser.parse_args()

    messages = read_export(args.export, args.group)
    counts = {}
    for start in range(0, len(messages), args.batch):
        body = json.dumps(messages[start:start + args.batch], ensure_ascii=False).encode("utf-8")
        status, answer = send(signed_request(args.server, args.bridge, args.secret, "POST", "/v1/messages", body))
        if status != 200:
            print(f"第{start + 1}条起的一批被拒绝：HTTP {status} {answer.get('error', {}).get('message', '')}", file=sys.stderr)
            return 1
        for result in answer["results"]:
            key = "repeat" if result.get("repeat") else result.get("status", "error")
            counts[key] = counts.get(key, 0) + 1
        for post in answer["posts"]:
            print(f"[{post['group']}] {post['text']}")
            if args.mark_sent:
                path = f"/v1/outbox/{post['id']}/sent"
                send(signed_request(args.server, args.bridge, args.secret, "POST", path))
    summary = "，".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"共 {len(messages)} 条：{summary}", file=sys.stderr)
    print(json.dumps({"messages": len(messages), "counts": counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

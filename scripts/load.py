#!/usr/bin/env python3
"""A bounded loopback load on `desk serve`: three station clients, a bridge posting 50 messages a second (a batch every 100 ms) and an
Open311 reader, all at once, for a fixed time (at most 30 s). Prints throughput and p50/p99 latency per kind
of client as a Markdown table (docs/performance.md).

    swift build -c release --static-swift-stdlib && scripts/load.py --desk .build/release/desk --seconds 20

Starts its own server on a free 127.0.0.1 port against a new temporary database; standard library only.
"""
import argparse
import hashlib
import hmac
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET = "load-test-bridge-secret"
COMPOUNDS = ["水印桃源", "顺驰泊林", "武汉奥林匹克花园", "汉口道6号"]
CHATTER = ["收到", "谢谢", "[表情]", "早上好", "好的👍", "[图片]"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """Latencies and errors of one kind of client."""

    def __init__(self, name):
        self.name, self.latencies, self.errors, self.lock = name, [], 0, threading.Lock()

    def record(self, seconds, ok):
        with self.lock:
            self.latencies.append(seconds)
            if not ok:
                self.errors += 1

    def row(self, duration):
        values = sorted(self.latencies)
        if not values:
            return f"| {self.name} | 0 | — | — | — | {self.errors} |"
        def pct(p):
            return values[min(len(values) - 1, int(p * len(values)))] * 1000
        return (f"| {self.name} | {len(values):,} | {len(values) / duration:,.1f}/s | {pct(0.5):.1f} ms | "
                f"{pct(0.99):.1f} ms | {self.errors} |")


def call(conn, recorder, method, path, body=None, headers=None):
    started = time.perf_counter()
    ok = False
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        ok = response.status in (200, 201)
        return response.status, data
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        recorder.record(time.perf_counter() - started, ok)


def station(port, token, name, deadline, recorder):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/x-ndjson",
               "X-Desk-Operator": urllib.parse.quote(name)}
    i, last_case = 0, None
    while time.time() < deadline:
        compound = COMPOUNDS[i % len(COMPOUNDS)]
        if i % 3 == 0:
            line = f"报修 {compound}{i % 9 + 1}栋{i % 3 + 1}单元{(i % 6 + 1) * 100 + i % 4 + 1} 厨房水管漏水"
        elif i % 3 == 1 or last_case is None:
            line = "列表"
        else:
            line = "查看 " + last_case
        status, data = call(conn, recorder, "POST", "/v1/lines", json.dumps({"text": line}, ensure_ascii=False).encode(), headers)
        if status == 200:
            answer = json.loads(data.decode().splitlines()[0])
            last_case = answer.get("case") or last_case
        i += 1


def bridge(port, rate, deadline, recorder, acknowledged):
    """Every 100 ms, a signed batch of rate/10 messages, as a bridge that queues and flushes does."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    per_batch = max(1, round(rate / 10))
    i, next_at = 0, time.time()
    while time.time() < deadline:
        next_at += per_batch / rate
        messages = []
        for _ in range(per_batch):
            text = CHATTER[i % len(CHATTER)] if i % 2 else f"{i % 9 + 1}栋{i % 3 + 1}单元电梯坏了"
            messages.append({"id": f"load-{i}", "group": "水印桃源1群", "sender": f"{i % 9 + 1}-1-{i % 5 + 1}01 住户{i % 40}", "text": text})
            i += 1
        body = json.dumps(messages, ensure_ascii=False).encode()
        stamp, nonce = str(int(time.time())), uuid.uuid4().hex
        signature = hmac.new(SECRET.encode(), f"{stamp}\n{nonce}\nPOST\n/v1/messages\n".encode() + body, hashlib.sha256).hexdigest()
        status, _ = call(conn, recorder, "POST", "/v1/messages", body, {
            "Content-Type": "application/json", "X-Desk-Bridge": "load", "X-Desk-Timestamp": stamp,
            "X-Desk-Nonce": nonce, "X-Desk-Signature": "sha256=" + signature})
        if status == 200:
            acknowledged.extend(m["id"] for m in messages)
        time.sleep(max(0, next_at - time.time()))


def open311(port, deadline, recorder):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    paths = ["/open311/v2/requests.json?status=open", "/open311/v2/services.json", "/open311/v2/requests.json?service_request_id=BX-0001",
             "/open311/v2/requests.xml?service_code=household-repair"]
    i = 0
    while time.time() < deadline:
        call(conn, recorder, "GET", paths[i % len(paths)])
        i += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.path.join(ROOT, ".build", "release", "desk")
    parser.add_argument("--desk", default=default if os.path.exists(default) else os.path.join(ROOT, ".build", "debug", "desk"))
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--bridge-rate", type=float, default=50)
    args = parser.parse_args()
    seconds = min(args.seconds, 30)

    folder = tempfile.mkdtemp(prefix="desk-load-")
    port = free_port()
    tokens = {"驿站1": "load-1", "驿站2": "load-2", "驿站3": "load-3"}
    with open(os.path.join(folder, "credentials"), "w", encoding="utf-8") as f:
        for station_name, token in tokens.items():
            f.write(f"station {station_name} sha256:{hashlib.sha256(token.encode()).hexdigest()}\n")
        f.write(f"bridge load {SECRET}\n")
    database = os.path.join(folder, "desk.sqlite")
    server = subprocess.Popen([args.desk, "serve", "--db", database, "--credentials", os.path.join(folder, "credentials"),
                               "--listen", f"127.0.0.1:{port}"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=dict(os.environ, DESK_LOG_LEVEL="warning"))
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)

    recorders = {k: Recorder(k) for k in ["station lines (3 clients)", "bridge batches (5 messages)", "Open311 reads"]}
    acknowledged = []
    deadline = time.time() + seconds
    threads = [threading.Thread(target=station, args=(port, tokens[s], f"值班{n}", deadline, recorders["station lines (3 clients)"]))
               for n, s in enumerate(tokens)]
    threads.append(threading.Thread(target=bridge, args=(port, args.bridge_rate, deadline, recorders["bridge batches (5 messages)"], acknowledged)))
    threads.append(threading.Thread(target=open311, args=(port, deadline, recorders["Open311 reads"])))
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    duration = time.time() - started
    server.send_signal(signal.SIGTERM)
    code = server.wait(timeout=30)
    stored = subprocess.run(["sqlite3", database, "SELECT COUNT(*) FROM relayMessages"], capture_output=True, text=True).stdout.strip()

    print(f"{duration:.1f} s on 127.0.0.1, {os.path.basename(args.desk)} from {os.path.dirname(args.desk)}\n")
    print("| client | requests | throughput | p50 | p99 | errors |")
    print("|---|---|---|---|---|---|")
    for r in recorders.values():
        print(r.row(duration))
    print(f"\nbridge messages acknowledged: {len(acknowledged)} ({len(acknowledged) / duration:.1f}/s), stored: {stored}; "
          f"server exit status after SIGTERM: {code}")
    return 0 if code == 0 and stored == str(len(acknowledged)) else 1


if __name__ == "__main__":
    sys.exit(main())

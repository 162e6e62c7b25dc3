"""End-to-end tests of `desk serve` from outside: the third-party Open311 client `georeport`, plain `requests`
for POST, the bridge signature and the bridge replay script, and a graceful stop with SIGTERM.

Run by .ci/run after `swift build`:  .venv-ci/bin/python -m unittest discover -s tests-python -v
The server is the built .build/debug/desk (or $DESK_BINARY), on a free loopback port, on a temporary database.
"""
import hashlib
import hmac
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import uuid

import requests
from georeport import GeoReport

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESK = os.environ.get("DESK_BINARY", os.path.join(ROOT, ".build", "debug", "desk"))
STATION_TOKEN = "python-test-station-token"
API_KEY = "python-test-api-key"
BRIDGE_SECRET = "python-test-bridge-secret-0123"

EXPORT = """2026-11-28 09:12:33 7-1-302 李阿姨
7栋1单元电梯又坏了，门打不开！
[图片]

2026-11-28 09:13:02 张叔
收到

2026-11-28 09:15:40 5-2-101 王姐
「7-1-302 李阿姨：7栋1单元电梯又坏了」
- - - - - - - - - - - - - - -
5栋2单元楼道的灯不亮了好几天了
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


class Server:
    """`desk serve` on a temporary database."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.credentials = os.path.join(folder, "credentials")
        with open(self.credentials, "w", encoding="utf-8") as f:
            f.write(f"station 驿站1 sha256:{sha256(STATION_TOKEN)}\n")
            f.write(f"apikey 12345平台 sha256:{sha256(API_KEY)}\n")
            f.write(f"bridge wechat {BRIDGE_SECRET}\n")
        self.log = open(os.path.join(folder, "server.log"), "w")
        self.process = None

    def start(self, extra=()):
        env = dict(os.environ, DESK_SEEDS=os.path.join(ROOT, "seeds"))
        self.process = subprocess.Popen(
            [DESK, "serve", "--db", os.path.join(self.folder, "desk.sqlite"), "--credentials", self.credentials,
             "--listen", f"127.0.0.1:{self.port}", *extra], stdout=self.log, stderr=subprocess.STDOUT, env=env)
        for _ in range(200):
            try:
                if requests.get(self.base + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("desk serve did not start")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=20)


def bridge_headers(method, path, body=b"", secret=BRIDGE_SECRET, timestamp=None):
    timestamp = str(int(timestamp if timestamp is not None else time.time()))
    nonce = uuid.uuid4().hex
    mac = hmac.new(secret.encode(), f"{timestamp}\n{nonce}\n{method}\n{path}\n".encode() + body, hashlib.sha256)
    return {"Content-Type": "application/json", "X-Desk-Bridge": "wechat", "X-Desk-Timestamp": timestamp,
            "X-Desk-Nonce": nonce, "X-Desk-Signature": "sha256=" + mac.hexdigest()}


class ServerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="desk-serve-test-")
        cls.server = Server(cls.folder)
        cls.server.start()
        cls.open311 = GeoReport(cls.server.base + "/open311/v2", api_key=API_KEY)
        cls.open311_xml = GeoReport(cls.server.base + "/open311/v2", api_key=API_KEY, output_format="xml")

    @classmethod
    def tearDownClass(cls):
        if cls.server.process.poll() is None:
            cls.server.stop()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def post_request(self, **fields):
        form = {"api_key": API_KEY, "service_code": "household-repair", "address_string": "顺驰泊林5栋1单元301",
                "description": "卫生间马桶堵了", "attribute[category]": "drains", "last_name": "张",
                "first_name": "建国", "phone": "13812345678"}
        form.update(fields)
        return requests.post(self.server.base + "/open311/v2/requests.json", data=form, timeout=10)

    def test_georeport_client_reads_services_and_definitions(self):
        services = self.open311.get_service_list()
        codes = [s["service_code"] for s in services]
        self.assertIn("household-repair", codes)
        self.assertNotIn("pingpong-members", codes)           # staff services are not published
        xml_codes = [s["service_code"] for s in self.open311_xml.get_service_list()]
        self.assertEqual(codes, xml_codes)
        definition = self.open311.get_service_definition("household-repair")
        category = next(a for a in definition["attributes"] if a["code"] == "category")
        self.assertEqual(category["datatype"], "singlevaluelist")
        self.assertIn("drains", [v["key"] for v in category["values"]])

    def test_a_posted_request_is_read_back_without_personal_data(self):
        posted = self.post_request()
        self.assertEqual(posted.status_code, 201, posted.text)
        case_id = posted.json()[0]["service_request_id"]
        request = self.open311.get_service_request(case_id)
        self.assertEqual(request["status"], "open")
        self.assertEqual(request["service_code"], "household-repair")
        self.assertEqual(request["address"], "顺驰泊林 5栋1单元")
        for secret in ("13812345678", "张建国", "301"):
            self.assertNotIn(secret, json.dumps(request, ensure_ascii=False))
        open_ids = [r["service_request_id"] for r in self.open311.get_service_requests(status="open")]
        self.assertIn(case_id, open_ids)
        closed = self.open311.get_service_requests(status="closed")
        self.assertNotIn(case_id, [r["service_request_id"] for r in closed])
        xml = self.open311_xml.get_service_request(case_id)
        self.assertEqual(xml["service_request_id"], case_id)

    def test_refused_posts_say_why(self):
        self.assertEqual(self.post_request(api_key="wrong").status_code, 403)
        missing = requests.post(self.server.base + "/open311/v2/requests.json",
                                data={"api_key": API_KEY, "service_code": "household-repair"}, timeout=10)
        self.assertEqual(missing.status_code, 400)
        self.assertIn("location", missing.json()[0]["description"])
        self.assertEqual(requests.get(self.server.base + "/open311/v2/requests.json?status=pending", timeout=10).status_code, 400)

    def test_the_bridge_signature_and_idempotency(self):
        body = json.dumps([{"id": "py-1", "group": "水印桃源1群", "sender": "7-1-302 李阿姨",
                            "time": "2026-11-28T09:12:00+08:00", "text": "3栋2单元电梯又坏了"}], ensure_ascii=False).encode()
        url = self.server.base + "/v1/messages"
        first = requests.post(url, data=body, headers=bridge_headers("POST", "/v1/messages", body), timeout=10)
        self.assertEqual(first.status_code, 200, first.text)
        self.assertEqual(first.json()["results"][0]["status"], "created")
        self.assertEqual(len(first.json()["posts"]), 1)
        again = requests.post(url, data=body, headers=bridge_headers("POST", "/v1/messages", body), timeout=10)
        self.assertTrue(again.json()["results"][0]["repeat"])
        self.assertEqual(again.json()["posts"], [])
        replayed = requests.post(url, data=body, headers=first.request.headers, timeout=10)
        self.assertEqual(replayed.status_code, 401)
        forged = requests.post(url, data=body, headers=bridge_headers("POST", "/v1/messages", body, secret="x" * 30), timeout=10)
        self.assertEqual(forged.status_code, 401)
        stale = requests.post(url, data=body, headers=bridge_headers("POST", "/v1/messages", body, timestamp=time.time() - 600), timeout=10)
        self.assertEqual(stale.status_code, 401)

    def test_the_replay_script_handles_an_export_once(self):
        export = os.path.join(self.folder, "export.txt")
        with open(export, "w", encoding="utf-8") as f:
            f.write(EXPORT)
        command = [sys.executable, os.path.join(ROOT, "scripts", "bridge-replay.py"), "--server", self.server.base,
                   "--bridge", "wechat", "--secret", BRIDGE_SECRET, "--group", "水印桃源1群", export]
        first = subprocess.run(command, capture_output=True, text=True, timeout=60)
        self.assertEqual(first.returncode, 0, first.stderr)
        summary = json.loads(first.stdout.strip().splitlines()[-1])
        self.assertEqual(summary["messages"], 3)
        self.assertEqual(summary["counts"].get("created"), 2)
        self.assertIn("@7-1-302 李阿姨", first.stdout)
        second = subprocess.run(command, capture_output=True, text=True, timeout=60)
        self.assertEqual(json.loads(second.stdout.strip().splitlines()[-1])["counts"], {"repeat": 3})

    def test_station_lines(self):
        headers = {"Authorization": "Bearer " + STATION_TOKEN, "X-Desk-Operator": "%E7%8E%8B%E5%B0%8F%E4%B8%BD",
                   "Content-Type": "application/x-ndjson"}
        response = requests.post(self.server.base + "/v1/lines", headers=headers, timeout=10,
                                 data='{"id":"s1","text":"报修 水印桃源3栋2单元502 厨房水管漏水"}\n列表\n'.encode())
        lines = [json.loads(l) for l in response.text.splitlines()]
        self.assertEqual([l.get("id") for l in lines], ["s1", None])
        self.assertEqual(lines[0]["status"], "created")
        self.assertIn(lines[0]["case"], lines[1]["reply"])
        refused = requests.post(self.server.base + "/v1/lines", data="列表", timeout=10,
                                headers={"Content-Type": "text/plain"})
        self.assertEqual(refused.status_code, 401)

    def test_zz_sigterm_stops_cleanly_and_keeps_the_data(self):
        case_id = self.post_request(description="厨房水龙头滴水", **{"attribute[category]": "water"}).json()[0]["service_request_id"]
        self.assertEqual(self.server.stop(), 0)
        self.server.start()
        self.assertEqual(self.open311.get_service_request(case_id)["service_request_id"], case_id)


if __name__ == "__main__":
    unittest.main()

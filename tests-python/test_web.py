"""The web pages of `desk serve` in a real browser: headless Chromium (Debian's `chromium`) driven over the
DevTools protocol (PyPI `websocket-client`). Each page is loaded at 360 px and 1280 px; the figures are checked
against the desk's own `统计` and `公示` (`desk say` on the same database); no whole phone or ID number may appear
in the HTML; the rating form is submitted as a resident would; screenshots go to docs/screenshots/.

Run by .ci/run after `swift build`:  .venv-ci/bin/python -m unittest discover -s tests-python -v
Skipped, saying why, only where no Chromium can be found.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest
import urllib.parse
from datetime import datetime, timedelta, timezone

import requests

from test_server import DESK, ROOT, STATION_TOKEN, Server, bridge_headers, free_port

try:
    import websocket  # websocket-client
except ImportError:  # pragma: no cover - .ci/run installs it
    websocket = None

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
SHOTS = os.path.join(ROOT, "docs", "screenshots")
SHANGHAI = timezone(timedelta(hours=8))
WHOLE_PHONE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
WHOLE_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


class Browser:
    """One headless Chromium page, driven over the DevTools protocol."""

    def __init__(self, folder):
        self.port = free_port()
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--hide-scrollbars", f"--remote-debugging-port={self.port}", f"--user-data-dir={folder}/chromium",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                pages = [t for t in requests.get(f"http://127.0.0.1:{self.port}/json/list", timeout=1).json() if t["type"] == "page"]
                if pages:
                    break
            except (requests.ConnectionError, ValueError):
                pass
            time.sleep(0.1)
        else:
            self.process.kill()
            raise RuntimeError("Chromium did not start")
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events = []
        self.call("Page.enable")
        self.call("Network.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: i + 1]
                    return message
            self.events.append(json.loads(self.socket.recv()))
        raise TimeoutError(event)

    def open(self, url, width, headers=None):
        """Loads `url` in a window `width` px wide; returns the HTML as served (the page has no script)."""
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=800, deviceScaleFactor=1, mobile=width < 500)
        self.call("Network.setExtraHTTPHeaders", headers=headers or {})
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        return self.html()

    def html(self):
        return self.call("Runtime.evaluate", expression="document.documentElement.outerHTML", returnByValue=True)["result"]["value"]

    def evaluate(self, expression):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def screenshot(self, path, width):
        """The whole page, as tall as it is."""
        height = int(self.evaluate("document.documentElement.scrollHeight"))
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=max(height, 200), deviceScaleFactor=1, mobile=width < 500)
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return self.evaluate("document.documentElement.scrollWidth")

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)


def desk_say(server, line):
    env = dict(os.environ, DESK_SEEDS=os.path.join(ROOT, "seeds"), DESK_OPERATOR="测试员")
    done = subprocess.run([DESK, "say", "--db", os.path.join(server.folder, "desk.sqlite"), line],
                          capture_output=True, text=True, env=env, timeout=60)
    return done.stdout


def numbers_of(line):
    """The counts and rates of a `统计` table row: `住户报修 │ 2 │ 1 │ 0 │ 50.0% │ …`."""
    return re.findall(r"[0-9]+\.[0-9]%|—|(?<![0-9.])[0-9]+(?![0-9.%])", line)


@unittest.skipIf(CHROMIUM is None, "Chromium is not installed (apt-get install chromium): the browser test cannot run here")
@unittest.skipIf(websocket is None, "the PyPI package websocket-client is missing: the browser test cannot drive Chromium")
class WebPagesInABrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="desk-web-")
        cls.server = Server(cls.folder)
        cls.server.start(extra=["--public-url", f"http://127.0.0.1:{cls.server.port}"])
        os.makedirs(SHOTS, exist_ok=True)
        cls.browser = Browser(cls.folder)
        now = datetime.now(SHANGHAI)
        cls.month = now.strftime("%Y-%m")
        messages = [
            {"id": "web-1", "group": "水印桃源1群", "sender": "7-1-302 李阿姨", "time": now.isoformat(timespec="seconds"),
             "text": "3栋2单元电梯又坏了，关人了没有不知道，我电话13971234567"},
            {"id": "web-2", "group": "水印桃源1群", "sender": "5-2-101 王姐", "time": now.isoformat(timespec="seconds"),
             "text": "5栋2单元楼道的灯不亮了好几天了"},
        ]
        body = json.dumps(messages, ensure_ascii=False).encode()
        answer = requests.post(cls.server.base + "/v1/messages", data=body,
                               headers=bridge_headers("POST", "/v1/messages", body), timeout=20).json()
        cls.posts = answer["posts"]
        cls.case_ids = [r.get("case") for r in answer["results"]]
        station = {"Authorization": "Bearer " + STATION_TOKEN, "X-Desk-Operator": urllib.parse.quote("王小丽"),
                   "Content-Type": "text/plain"}
        lines = [f"派单 {cls.case_ids[1]} 物业电工班", f"办结 {cls.case_ids[1]} 换了声控开关 公开：楼道灯已修好，请试用",
                 "报修 水印桃源3栋2单元502 厨房水管漏水 电话13971234568 业主身份证420106196205150029", "收入 捐款 200元 张三捐", "支出 电费 85.5元 电费单",
                 # Volunteer hours by team (the park's 志愿工时 section): a task today, hours, a team.
                 "活动 新建 今天 除草 口袋公园 5人", "工时 T1 张三 2小时", "工时 T1 李四 1.5小时", "志愿队 张三 银发志愿队"]
        for line in lines:
            reply = requests.post(cls.server.base + "/v1/lines", data=line.encode(), headers=station, timeout=20)
            assert reply.status_code == 200, reply.text
            if line.startswith("报修"):
                cls.counter_case = json.loads(reply.text.splitlines()[0])["case"]
        cls.auth = {"Authorization": "Basic " + base64.b64encode(f"王小丽:{STATION_TOKEN}".encode()).decode()}

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.server.stop()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def assert_no_personal_numbers(self, html):
        self.assertIsNone(WHOLE_PHONE.search(html), "a whole phone number in the page")
        self.assertIsNone(WHOLE_ID.search(html), "a whole ID number in the page")

    def assert_fits(self, name, width):
        """Readable without sideways scrolling: neither the document nor any box in it (a table's frame, the staff
        view's text) is wider than the window."""
        self.assertLessEqual(self.browser.evaluate("document.documentElement.scrollWidth"), width,
                             f"{name} scrolls sideways at {width} px")
        wide = self.browser.evaluate("""[...document.querySelectorAll('body *')]
            .filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
            .map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)""")
        self.assertEqual(wide, [], f"{name} has boxes that scroll sideways at {width} px")

    def shoot(self, name, width):
        scroll_width = self.browser.screenshot(os.path.join(SHOTS, f"{name}-{width}.png"), width)
        self.assertLessEqual(scroll_width, width, f"{name} is wider than {width} px")

    def link_of(self, case_id):
        for post in self.posts:
            found = re.search(r"进度查询和评价：(\S+)", post["text"])
            if found and f"/c/{case_id}/" in found.group(1):
                return found.group(1)
        self.fail(f"no link for {case_id} in the group replies: {self.posts}")

    def test_dashboard_figures_match_统计(self):
        stats = desk_say(self.server, f"统计 {self.month}")
        rows = {line.split()[0].strip("│ "): numbers_of(line) for line in stats.splitlines()
                if re.match(r"^\s*[│|]?\s*\S+\s", line) and numbers_of(line)}
        for width in (360, 1280):
            html = self.browser.open(self.server.base + f"/dashboard?month={self.month}", width, self.auth)
            self.assert_fits("the dashboard", width)
            self.assertIn("服务台概览", html)
            self.assertIn("<svg", html)
            self.assert_no_personal_numbers(html)
            shown = self.browser.evaluate("""(() => {
                const h = [...document.querySelectorAll('h2')].find(e => e.textContent.includes('三率（按模块）'));
                return [...h.nextElementSibling.querySelectorAll('tbody tr')].map(r => [...r.cells].map(c => c.textContent.trim()));
            })()""")
            self.assertTrue(shown)
            for row in shown:
                self.assertIn(row[0], rows, f"{row[0]} is not in 统计: {stats}")
                self.assertEqual(row[1:], rows[row[0]], f"{row[0]}: the dashboard and 统计 disagree")
            self.shoot("dashboard", width)
        for width in (360, 1280):
            listing = self.browser.open(self.server.base + "/dashboard/cases?state=open", width, self.auth)
            self.assert_fits("the case list", width)
            self.assertIn(self.case_ids[0], listing)
            self.assert_no_personal_numbers(listing)
            self.shoot("cases", width)
        # The case for staff: what 查看 shows, the phone and ID masked, and the station it was received at.
        for width in (360, 1280):
            detail = self.browser.open(self.server.base + f"/dashboard/cases/{self.counter_case}", width, self.auth)
            self.assert_fits("the staff view of a case", width)
            self.assertIn(f"工单 {self.counter_case}", detail)
            self.assertIn("139****4568", detail)
            self.assertIn("受理驿站：驿站1", detail)
            self.assert_no_personal_numbers(detail)
        self.shoot("staff-case", 360)

    def station_table(self, heading):
        """The dashboard's table under the heading containing `heading`: {station: [cells after the name]}."""
        rows = self.browser.evaluate("""(() => {
            const h = [...document.querySelectorAll('h2')].find(e => e.textContent.includes(%s));
            return [...h.nextElementSibling.querySelectorAll('tbody tr')].map(r => [...r.cells].map(c => c.textContent.trim()));
        })()""" % json.dumps(heading))
        return {row[0]: row[1:] for row in rows}

    def test_today_and_the_month_by_station_match_统计(self):
        today = datetime.now(SHANGHAI).strftime("%Y-%m-%d")
        for width in (360, 1280):
            self.browser.open(self.server.base + f"/dashboard?month={self.month}", width, self.auth)
            for heading, period in (("今天", "今天"), (f"{int(self.month[5:])}月受理", self.month)):
                stats = desk_say(self.server, f"统计 {period} 驿站")
                received = {line.split()[0]: int(line.split()[1]) for line in stats.splitlines()[3:] if line.strip()}
                shown = self.station_table(heading)
                totals = {name: int(cells[-1]) for name, cells in shown.items()}
                # Every station is listed (those without cases with 0); the total of each is 统计's 受理.
                self.assertEqual({k: v for k, v in totals.items() if v}, received, f"{heading}: the dashboard and 统计 disagree: {stats}")
                self.assertEqual(totals["驿站2"], 2, "the two messages of 水印桃源1群 were received at 驿站2")
                self.assertGreaterEqual(totals["驿站1"], 1, "the counter's case, typed with 驿站1's token")
        # Each figure links to its list: 驿站2 today holds the two group cases.
        link = self.browser.evaluate("""[...document.querySelectorAll('td a')].find(a => a.href.includes('station=%E9%A9%BF%E7%AB%992&day=')
                                         && !a.href.includes('module=')).href""")
        self.assertIn(f"day={today}", link)
        listing = self.browser.open(link, 360, self.auth)
        self.assert_fits("a list by station", 360)
        for case_id in self.case_ids:
            self.assertIn(case_id, listing)
        self.assertNotIn(self.counter_case, listing)

    def test_volunteer_hours_by_team_match_the_prompt(self):
        text = desk_say(self.server, f"志愿队 工时 {self.month}")
        expected = {line.split()[0]: line.split()[1:] for line in text.splitlines()[3:] if line.strip()}
        self.assertIn("银发志愿队", expected, text)
        self.browser.open(self.server.base + f"/dashboard?month={self.month}", 1280, self.auth)
        shown = self.browser.evaluate("""(() => {
            const h = [...document.querySelectorAll('h3')].find(e => e.textContent === '按志愿队');
            return [...h.nextElementSibling.querySelectorAll('tbody tr')].map(r => [...r.cells].map(c => c.textContent.trim()));
        })()""")
        self.assertEqual({row[0]: row[1:] for row in shown}, {k: v for k, v in expected.items() if k != "合计"})

    def test_the_residents_case_page_and_its_rating_form(self):
        open_link = self.link_of(self.case_ids[0])
        for width in (360, 1280):
            html = self.browser.open(open_link, width)
            self.assert_fits("a resident's case", width)
            self.assertIn(f"工单 {self.case_ids[0]}", html)
            self.assertNotIn("李阿姨", html)
            self.assert_no_personal_numbers(html)
            self.assertNotIn("<form", html)
        closed_link = self.link_of(self.case_ids[1])
        for width in (360, 1280):
            html = self.browser.open(closed_link, width)
            self.assertIn("楼道灯已修好", html)
            self.assertNotIn("声控开关", html, "an internal note on the resident's page")
            self.assert_no_personal_numbers(html)
            self.shoot("case", width)
        # The resident picks 4 and submits: POST, redirect, the page thanks them and the desk has the 回访.
        self.browser.evaluate("document.querySelector('input[name=rating][value=\"4\"]').click()")
        self.browser.events.clear()
        self.browser.evaluate("document.querySelector('form.rate button').click()")
        self.browser.wait_for("Page.loadEventFired")
        after = self.browser.html()
        self.assertIn("已收到您的评价", after)
        self.assertNotIn("<form", after)
        self.shoot("case-rated", 360)
        shown = desk_say(self.server, f"查看 {self.case_ids[1]}")
        self.assertIn("回访评分：4", shown)
        again = requests.post(closed_link, data={"rating": "5"}, headers={"Sec-Fetch-Site": "same-origin"}, timeout=10)
        self.assertEqual(again.status_code, 409)
        self.assertIn("回访评分：4", desk_say(self.server, f"查看 {self.case_ids[1]}"))

    def test_the_clubs_statement_matches_公示(self):
        text = desk_say(self.server, f"公示 {self.month}")
        figures = dict(re.findall(r"(上月结余|本月收入|本月支出|本月结余)：(\S+元)", text))
        self.assertEqual(len(figures), 4, text)
        page = "/pingpong/" + urllib.parse.quote("公示")
        for url in (self.server.base + page, self.server.base + f"{page}/{self.month}"):
            for width in (360, 1280):
                html = self.browser.open(url, width)
                self.assert_fits("the club's 公示", width)
                self.assert_no_personal_numbers(html)
                shown = dict(self.browser.evaluate(
                    "[...document.querySelectorAll('.cards li')].map(li => [li.querySelector('.label').textContent, li.querySelector('.value').textContent])"))
                self.assertEqual(shown, figures)
                self.assertIn("捐款", html)
                if url.endswith(self.month):
                    self.shoot("pingpong", width)


if __name__ == "__main__":
    unittest.main()

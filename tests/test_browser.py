"""kg viz pages in Debian's headless Chromium, network off (skipped when Chromium is not installed).

Chromium runs the page from a file and dumps the DOM after the scripts ran; the page writes what vis-network
drew onto <body data-*>, and console messages go to Chromium's log on stderr.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kg.viz import build_view
from tests.test_viz import make_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")]

PROBE = """<script>
setTimeout(function () {
  var ih = network.interactionHandler, shown = 0;
  nodes.forEach(function (n) {  // hover every node: its tooltip is built and shown
    ih._checkShowPopup(network.canvasToDOM(network.getPositions([n.id])[n.id]));
    if (document.querySelector("div.vis-tooltip")) shown++;
  });
  document.body.dataset.tips = shown;
  document.body.dataset.imgs = document.querySelectorAll("img").length;
  document.body.dataset.title = document.title;
  __EXTRA__
}, 300);
</script>"""


def run_page(tmp_path, html_path, extra_js: str = "") -> tuple[dict, list[str]]:
    html = html_path.read_text()
    i = html.rfind("</body>")
    html_path.write_text(html[:i] + PROBE.replace("__EXTRA__", extra_js) + html[i:])
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000", "--dump-dom", html_path.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    body = re.search(r"<body([^>]*)>", proc.stdout)
    assert body, proc.stderr[-2000:]
    data = dict(re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1)))
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return data, console


def test_focus_view_draws_what_the_graph_holds(tmp_path):
    out = tmp_path / "focus.html"
    rep = build_view(make_store(), focus="Qwen", depth=2, output=out)
    data, console = run_page(tmp_path, out)
    assert (int(data["cakg-drawn-nodes"]), int(data["cakg-drawn-edges"])) == (rep.nodes, rep.edges) == (3, 2)
    assert int(data["tips"]) == rep.nodes
    assert console == []


def test_hostile_name_runs_no_script(tmp_path):
    out = tmp_path / "hostile.html"
    rep = build_view(make_store(hostile=True), output=out)
    data, console = run_page(tmp_path, out)
    assert int(data["cakg-drawn-nodes"]) == rep.nodes
    assert int(data["tips"]) == rep.nodes  # every tooltip, the hostile one included, was shown
    assert data["imgs"] == "0" and "pwned" not in data.get("title", "")
    assert console == []


def test_console_errors_are_seen(tmp_path):
    """The check above can fail: a page that logs an error is caught."""
    out = tmp_path / "noisy.html"
    build_view(make_store(), output=out)
    _, console = run_page(tmp_path, out, 'console.error("noisy page");')
    assert any("noisy page" in line for line in console)

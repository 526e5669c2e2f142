"""kg viz pages in Debian's headless Chromium, driven by Selenium through Debian's chromedriver, network off.

Skipped when Chromium, chromedriver or Selenium is missing (`.ci/install-browser.sh` installs the first two with
apt; Selenium Manager never downloads anything because the driver's path is given).
"""

from __future__ import annotations

import shutil
import time

import pytest

from kg.viz import build_view
from tests.test_viz import make_store

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
selenium = pytest.importorskip("selenium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian's chromium and chromium-driver are not installed"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # the network is off: no name resolves
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def open_view(browser, path) -> dict:
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(path.as_uri())
    deadline = time.time() + 30
    while time.time() < deadline:
        drawn = browser.execute_script("return document.body.dataset.cakgDrawnNodes")
        if drawn is not None:
            break
        time.sleep(0.1)
    hover_all = """
      var ih = network.interactionHandler, shown = 0;
      nodes.forEach(function (n) {  // hover every node: vis builds and shows its tooltip
        ih._checkShowPopup(network.canvasToDOM(network.getPositions([n.id])[n.id]));
        if (document.querySelector('div.vis-tooltip')) shown++;
      });
      return shown;"""
    tips = browser.execute_script(hover_all)
    return {
        "nodes": int(browser.execute_script("return document.body.dataset.cakgDrawnNodes")),
        "edges": int(browser.execute_script("return document.body.dataset.cakgDrawnEdges")),
        "tips": tips,
        "imgs": browser.execute_script("return document.querySelectorAll('img').length"),
        "title": browser.title,
        "pwned": browser.execute_script("return window.__pwned === true"),
        "console": [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")],
    }


def test_focus_view_draws_what_the_graph_holds(browser, tmp_path):
    out = tmp_path / "focus.html"
    rep = build_view(make_store(), focus="Qwen", depth=2, output=out)
    seen = open_view(browser, out)
    assert (seen["nodes"], seen["edges"]) == (rep.nodes, rep.edges) == (3, 2)
    assert seen["tips"] == rep.nodes
    assert seen["console"] == []


def test_hostile_name_runs_no_script(browser, tmp_path):
    out = tmp_path / "hostile.html"
    rep = build_view(make_store(hostile=True), output=out)
    seen = open_view(browser, out)
    assert seen["nodes"] == rep.nodes and seen["tips"] == rep.nodes  # the hostile tooltip was shown too
    assert seen["imgs"] == 0 and "pwned" not in seen["title"] and not seen["pwned"]
    assert seen["console"] == []


def test_console_errors_are_seen(browser, tmp_path):
    """The console check can fail: a page that logs an error is caught."""
    out = tmp_path / "noisy.html"
    build_view(make_store(), output=out)
    html = out.read_text()
    i = html.rfind("</body>")
    out.write_text(html[:i] + '<script>console.error("noisy page");</script>' + html[i:])
    assert any("noisy page" in e["message"] for e in open_view(browser, out)["console"])

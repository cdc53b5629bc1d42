"""A headless chromium started once and driven over the DevTools protocol on a pipe.

Launching chromium takes most of a second; a test that opens six pages would spend seconds
starting browsers. ``Browser`` keeps one process and opens each page in a new tab (its own
target, closed afterwards), as ``--dump-dom``, ``--screenshot`` and ``--print-to-pdf`` would:
the page is loaded, then its DOM is read, or it is captured or printed.
"""

from __future__ import annotations

import base64
import json
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Any

TIMEOUT_S = 120.0


class BrowserError(RuntimeError):
    """The browser answered a command with an error, or not in time."""


class Browser:
    """One chromium process; ``close()`` ends it."""

    def __init__(self, executable: str) -> None:
        to_browser, self._commands = os.pipe()  # chromium reads commands on its fd 3
        self._replies, from_browser = os.pipe()  # and writes replies and events on its fd 4

        def pipes_at_3_and_4() -> None:
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        self._process = subprocess.Popen(
            [
                executable,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=pipes_at_3_and_4,  # noqa: PLW1509 (the tests start it from one thread)
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0

    def close(self) -> None:
        try:
            self._send("Browser.close")
            self._process.wait(timeout=10)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        finally:
            os.close(self._commands)
            os.close(self._replies)

    def dom(self, page: Path) -> str:
        """The page's DOM once it has loaded, serialized as ``--dump-dom`` prints it."""
        with _Tab(self, page) as tab:
            result = tab.send(
                "Runtime.evaluate",
                expression="document.documentElement.outerHTML",
                returnByValue=True,
            )
        return str(result["result"]["value"])

    def screenshot(self, page: Path, png: Path, width: int = 1000, height: int = 800) -> bytes:
        """A PNG of the page in a window of ``width`` × ``height``, also written to ``png``."""
        with _Tab(self, page, size=(width, height)) as tab:
            data = tab.send("Page.captureScreenshot", format="png")["data"]
        png.write_bytes(base64.b64decode(data))
        return png.read_bytes()

    def pdf(self, page: Path, pdf: Path) -> bytes:
        """The page printed without header and footer, also written to ``pdf``."""
        with _Tab(self, page) as tab:
            data = tab.send("Page.printToPDF", displayHeaderFooter=False)["data"]
        pdf.write_bytes(base64.b64decode(data))
        return pdf.read_bytes()

    def _send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            # events (a tab's targets and sessions coming and going) are of no interest

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT_S
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise BrowserError(f"chromium sent nothing for {TIMEOUT_S:g} s")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise BrowserError("chromium closed its pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(message))


class _Tab:
    """A new tab showing ``page`` once it has loaded (its load event has run); closed on
    leaving."""

    def __init__(self, browser: Browser, page: Path, size: tuple[int, int] | None = None) -> None:
        self._browser = browser
        self._page = page
        self._size = size
        self._target = ""
        self._session = ""

    def __enter__(self) -> _Tab:
        send = self._browser._send
        self._target = send("Target.createTarget", url="about:blank")["targetId"]
        self._session = send("Target.attachToTarget", targetId=self._target, flatten=True)[
            "sessionId"
        ]
        if self._size is not None:
            width, height = self._size
            self.send(
                "Emulation.setDeviceMetricsOverride",
                width=width,
                height=height,
                deviceScaleFactor=1,
                mobile=False,
            )
        url = self._page.as_uri()
        self.send("Page.navigate", url=url)
        deadline = time.monotonic() + TIMEOUT_S
        loaded = "document.readyState === 'complete' && location.href"
        while self.send("Runtime.evaluate", expression=loaded)["result"].get("value") != url:
            if time.monotonic() > deadline:
                raise BrowserError(f"{url} did not load in {TIMEOUT_S:g} s")
            time.sleep(0.01)
        return self

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self._browser._send(method, self._session, **params)

    def __exit__(self, *exc: object) -> None:
        self._browser._send("Target.closeTarget", targetId=self._target)

"""Start and stop a local Label Studio server with a known user and token, no manual step.

Used by ``ls-factcheck demo`` and by the end-to-end tests. The server listens on 127.0.0.1 only
and keeps its SQLite database in the given data folder, or, given a ``postgresql://`` URL, uses
that PostgreSQL database (Label Studio's production setup).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from urllib.parse import parse_qs, unquote, urlsplit

import httpx

DEFAULT_USER = "reviewer@factcheck.local"
DEFAULT_PASSWORD = "factcheck-demo"
DEFAULT_TOKEN = "factcheck-demo-token-0001"

# Label Studio also reads these unprefixed names (HOST, PORT, ...) from the environment; a stray
# one on the user's machine would silently change the server, so the child never sees them.
_UNPREFIXED = ("USERNAME", "PASSWORD", "HOST", "PORT", "DEBUG")


@dataclass
class LocalStudio:
    url: str
    username: str
    password: str
    token: str
    data_dir: Path
    log_path: Path
    process: subprocess.Popen | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __enter__(self) -> LocalStudio:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class StudioStartError(RuntimeError):
    """The server did not come up; the message says why and where its log is."""


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex((host, port)) != 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def studio_environment(username: str, password: str, token: str, data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _UNPREFIXED}
    env.update(
        LABEL_STUDIO_USERNAME=username,
        LABEL_STUDIO_PASSWORD=password,
        LABEL_STUDIO_USER_TOKEN=token,
        # The SDK's plain token only works if this is set on the first start of a data dir.
        LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
        # A local setup talks to a plugin and webhooks on 127.0.0.1; a deployment where Label
        # Studio and the plugin run on separate hosts keeps both protections on.
        LABEL_STUDIO_ML_BLOCK_LOCAL_IP="false",
        LABEL_STUDIO_SSRF_PROTECTION_ENABLED="false",
        LABEL_STUDIO_BASE_DATA_DIR=str(data_dir),
        LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK="true",
        # Predictions with labels the interface does not know are refused instead of dropped.
        fflag_feat_utc_210_prediction_validation_15082025="true",
        COLLECT_ANALYTICS="false",
    )
    return env


def postgres_environment(database_url: str) -> dict[str, str]:
    """Label Studio's settings for a PostgreSQL database given as a URL.

    ``postgresql://USER:PASSWORD@HOST:PORT/NAME``; a Unix socket folder goes in ``?host=/path``.
    """
    parts = urlsplit(database_url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError("the database URL must start with postgresql://")
    query = parse_qs(parts.query)
    host = query.get("host", [parts.hostname or "localhost"])[0]
    return {
        "DJANGO_DB": "default",
        "POSTGRE_NAME": unquote(parts.path.lstrip("/")) or "postgres",
        "POSTGRE_USER": unquote(parts.username or "postgres"),
        "POSTGRE_PASSWORD": unquote(parts.password or ""),
        "POSTGRE_HOST": host,
        "POSTGRE_PORT": str(parts.port or query.get("port", ["5432"])[0]),
    }


def start_label_studio(
    data_dir: Path,
    port: int = 8080,
    username: str = DEFAULT_USER,
    password: str = DEFAULT_PASSWORD,
    token: str = DEFAULT_TOKEN,
    timeout: float = 180.0,
    database_url: str | None = None,
) -> LocalStudio:
    """Start ``label-studio`` on 127.0.0.1:``port`` with its data in ``data_dir`` and wait until healthy.

    ``database_url``: a PostgreSQL database instead of SQLite in ``data_dir`` (uploads and logs
    stay in ``data_dir``).
    """
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    # The database holds the known user's password hash, its API token and every article: owner only.
    data_dir.chmod(0o700)
    if not port_is_free(port):
        # Label Studio would quietly move to another port; say so instead.
        raise StudioStartError(f"port {port} on 127.0.0.1 is already in use: choose another with --port")
    executable = shutil.which("label-studio", path=str(Path(sys.executable).parent)) or shutil.which("label-studio")
    if executable is None:
        raise StudioStartError("the label-studio server is not installed: pip install 'label-studio-factcheck[server]'")
    log_path = data_dir / "label-studio.log"
    command = [executable, "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port),
               "--data-dir", str(data_dir)]
    log = log_path.open("ab")
    env = studio_environment(username, password, token, data_dir)
    if database_url:
        env.update(postgres_environment(database_url))
    process = subprocess.Popen(command, env=env,
                               stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True)
    studio = LocalStudio(f"http://127.0.0.1:{port}", username, password, token, data_dir, log_path, process)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StudioStartError(f"Label Studio exited with code {process.returncode}; see {log_path}")
        try:
            if httpx.get(f"{studio.url}/health", timeout=2).status_code == 200:
                return studio
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    studio.stop()
    raise StudioStartError(f"Label Studio did not answer on {studio.url} within {timeout:.0f} s; see {log_path}")

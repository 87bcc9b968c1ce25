"""The plugin as Label Studio's ML-backend convention deploys it: an ASGI app built from settings.

Run it with uvicorn from the repository root (settings from the environment, see
settings.example.env):

    uvicorn app:app --app-dir plugin --host 127.0.0.1 --port 9090

``ls-factcheck serve`` starts the same app; this file is for servers that run ASGI apps
themselves (uvicorn, gunicorn with uvicorn workers, a container's entry point).
"""

import logging

from ls_factcheck.backend.app import create_app
from ls_factcheck.backend.config import PluginConfig

log = logging.getLogger("ls_factcheck.backend")
config = PluginConfig.from_env()
# The ASGI server binds the address, so an opted-out plugin is trusted to be on loopback (and told so).
if refusal := config.refusal():
    raise SystemExit(f"the plugin does not start: {refusal}")
for warning in config.warnings():
    log.warning(warning)
app = create_app(config)

"""Start (or reuse) an embedded PostgreSQL from `pgserver` for development without a server.

Used only when DATABASE_URL is unset. The server keeps running after the process exits so that
`migrate`, `runserver` and the tests share one instance; its data lives in a git-ignored folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def embedded_database(base_dir: Path) -> dict:
    """Return a Django DATABASES entry for an embedded PostgreSQL, starting it if needed."""
    import pgserver

    pgdata = Path(os.environ.get("EMBEDDED_PGDATA", base_dir / "var" / "pgdata")).resolve()
    pgdata.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(pgdata, cleanup_mode=None)
    info = server.get_postmaster_info()
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "postgres",
        "USER": "postgres",
        "HOST": str(info.socket_dir),
        "PORT": str(info.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DATABASE_URL": "postgres://archive:secret@db.example:5432/archive",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "archive.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://archive.example.org",
}


def run_manage(*args, env, timeout=180):
    # The browser tests allow sync ORM calls in their event loop; a deployment never does.
    env = {k: v for k, v in env.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_deploy_check_is_clean_with_production_settings():
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV} | PRODUCTION_ENV
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"} | {
        "DATABASE_URL": PRODUCTION_ENV["DATABASE_URL"],
        "DEBUG": "0",
    }
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_without_database_url_the_embedded_postgresql_serves_the_home_page(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    env["EMBEDDED_PGDATA"] = str(tmp_path / "pgdata")
    migrate = run_manage("migrate", "--verbosity", "0", env=env)
    assert migrate.returncode == 0, migrate.stderr
    script = (
        "from django.test import Client;"
        "r = Client(HTTP_HOST='localhost').get('/');"
        "print(r.status_code, 'Архив' in r.content.decode())"
    )
    result = run_manage("shell", "-c", script, env=env)
    assert result.stdout.split()[-2:] == ["200", "True"], result.stderr
    postmaster_pid = int((tmp_path / "pgdata" / "postmaster.pid").read_text().split()[0])
    os.kill(postmaster_pid, signal.SIGINT)  # fast shutdown of the test's own server

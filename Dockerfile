FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY archive ./archive
COPY articles ./articles
RUN pip install .

COPY . .
# collectstatic needs settings that import cleanly; the real values come from the environment at run time.
RUN DATABASE_URL=postgres://build@localhost/build SECRET_KEY=build-only DEBUG=0 \
    python manage.py collectstatic --noinput

RUN useradd --create-home archive && chown -R archive /app
USER archive
EXPOSE 8000
CMD ["gunicorn", "archive.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]

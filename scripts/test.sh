#!/usr/bin/env bash
# Installs what the whole suite needs (packages, a PostgreSQL server) and runs it:
# typecheck, lint, engine unit tests, API tests on PGlite and on PostgreSQL, server tests,
# document files read back (poppler), and the dashboard's journeys in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgresql://postgres:postgres@127.0.0.1:5432/postgres}"

# Another install on the machine (unattended upgrades, a neighbour's test run) holds the package
# lock for a while: wait for it rather than fail.
apt_get() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3 "$@"
}

postgres_ready() {
  node -e '
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    client.connect().then(() => client.end()).then(() => process.exit(0), () => process.exit(1));
  ' 2>/dev/null
}

ensure_postgres() {
  if postgres_ready; then echo "==> PostgreSQL is up"; return; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not reachable at $TEST_DATABASE_URL and only root can install or start it here." >&2
    exit 1
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "==> installing PostgreSQL"
    apt_get update -q
    apt_get install -y -q postgresql
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "==> starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do
    if runuser -u postgres -- psql -q -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  postgres_ready || { echo "PostgreSQL did not come up at $TEST_DATABASE_URL" >&2; exit 1; }
}

# The browser journeys drive Debian's Chromium (playwright-core never downloads a browser here).
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$chromium" ]; then echo "==> Chromium is installed"; return; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing at $chromium and only root can install it (apt-get install chromium)." >&2
    exit 1
  fi
  echo "==> installing Chromium"
  apt_get update -q
  apt_get install -y -q chromium
  [ -x "$chromium" ] || { echo "Chromium did not install at $chromium" >&2; exit 1; }
}

# Document tests read generated PDFs back with poppler's pdftotext and pdfinfo.
ensure_poppler() {
  if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
    echo "==> poppler-utils are installed"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "pdftotext is missing and only root can install it (apt-get install poppler-utils)." >&2
    exit 1
  fi
  echo "==> installing poppler-utils"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q poppler-utils
}

install_packages
ensure_chromium
ensure_poppler
# pg is resolvable from the db package once packages are installed.
cd packages/db && ensure_postgres && cd ../..
echo "==> running the test suite"
# Every package's tests run to the end even when one fails (turbo --continue), and lint runs
# either way, so one failure never hides the others; the exit status reports any.
status=0
pnpm exec turbo run typecheck test e2e --continue || status=$?
pnpm lint || status=$?
if [ "$status" -ne 0 ]; then echo "==> the suite failed: see every failing task above" >&2; fi
exit "$status"

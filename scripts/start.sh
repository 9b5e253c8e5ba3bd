#!/usr/bin/env bash
# Installs thidua's packages and starts it on the embedded database (PGlite in ./data),
# seeding realistic demo data on the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
install_packages
pnpm start

#!/usr/bin/env bash
# Installs everything, builds the web app, prepares the SQLite database with a demo meeting, and starts Hiwar.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh

pnpm_run install --frozen-lockfile
pnpm_run --filter @hiwar/web build
pnpm_run --filter @hiwar/server seed
exec pnpm_run --filter @hiwar/server start

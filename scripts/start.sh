#!/usr/bin/env bash
# Installs everything, builds the web app, prepares the SQLite database with a demo meeting, and starts Hiwar.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh

pnpm_run install --frozen-lockfile
pnpm_run --filter @hiwar/web build
# The demo facilitator and meeting exist only when asked for; on a developer's machine `npm start` asks.
export HIWAR_DEMO=1
pnpm_run --filter @hiwar/server seed
# One process for the server (node with tsx's loader), so Ctrl-C and SIGTERM reach it directly.
cd apps/server
exec node --import tsx src/server.ts

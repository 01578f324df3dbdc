# Sourced by the other scripts: runs the pinned pnpm, whether or not it is installed globally.
PNPM_VERSION=10.34.9
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  pnpm_run() { pnpm "$@"; }
else
  pnpm_run() { npx -y "pnpm@$PNPM_VERSION" "$@"; }
fi

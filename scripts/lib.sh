# Shared by the start and test scripts: pnpm without corepack, and a quiet Prisma and turbo.
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 TURBO_TELEMETRY_DISABLED=1
PNPM_VERSION=10.34.9

pnpm() {
  npx --yes "pnpm@${PNPM_VERSION}" "$@"
}

install_packages() {
  echo "==> installing packages"
  pnpm install --frozen-lockfile
}

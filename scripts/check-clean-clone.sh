#!/usr/bin/env bash
# Proves the repository stands alone (issue 17): clones HEAD into an empty temporary folder that
# has no siblings (so no ../shared or any other neighbour can be read), then runs the README's two
# commands there, `./dev build` and `./dev test`, and prints how long each took.
#
#   scripts/check-clean-clone.sh            clone HEAD of this checkout
#   scripts/check-clean-clone.sh <rev>      clone another commit
#   KEEP_CLONE=1 scripts/check-clean-clone.sh   keep the folder to look at it afterwards
#
# Only committed work is tested: the clone is of a commit, not of the working tree. Takes about
# 15 minutes on a 2-core machine (a cold pnpm install, a full build, the whole test suite).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-HEAD}"
commit="$(git -C "$repo" rev-parse --verify "$rev^{commit}")"

# mktemp's folder is the clone's parent and holds nothing else: the clone has no siblings.
parent="$(mktemp -d "${TMPDIR:-/tmp}/k8s-gitops-clean-clone.XXXXXX")"
clone="$parent/k8s-gitops"
cleanup() {
  if [ -n "${KEEP_CLONE:-}" ]; then echo "check-clean-clone: kept $clone" >&2; else rm -rf "$parent"; fi
}
trap cleanup EXIT
# Interrupted or killed: still remove the clone (the EXIT trap runs on the way out).
trap 'exit 130' INT TERM

log() { printf '\033[1m[check-clean-clone]\033[0m %s\n' "$*" >&2; }

log "cloning $commit into $clone"
# --no-local: copy objects instead of hard-linking them, as a clone from a remote would.
git clone --quiet --no-local --no-checkout "$repo" "$clone"
git -C "$clone" checkout --quiet "$commit"
if [ -n "$(ls -A "$parent" | grep -vx k8s-gitops || true)" ]; then
  log "the clone's parent folder is not empty"; exit 1
fi

declare -a report=()
status=0
step() {
  local name="$1"; shift
  log "$name"
  local started=$SECONDS code=0
  (cd "$clone" && "$@") || code=$?
  local took=$(( SECONDS - started ))
  report+=("$(printf '%-12s exit %d  %dm%02ds (%d s)' "$name" "$code" $(( took / 60 )) $(( took % 60 )) "$took")")
  [ "$code" -eq 0 ] || status=1
}

# CI=true as in CI: no prompts, the reporters CI uses.
export CI=true
step "./dev build" ./dev build
step "./dev test" ./dev test

echo
echo "check-clean-clone: $commit in a folder with no siblings"
for line in "${report[@]}"; do echo "  $line"; done
exit "$status"

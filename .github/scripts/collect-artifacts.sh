#!/usr/bin/env bash
# The affected clusters' built artifacts, for the privileged diff job (pull-request-diff.yaml):
#   .github/scripts/collect-artifacts.sh BASE HEAD PR_NUMBER OUT_DIR
# Writes OUT_DIR/<cluster>/oci (the OCI layout gitops build wrote and validated, copied as is)
# and OUT_DIR/pr-number. Runs in the unprivileged pull request job, after nx affected -t build.
set -euo pipefail
base="$1" head="$2" pr="$3" out="$4"
here="$(dirname "$0")"
mkdir -p "$out"
printf '%s' "$pr" >"$out/pr-number"
for dir in $("$here/affected-clusters.sh" "$base" "$head"); do
  name="$(basename "$dir")"
  if [ ! -f "$dir/dist/oci/index.json" ]; then
    echo "::error::$dir/dist/oci is missing: the build of cluster $name did not run" >&2
    exit 1
  fi
  mkdir -p "$out/$name"
  cp -R "$dir/dist/oci" "$out/$name/oci"
done

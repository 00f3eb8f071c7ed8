#!/usr/bin/env bash
# The artifact diff of every affected cluster, as Markdown for the pull request:
#   .github/scripts/artifact-diff.sh BASE HEAD OUT.md
# For each cluster, `gitops diff` renders the PR's cluster package and compares it, object by
# object, with the artifact the cluster runs (tag main of its Harbor repository; a cluster never
# pushed yet compares as empty). Exit status of gitops diff: 0 no change, 1 changes, 2+ error;
# an error fails this script after every cluster has been tried.
set -euo pipefail
base="$1" head="$2" out="$3"
here="$(dirname "$0")"
status=0
clusters="$("$here/affected-clusters.sh" "$base" "$head")"
# A GitHub comment holds 65536 characters: each cluster gets its share, the full diffs are in
# the job's artifact-diff artifact.
max=$((60000 / $(echo "$clusters" | wc -w | awk '{print ($1 > 0) ? $1 : 1}')))
{
  echo "## Cluster artifacts"
  echo
  if [ -z "$clusters" ]; then
    echo "No cluster is affected by this change: no artifact changes."
  fi
} >"$out"
mkdir -p artifact-diff
for dir in $clusters; do
  name="$(basename "$dir")"
  code=0
  pnpm exec gitops diff --cluster "$dir" --missing-ok >"artifact-diff/$name.diff" 2>"artifact-diff/$name.log" || code=$?
  {
    echo "### $name"
    echo
    case "$code" in
      0) echo "No change to the artifact." ;;
      1)
        echo '<details><summary>Changed objects</summary>'
        echo
        echo '```diff'
        head -c "$max" "artifact-diff/$name.diff"
        if [ "$(wc -c <"artifact-diff/$name.diff")" -gt "$max" ]; then
          echo "... (cut here: the full diff is in this run's artifact-diff artifact)"
        fi
        echo '```'
        echo '</details>'
        ;;
      *)
        status=1
        echo "**gitops diff failed (exit $code):**"
        echo '```'
        tail -n 40 "artifact-diff/$name.log"
        echo '```'
        ;;
    esac
    echo
  } >>"$out"
done
exit "$status"

#!/usr/bin/env bash
# The artifact diff of every cluster of a pull request, as Markdown:
#   .github/scripts/artifact-diff.sh LAYOUTS_DIR OUT.md     (CI: the pull request's built artifacts)
#   .github/scripts/artifact-diff.sh BASE HEAD OUT.md       (locally: renders the affected clusters)
# With LAYOUTS_DIR (what collect-artifacts.sh wrote: <cluster>/oci), each cluster's artifact as
# the pull request built it is compared with `gitops diff --layout` against the artifact the
# cluster runs (tag main of its Harbor repository; a cluster never pushed compares as empty):
# nothing of the pull request is executed, its layouts are read as data. With BASE HEAD, each
# affected cluster is rendered from the work tree instead. Exit status of gitops diff: 0 no
# change, 1 changes, 2+ error; an error fails this script after every cluster has been tried.
set -euo pipefail
here="$(dirname "$0")"
if [ "$#" -eq 2 ]; then
  layouts="$1" out="$2"
  clusters=""
  for entry in "$layouts"/*/; do
    [ -d "$entry" ] || continue
    name="$(basename "$entry")"
    # Names come from the pull request's artifact: only a cluster main knows is diffed.
    if ! [[ "$name" =~ ^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$ ]]; then echo "skipping \"$name\": not a cluster name" >&2; continue; fi
    clusters="$clusters clusters/$name"
  done
else
  base="$1" head="$2" out="$3" layouts=""
  clusters="$("$here/affected-clusters.sh" "$base" "$head")"
fi
status=0
# A GitHub comment holds 65536 characters: each cluster gets its share, the full diffs are in
# the job's artifact-diff artifact.
max=$((60000 / $(echo "$clusters" | wc -w | awk '{print ($1 > 0) ? $1 : 1}')))
{
  echo "## Cluster artifacts"
  echo
  if [ -z "${clusters// /}" ]; then
    echo "No cluster is affected by this change: no artifact changes."
  fi
} >"$out"
mkdir -p artifact-diff
for dir in $clusters; do
  name="$(basename "$dir")"
  code=0
  if [ -n "$layouts" ] && [ ! -f "$dir/package.json" ]; then
    { echo "### $name"; echo; echo "A new cluster (not on main yet): nothing to compare with."; echo; } >>"$out"
    continue
  fi
  args=(--cluster "$dir" --missing-ok)
  if [ -n "$layouts" ]; then args+=(--layout "$layouts/$name/oci"); fi
  pnpm exec gitops diff "${args[@]}" >"artifact-diff/$name.diff" 2>"artifact-diff/$name.log" || code=$?
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

#!/usr/bin/env bash
# Makes a restored Nx cache index this machine's own:  .github/scripts/nx-cache-adopt.sh [WORKSPACE]
#
# Nx 22 keeps the index of its local cache (which task hash has which outputs in .nx/cache) in
# a SQLite file, .nx/workspace-data/<machine id>.db, named after the machine id it reads on Linux
# (/var/lib/dbus/machine-id, else /etc/machine-id, else "machine"). A runner whose machine id is
# not the one of the runner that saved the cache opens a new, empty index beside the restored one,
# and every task misses. So when this machine has no index of its own and exactly one was
# restored, that one is renamed to this machine's name. Nothing in the index depends on the
# machine. Run after the cache is restored and before Nx; a no-op when the ids already agree.
set -euo pipefail
dir="${1:-.}/.nx/workspace-data"

# As Nx (the machine_uid crate) reads it: the first file that can be read, trimmed.
id=""
for f in /var/lib/dbus/machine-id /etc/machine-id; do
  if [ -r "$f" ]; then
    id="$(tr -d '[:space:]' <"$f")"
    break
  fi
done
[ -n "$id" ] || id=machine

[ -d "$dir" ] || exit 0
[ -e "$dir/$id.db" ] && exit 0
shopt -s nullglob
dbs=("$dir"/*.db)
if [ "${#dbs[@]}" -ne 1 ]; then
  [ "${#dbs[@]}" -eq 0 ] || echo "nx-cache-adopt: ${#dbs[@]} restored indexes in $dir, none of this machine: left as they are" >&2
  exit 0
fi
old="$(basename "${dbs[0]}" .db)"
# The database and its SQLite companions (-wal, -shm) move together; the old lock file goes.
for f in "$dir/$old".db*; do
  mv "$f" "$dir/$id${f#"$dir/$old"}"
done
rm -f "$dir/$old.lock"
echo "nx-cache-adopt: the restored cache index $old.db is now this machine's $id.db"

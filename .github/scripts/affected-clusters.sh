#!/usr/bin/env bash
# Prints the folder of every cluster package a change affects, one per line (clusters/infra, ...).
#   .github/scripts/affected-clusters.sh BASE HEAD
# Nx decides "affected" (the cluster, or any package it depends on, changed); the folders come
# from Nx's project roots, so a cluster's Nx name and folder may differ.
set -euo pipefail
base="$1" head="$2"
for project in $(pnpm exec nx show projects --affected --base="$base" --head="$head" --projects='clusters/*' --sep=' '); do
  pnpm exec nx show project "$project" --json | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).root))'
done

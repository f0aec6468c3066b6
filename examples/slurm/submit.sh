#!/usr/bin/env bash
# Submit the sweep as N array tasks and the merge step that runs once they all succeed.
# Usage: bash submit.sh [N]   (from the folder where shards/, logs/ and sweep.csv should go)
# Prints the two job ids: the array's and the merge's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:-8}
mkdir -p logs shards
array=$(sbatch --parsable --array="0-$((n - 1))" --export=ALL,SHARDS="$n" "$here/sweep-shard.sbatch")
array=${array%%;*}   # "id;cluster" on multi-cluster set-ups
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes "$here/merge.sbatch")
echo "$array ${merge%%;*}"

#!/usr/bin/env bash
# Run examples/slurm on a real one-node Slurm cluster started here, and check the result.
#
# Starts munged, slurmctld and slurmd from Debian's packages (slurm-wlm, munge) as root, with
# every file they need (munge key, slurm.conf with this host's name, CPUs and memory, state
# and spool folders, logs) in a temporary folder and ports of their own, so nothing of the
# machine's own set-up is read or changed. Submits the sweep as an N-task job array and the
# merge step with afterok (submit.sh), waits for both (bounded), and compares the merged
# CSV with the same sweep run in one go: they must be identical byte for byte. The daemons
# it started are stopped and the folder removed on every exit, failure included.
#
# Needs the built CLI (npm run build). Usage: bash examples/slurm/local-cluster-test.sh
# Environment: SHARDS (default 4), POINTS (12), REPLICATES (5), WAIT_SECONDS (600).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cli="node $repo/dist/cli.js"
shards=${SHARDS:-4}
points=${POINTS:-12}
replicates=${REPLICATES:-5}
wait_seconds=${WAIT_SECONDS:-600}

[ "$(id -u)" = 0 ] || { echo "local-cluster-test: the daemons run as root here; run as root" >&2; exit 1; }
for program in munged slurmctld slurmd sbatch squeue scontrol; do
  command -v "$program" >/dev/null || { echo "local-cluster-test: $program is missing (Debian packages slurm-wlm and munge)" >&2; exit 1; }
done
[ -f "$repo/dist/cli.js" ] || { echo "local-cluster-test: $repo/dist/cli.js is missing; run npm run build" >&2; exit 1; }

work=$(mktemp -d /tmp/escalation-sim-slurm.XXXXXX)
chmod 700 "$work"
pids=()
cleanup() {
  status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    echo "local-cluster-test: failed; daemon and job logs follow" >&2
    tail -n 30 "$work"/*.log "$work"/*.err "$work"/run/logs/* 2>/dev/null >&2 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# munge: a fresh key and socket of its own.
mkdir -m 700 "$work/munge"
head -c 1024 /dev/urandom >"$work/munge/munge.key"
chmod 400 "$work/munge/munge.key"
munged --foreground --force --key-file="$work/munge/munge.key" \
  --socket="$work/munge/munge.socket" --pid-file="$work/munge/munged.pid" \
  --seed-file="$work/munge/munged.seed" --log-file="$work/munged.log" >"$work/munged.err" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -S "$work/munge/munge.socket" ] && break; sleep 0.1; done
[ -S "$work/munge/munge.socket" ] || { echo "local-cluster-test: munged did not start" >&2; exit 1; }

# Two free ports, and this host's name, CPUs and memory as slurmd itself reports them.
read -r ctld_port slurmd_port < <(node -e "
const net = require('node:net');
const free = () => new Promise((ok) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
Promise.all([free(), free()]).then((p) => console.log(p.join(' ')));")
host=$(hostname -s)
node_line=$(slurmd -C | head -n 1)   # NodeName=<host> CPUs=… RealMemory=…
mkdir -p "$work/state" "$work/spool" "$work/run"
: >"$work/plugstack.conf"
cat >"$work/slurm.conf" <<CONF
ClusterName=escalationsim
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
PlugStackConfig=$work/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
$node_line NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=batch Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"

slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.err" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >"$work/slurmd.err" 2>&1 &
pids+=($!)
for _ in $(seq 300); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -n 1 || true)
  case "$state" in idle* | mixed* | allocated*) break ;; esac
  sleep 0.2
done
case "${state:-}" in idle* | mixed* | allocated*) ;; *)
  echo "local-cluster-test: the node did not become idle (state '${state:-none}')" >&2; exit 1 ;;
esac

# The example, as a user runs it: N array tasks, then the merge once they all succeed.
cd "$work/run"
export ESCALATION_SIM="$cli" POINTS="$points" REPLICATES="$replicates" SEED=1
read -r array merge < <(bash "$repo/examples/slurm/submit.sh" "$shards")
echo "local-cluster-test: submitted array job $array ($shards tasks) and merge job $merge"
deadline=$((SECONDS + wait_seconds))
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "local-cluster-test: the jobs did not finish within $wait_seconds s" >&2
    squeue >&2 || true
    exit 1
  fi
  sleep 1
done
for job in "$array" "$merge"; do
  scontrol show job "$job" | grep -o 'JobState=[A-Z_]*' | sort -u | grep -vq 'JobState=COMPLETED' && {
    echo "local-cluster-test: job $job did not complete:" >&2
    scontrol show job "$job" | grep -E 'JobId|JobState|ExitCode' >&2
    exit 1
  }
done
[ "$(ls shards | wc -l)" = "$shards" ] || { echo "local-cluster-test: expected $shards shard files, found: $(ls shards)" >&2; exit 1; }

# The same sweep in one go, as sweep-shard.sbatch describes it.
$cli sweep iraq-2020 \
  --param hostGovernment.thresholds.expulsion=4:20 \
  --param militias.0.baseline=0.04:0.12 \
  --design lhs --points "$points" --replicates "$replicates" --seed 1 --out whole.csv
if ! cmp -s sweep.csv whole.csv; then
  echo "local-cluster-test: the merged sweep differs from the sweep run in one go" >&2
  diff sweep.csv whole.csv | head -n 20 >&2 || true
  exit 1
fi
echo "local-cluster-test: $shards array tasks merged into $(($(wc -l <sweep.csv) - 2)) rows, identical to the sweep run in one go"

#!/usr/bin/env bash
# Micro-benchmarks of the matching code with BenchmarkDotNet: the default score (time per scoring) and skill
# extraction from a 400-word description. Release build, one process pinned to one core.
#
#   bench/micro.sh                 # every benchmark
#   bench/micro.sh --filter '*Scoring*'
#
# Results go to bench/results/micro/ (ignored by git) and to the console.
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS=("$@")
[[ $# -eq 0 ]] && ARGS=(--filter '*')
exec taskset -c 0 dotnet run -c Release --project bench/CareerCopilot.Benchmarks -- \
    "${ARGS[@]}" --artifacts bench/results/micro --join

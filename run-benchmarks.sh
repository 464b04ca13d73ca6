#!/usr/bin/env bash
# One command, the benchmark of docs/performance.md: builds what is needed (offline first, like
# run-local.sh), then starts its own durable local stack with the production JVM flags, measures the
# baselines and the scenarios in the same run, writes docs/benchmarks.md and docs/benchmarks-latency.svg,
# and stops the stack. Under 15 minutes on the project's 2-core machine. A local stack must not be running.
#
#   ./run-benchmarks.sh            the full run (writes docs/)
#   ./run-benchmarks.sh --smoke    a few seconds per scenario (writes benchmarks/target/; CI runs it)
#   SKIP_BUILD=1 ./run-benchmarks.sh   reuse the jars already built
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  started=$SECONDS
  # package, not install: the jars run from each module's target/, and ~/.m2 stays as it was.
  build=(-q -Dmaven.test.skip=true package -pl benchmarks -am)
  echo "[run-benchmarks] building: ./mvnw ${build[*]}"
  if ! ./mvnw -o "${build[@]}"; then
    echo "[run-benchmarks] offline build failed, trying online"
    ./mvnw "${build[@]}"
  fi
  echo "[run-benchmarks] built in $((SECONDS - started)) s"
fi

jar=$(ls -t benchmarks/target/benchmarks-*-exec.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$jar" ]]; then
  echo "[run-benchmarks] no benchmarks exec jar; run without SKIP_BUILD=1" >&2
  exit 1
fi

# The benchmark's own JVM (the load driver) shares the cores with the stack, so it must cost as little per
# request as it can: C2 on (a C1-only driver capped the bare baseline at about 650 requests/s) and the
# Parallel collector, like the services.
exec java -XX:+UseParallelGC -Xms512m -Xmx512m -jar "$jar" --root="$PWD" "$@"

#!/usr/bin/env bash
# One command, the whole platform on its embedded defaults: builds what is needed, then starts Kafka
# (KRaft), PostgreSQL, the identity provider, the PSP simulator and the five services in this
# terminal. Ctrl-C stops everything. See local-stack/README.md.
#
#   ./run-local.sh                          everything
#   ./run-local.sh --services=psp-simulator only some services (plus Kafka, PostgreSQL, identity provider)
#   SKIP_BUILD=1 ./run-local.sh             reuse the jars already built
#
# LOCAL_STACK_JVM_OPTS sets the launcher's JVM options, LOCAL_STACK_SERVICE_JVM_OPTS the services'.
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  started=$SECONDS
  # package, not install: the launcher runs the jars from each module's target/, and ~/.m2 stays as it was.
  build=(-q -Dmaven.test.skip=true package)
  echo "[run-local] building: ./mvnw ${build[*]}"
  # Offline first (the dependencies are usually in ~/.m2 already); online only if something is missing.
  if ! ./mvnw -o "${build[@]}"; then
    echo "[run-local] offline build failed, trying online"
    ./mvnw "${build[@]}"
  fi
  echo "[run-local] built in $((SECONDS - started)) s"
fi

launcher=$(ls -t local-stack/target/local-stack-*-exec.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$launcher" ]]; then
  echo "[run-local] no local-stack exec jar; run without SKIP_BUILD=1" >&2
  exit 1
fi

# The launcher's JVM hosts the Kafka broker and the identity provider.
# shellcheck disable=SC2086
exec java ${LOCAL_STACK_JVM_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx512m} -jar "$launcher" "$@"

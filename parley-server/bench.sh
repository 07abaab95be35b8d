#!/usr/bin/env bash
# Runs the workspace server benchmarks (not tests): see docs/benchmarks-server.md.
# Usage: parley-server/bench.sh [readers rounds writers edits seconds] [--db JDBC-URL]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true package -pl parley-cli -am >/dev/null
./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -pl parley-server -am >/dev/null
cp="parley-server/target/test-classes:parley-server/target/classes:$(cat parley-server/target/bench.classpath)"
exec java -cp "$cp" org.parley.server.bench.ServerBenchmark parley-cli/target/parley.jar "$@"

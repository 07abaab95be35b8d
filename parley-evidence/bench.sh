#!/bin/sh
# Claim-extraction throughput (see docs/benchmarks-evidence.md). Usage: parley-evidence/bench.sh [threads] [warm-up s] [measured s]
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl parley-evidence -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
CP="parley-evidence/target/test-classes:parley-evidence/target/classes:parley-model/target/classes:$(cat parley-evidence/target/classpath.txt)"
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -cp "$CP" org.parley.evidence.bench.ExtractionBench examples/ukraine-2025/scenario.yaml ../shared/sources "${1:-2}" "${2:-10}" "${3:-20}"

#!/usr/bin/env bash
# Checks the tools hkgraph needs and says how to install what is missing. One line per problem.
set -uo pipefail
want=${1:-all}
fail=0
need() { # need CMD "how to install"
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "hkgraph: $1 not found on PATH: $2" >&2
    fail=1
  fi
}
if [ "$want" = all ] || [ "$want" = java ]; then
  need java "install OpenJDK 17 or newer (apt-get install openjdk-17-jre-headless)"
  need mvn "install Maven 3.8 or newer (apt-get install maven)"
  if command -v java >/dev/null 2>&1; then
    v=$(java -version 2>&1 | awk -F'"' '/version/ {print $2}' | cut -d. -f1)
    if [ -n "$v" ] && [ "$v" -lt 17 ] 2>/dev/null; then
      echo "hkgraph: Java $v found; Neo4j 5.26 needs Java 17 or newer (apt-get install openjdk-17-jre-headless)" >&2
      fail=1
    fi
  fi
fi
if [ "$want" = all ]; then
  need go "install Go 1.26 or newer (https://go.dev/doc/install)"
fi
exit $fail

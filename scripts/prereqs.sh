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
if [ "$want" = chromium ]; then
  # make e2e drives Debian's Chromium (Playwright never downloads one); `make test` installs nothing.
  need chromium "apt-get install chromium fonts-wqy-microhei (bash .ci/run does this on a Debian machine)"
  if [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    echo "hkgraph: the CJK font for the browser tests is missing: apt-get install fonts-wqy-microhei" >&2
    fail=1
  fi
fi
if [ "$want" = all ]; then
  need go "install Go 1.26 or newer (https://go.dev/doc/install)"
fi
exit $fail

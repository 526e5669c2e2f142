#!/usr/bin/env bash
# Debian's headless Chromium and its chromedriver for the browser tests (no browser download from anywhere else).
# Idempotent; never fails the CI run: without a browser the browser tests skip.
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
if ! (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null); then
  echo "warning: could not install Debian's chromium; browser tests will skip" >&2
fi
exit 0

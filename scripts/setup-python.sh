#!/usr/bin/env bash
# Creates the project-local Python virtualenv (.venv) with the pinned tools the test
# suites run beside Node: moto's server mode as a second EC2 endpoint, and schemathesis,
# which the reliability suite runs against the server's OpenAPI document.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
python=${PYTHON:-python3}

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r "$root/scripts/requirements.txt"

echo "Python tools ready in $venv"

#!/usr/bin/env bash
# Installs what the original Flask service needs from Debian's packages, once. It runs
# on /usr/bin/python3, which Debian's packages serve, not on a python3 earlier on PATH.
set -euo pipefail

if /usr/bin/python3 -c 'import flask, boto3' 2>/dev/null; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install them: apt-get install -y python3-flask python3-boto3" >&2
  exit 1
fi

apt-get update -qq
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq python3-flask python3-boto3 >/dev/null

#!/usr/bin/env bash
# Debian's Chromium and its chromedriver, for the console's browser tests (e2e-tests, ConsoleJourneysTest): browsers
# cannot be downloaded here, Debian's packages can. Does nothing when both are installed.
set -euo pipefail
packages=(chromium chromium-driver)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
((${#missing[@]})) || exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need ${missing[*]}: run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} (Debian packages) for the console's browser tests..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/bin/sh
# studycards for Linux: run this file (double-click it, or `sh studycards.sh`) to open the page.
# The first run installs studycards into your own folder (a Python environment under
# ~/.local/share/studycards), from the studycards folder this file sits in; later runs only start it.
# Nothing needs administrator rights. Close the window (or press Ctrl-C) to stop it.
#
# Environment, for scripts and tests: STUDYCARDS_NO_BROWSER=1 does not open a browser;
# STUDYCARDS_PORT=N serves on port N (default 8765).
set -u
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}/studycards"
exec "$here/start.sh" "$here" "$data"

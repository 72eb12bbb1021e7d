#!/bin/sh
# studycards for macOS: double-click this file to open the page (Terminal opens and shows what happens).
# The first run installs studycards into your own folder (a Python environment under
# ~/Library/Application Support/studycards), from the studycards folder this file sits in; later runs only
# start it. Close the Terminal window (or press Ctrl-C) to stop it.
# If macOS says it cannot check the file: right-click it, choose 打开 (Open), then 打开 again.
set -u
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/start.sh" "$here" "$HOME/Library/Application Support/studycards"

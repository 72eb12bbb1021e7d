#!/bin/sh
# What studycards.sh (Linux) and studycards.command (macOS) run: install on the first run, then serve.
#   start.sh LAUNCHER_FOLDER DATA_FOLDER
# The package is installed from LAUNCHER_FOLDER when it holds pyproject.toml or a studycards-*.whl,
# else from its parent (the studycards folder, with launchers/ inside it). It is installed again when
# that source's version changes.
set -u
here=$1
data=$2
venv="$data/venv"

say() { printf '%s\n' "$*"; }
fail() {
  say "" "$*"
  if [ -t 0 ]; then say "按回车键关闭这个窗口。"; read -r _; fi
  exit 1
}

source_dir=$(dirname "$here")
wheel=$(ls "$here"/studycards-*.whl 2>/dev/null | tail -n 1)
if [ -n "$wheel" ]; then
  source_dir=$wheel
elif [ -f "$here/pyproject.toml" ]; then
  source_dir=$here
fi
[ -n "$wheel" ] || [ -f "$source_dir/pyproject.toml" ] || fail "没有找到 studycards 的程序文件（pyproject.toml）。请把整个 studycards 文件夹放在一起，再运行这个文件。"

version=$(if [ -n "$wheel" ]; then basename "$wheel"; else cat "$source_dir/pyproject.toml"; fi | cksum)
installed=$(cat "$data/installed" 2>/dev/null || true)

if [ ! -x "$venv/bin/studycards" ] || [ "$installed" != "$version" ]; then
  python=""
  for candidate in python3 python3.13 python3.12 python3.11 python3.10 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
      python=$candidate
      break
    fi
  done
  [ -n "$python" ] || fail "没有找到 Python 3.10 或更新的版本。请先安装 Python（https://www.python.org/downloads/ ，Linux 上用软件中心或 sudo apt install python3 python3-venv），再运行这个文件。"
  say "第一次运行：正在把 studycards 安装到 $data（需要联网，约一两分钟）……"
  mkdir -p "$data" || fail "没能创建文件夹 $data。"
  rm -rf "$venv"
  "$python" -m venv "$venv" || fail "没能创建 Python 环境。Linux 上请先安装 python3-venv（sudo apt install python3-venv），再运行这个文件。"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$source_dir" ||
    fail "安装没有成功（上面是原因）。请检查网络后再运行这个文件。"
  printf '%s\n' "$version" >"$data/installed"
  say "安装完成。"
fi

port=${STUDYCARDS_PORT:-8765}
url="http://127.0.0.1:$port/"
if "$venv/bin/python" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" "$url" 2>/dev/null; then
  say "studycards 已经在运行：$url"  # started before (another window): open its page again
  [ -n "${STUDYCARDS_NO_BROWSER:-}" ] || "$venv/bin/python" -m webbrowser "$url" >/dev/null 2>&1
  exit 0
fi
set -- serve --port "$port"
[ -z "${STUDYCARDS_NO_BROWSER:-}" ] || set -- "$@" --no-browser
say "正在启动 studycards，浏览器会自动打开页面。关闭这个窗口即可停止。"
exec "$venv/bin/studycards" "$@"

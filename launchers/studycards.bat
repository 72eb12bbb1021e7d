@echo off
rem studycards for Windows: double-click this file to open the page.
rem The first run installs studycards into your own folder (a Python environment under
rem %LOCALAPPDATA%\studycards), from the studycards folder this file sits in; later runs only start it.
rem Close the window to stop it. STUDYCARDS_NO_BROWSER=1 and STUDYCARDS_PORT=N are for scripts.
chcp 65001 >nul
setlocal EnableExtensions
set "HERE=%~dp0"
set "SOURCE=%HERE%.."
if exist "%HERE%pyproject.toml" set "SOURCE=%HERE%."
for %%W in ("%HERE%studycards-*.whl") do set "SOURCE=%%~fW"
set "DATA=%LOCALAPPDATA%\studycards"
set "VENV=%DATA%\venv"
if "%STUDYCARDS_PORT%"=="" set "STUDYCARDS_PORT=8765"
set "STAMP=%DATA%\installed-from.txt"

if not exist "%SOURCE%\pyproject.toml" if /i not "%SOURCE:~-4%"==".whl" (
  echo 没有找到 studycards 的程序文件（pyproject.toml）。请把整个 studycards 文件夹放在一起，再运行这个文件。
  goto stop
)

set "NEEDED=1"
if exist "%VENV%\Scripts\studycards.exe" if exist "%STAMP%" (
  fc /b "%STAMP%" "%SOURCE%\pyproject.toml" >nul 2>nul && set "NEEDED=0"
)
if "%NEEDED%"=="0" goto start

set "PYTHON="
where py >nul 2>nul && py -3 -c "import sys; sys.exit(sys.version_info < (3, 10))" >nul 2>nul && set "PYTHON=py -3"
if not defined PYTHON (
  where python >nul 2>nul && python -c "import sys; sys.exit(sys.version_info < (3, 10))" >nul 2>nul && set "PYTHON=python"
)
if not defined PYTHON (
  echo 没有找到 Python 3.10 或更新的版本。
  echo 请先从 https://www.python.org/downloads/ 安装 Python（安装时勾选 "Add python.exe to PATH"），再双击这个文件。
  goto stop
)
echo 第一次运行：正在把 studycards 安装到 %DATA%（需要联网，约一两分钟）……
if exist "%VENV%" rmdir /s /q "%VENV%"
%PYTHON% -m venv "%VENV%"
if errorlevel 1 (
  echo 没能创建 Python 环境。
  goto stop
)
"%VENV%\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check "%SOURCE%"
if errorlevel 1 (
  echo 安装没有成功（上面是原因）。请检查网络后再双击这个文件。
  goto stop
)
if exist "%SOURCE%\pyproject.toml" copy /y "%SOURCE%\pyproject.toml" "%STAMP%" >nul
echo 安装完成。

:start
echo 正在启动 studycards，浏览器会自动打开页面。关闭这个窗口即可停止。
set "BROWSER_FLAG="
if not "%STUDYCARDS_NO_BROWSER%"=="" set "BROWSER_FLAG=--no-browser"
"%VENV%\Scripts\studycards.exe" serve --port %STUDYCARDS_PORT% %BROWSER_FLAG%
if errorlevel 1 goto stop
exit /b 0

:stop
echo.
pause
exit /b 1

@echo off
rem Freeze TinBai and compile its installer on Windows (details: installer\build.py).
rem   installer\build.cmd [--install-tools] [--fast-installer] [--no-installer]
rem The Python used: %PYTHON% if set, else the project .venv, else "python" on PATH (an
rem activated virtualenv). It needs TinBai installed (pip install -e .) and PyInstaller;
rem makensis comes from NSIS (choco install nsis -y, or nsis.sourceforge.io).
setlocal
set "ROOT=%~dp0.."
if not defined PYTHON if exist "%ROOT%\.venv\Scripts\python.exe" set "PYTHON=%ROOT%\.venv\Scripts\python.exe"
if not defined PYTHON set "PYTHON=python"
"%PYTHON%" "%~dp0build.py" %*
exit /b %ERRORLEVEL%

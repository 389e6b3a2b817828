@echo off
rem bridge-link: the Bridge Link command line for administrators on the installed machine
rem (status, doctor, diag, analyze, repair), e.g. "C:\Program Files\Maemuki\Bridge Link\bridge-link.cmd" status.
rem Java: the bundled runtime, else JAVA_HOME, else java.exe on PATH. JVM options: cli-jvm.options
rem (run: service-jvm.options), one per line, '#' comments. An AppCDS archive of the command line's
rem classes is made in the data folder by the first elevated run and used by every later one (it is
rem not in the install folder, so uninstall leaves nothing there).
setlocal EnableExtensions
set "HERE=%~dp0"
set "JAVA=%HERE%runtime\bin\java.exe"
if not exist "%JAVA%" if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" set "JAVA=java.exe"
set "OPTFILE=%HERE%cli-jvm.options"
if /i "%~1"=="run" set "OPTFILE=%HERE%service-jvm.options"
set "OPTS="
for /f "usebackq eol=# tokens=* delims=" %%o in ("%OPTFILE%") do call set "OPTS=%%OPTS%% %%o"
set "MAIN=com.maemuki.bridgelink.service.cli.BridgeLinkCommand"
set "JSA=%ProgramData%\Maemuki\BridgeLink\bridge-link-cli.jsa"
if /i "%~1"=="run" goto launch
if exist "%JSA%" (
  set "OPTS=%OPTS% -XX:SharedArchiveFile="%JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
  goto launch
)
rem First run: write the archive under a temporary name, then put it in place.
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%JSA%.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off %BRIDGE_LINK_JAVA_OPTS% -cp "%HERE%lib\service\*" %MAIN% %*
set "RC=%ERRORLEVEL%"
if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul 2>&1
exit /b %RC%
:launch
"%JAVA%" %OPTS% %BRIDGE_LINK_JAVA_OPTS% -cp "%HERE%lib\service\*" %MAIN% %*
exit /b %ERRORLEVEL%

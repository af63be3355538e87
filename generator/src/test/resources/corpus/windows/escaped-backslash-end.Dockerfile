FROM mcr.microsoft.com/windows/nanoserver:ltsc2022

# the last path ends in an escaped backslash, which ends the instruction
COPY --from=example/tools:1.0 \
	C:\\tools\\a.dll \
	C:\\tools\\b.dll \
	C:\\Windows\\System32\\

ENV TOOLS_VERSION=1.0
CMD ["cmd", "/C", "echo ready"]

# RUN heredocs: <<EOF, <<-EOF with tab-indented body and end line, quoted delimiters ('EOF' and
# "END") that expand nothing, two heredocs in one RUN, a body with its own shebang, a heredoc fed to
# python3, and comment-looking lines inside a body (kept as body).
FROM python:3.12-slim
RUN <<EOF
set -eux
# this line is part of the script, not a Dockerfile comment
apt-get update
apt-get install -y --no-install-recommends jq
rm -rf /var/lib/apt/lists/*
EOF
RUN <<-EOT
	echo "tabs are stripped from this line"
	EOT
RUN cat <<'EOF' > /etc/motd
Welcome, $USER is not expanded here
EOF
RUN <<"END" bash
echo "${HOME} stays literal"
END
RUN cat <<one > /one.txt && cat <<two > /two.txt
first file
one
second file
two
RUN <<EOF
#!/usr/bin/env python3
print("a body with its own shebang")
EOF
RUN python3 <<PY
import sys
print(sys.version)
PY

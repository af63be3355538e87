# Odd whitespace and keyword case: tabs between words, leading blanks before keywords, trailing
# blanks, lower- and mixed-case keywords, "from ... as ...", blank lines and comments inside a
# continuation, blanks after the continuation backslash, and a keyword alone before a continuation.
from   alpine:3.20   as   base
	run	apk add --no-cache \
		curl   \   

    # the next package is for the health check
		jq
   Workdir    /srv   
Env A=1	B=2
RUN \
    echo   "spaces   inside quotes collapse too"
copy	--chown=1000:1000	.	.
  cmd ["sh",   "-c",	"echo ok"]

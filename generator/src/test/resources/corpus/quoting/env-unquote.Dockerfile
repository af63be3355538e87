# Quoting that Docker's lexer removes in ENV, ARG and LABEL: single quotes (no expansion), double
# quotes with escaped " and $, a backslash-escaped space, an escaped $ outside quotes, mixed quoting in
# one word, and nested ${VAR:-${OTHER}} defaults.
FROM busybox:1.36
ARG CHANNEL='stable'
ENV A='literal $HOME' \
    B="double \"quoted\" \$HOME" \
    C=one\ two \
    D=\$HOME \
    E="mixed"'quotes'plain \
    F=${CHANNEL:-${FALLBACK:-beta}}
LABEL "com.example.key with space"="value with space"
RUN echo "$A|$B|$C|$D|$E|$F"

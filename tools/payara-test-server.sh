#!/usr/bin/env bash
# A Payara test server for a whole Maven run (called once per server: a build of two modules at a
# time has two): the first module with Arquillian tests starts it, later modules' tests deploy to the
# running server (arquillian.xml allows connecting to it), and it stops by itself when the Maven run
# that started it ends — passed, failed or stopped. A module's own start, deployment warm-up and
# stop (~40 s of CPU each) are paid once per build.
#
# Usage: payara-test-server.sh <payara home> <domain> <port base> <quick|full> <template dir> [start|wait] [needed]
#   start: begins starting the server in the background and returns at once (Maven's initialize
#          phase: the server starts while the module compiles and runs its unit tests);
#   wait:  waits for that start to finish, failing with its log if it failed (pre-integration-test);
#          without a background start of this run's, starts the server itself;
#   none:  starts the server and returns when it is up.
#   needed=false leaves this server alone (the second server of a build that builds one module at a time).
# Called by Maven's exec plugin, so this script's parent is the Maven JVM of the run ("the owner").
set -euo pipefail
PAYARA_HOME=$1
DOMAIN=$2
PORTBASE=$3
JIT=$4
TEMPLATE=$5
MODE=${6:-}
if [ "${7:-needed=true}" = needed=false ]; then
    exit 0
fi
OWNER=${RRJETI_TEST_SERVER_OWNER:-$PPID}
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
OWNER_FILE="$DOMAIN_DIR/rrjeti-owner"
ASADMIN="$PAYARA_HOME/bin/asadmin"

listening() {
    (exec 3<>"/dev/tcp/127.0.0.1/$ADMIN_PORT") 2>/dev/null
}

# A test server on these ports, whichever checkout it came from: its JVM options name the port base.
server_pid() {
    local p c
    for p in /proc/[0-9]*; do
        c=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) || continue
        if [[ "$c" == *"-Drrjeti.test.portbase=$PORTBASE "* && "$c" == *ASMain* ]]; then
            echo "${p#/proc/}"
            return
        fi
    done
}

# The background start's state, beside the domains (a start may remove and remake the domain's folder).
STATUS="$PAYARA_HOME/glassfish/domains/.$DOMAIN-start"
START_OUT="$PAYARA_HOME/glassfish/domains/.$DOMAIN-start.log"

running_for_this_build() {
    listening && [ "$(cat "$OWNER_FILE" 2>/dev/null)" = "$OWNER $JIT" ] && kill -0 "$OWNER" 2>/dev/null
}

if [ "$MODE" = start ]; then
    # Two modules built at once may both begin here: one of them starts the server.
    mkdir -p "$(dirname "$STATUS")"
    exec 8>"$STATUS.lock"
    flock 8
    if running_for_this_build || [ "$(cat "$STATUS" 2>/dev/null)" = "starting $OWNER" ]; then
        exit 0
    fi
    # Only a run that reaches the integration tests needs it (not `mvn test` or `mvn package`).
    if ! tr '\0' ' ' <"/proc/$OWNER/cmdline" 2>/dev/null | grep -qwE 'verify|install|deploy|integration-test'; then
        exit 0
    fi
    echo "starting $OWNER" > "$STATUS"
    # Detached, with no stream of Maven's, so that the exec plugin does not wait for it.
    RRJETI_TEST_SERVER_OWNER=$OWNER setsid nohup bash -c '
        bash "$0" "$@"; echo "$? '"$OWNER"'" > "'"$STATUS"'"' \
        "$0" "$PAYARA_HOME" "$DOMAIN" "$PORTBASE" "$JIT" "$TEMPLATE" </dev/null >"$START_OUT" 2>&1 8>&- &
    echo "Starting test server $DOMAIN in the background (its output: $START_OUT)"
    exit 0
fi
if [ "$MODE" = wait ] && [ "$(cut -d' ' -f2 "$STATUS" 2>/dev/null)" = "$OWNER" ]; then
    for _ in $(seq 1 600); do
        [ "$(cat "$STATUS")" != "starting $OWNER" ] && break
        sleep 0.5
    done
    if [ "$(cat "$STATUS")" != "0 $OWNER" ]; then
        cat "$START_OUT" >&2
        echo "The test server did not start ($(cat "$STATUS"))" >&2
        exit 1
    fi
    echo "Test server $DOMAIN running for this build (admin port $ADMIN_PORT)"
    exit 0
fi

if listening; then
    if running_for_this_build; then
        echo "Test server $DOMAIN already running for this build (admin port $ADMIN_PORT)"
        exit 0
    fi
    # A server left by an earlier run (its watcher may be stopping it now), by another checkout, or
    # with the other JIT: wait a little for it to go, then stop it.
    for _ in $(seq 1 20); do
        listening || break
        sleep 1
    done
    if listening; then
        pid=$(server_pid)
        echo "Stopping the test server left on admin port $ADMIN_PORT (pid ${pid:-unknown})"
        [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            listening || break
            sleep 1
        done
        [ -z "$pid" ] || kill -9 "$pid" 2>/dev/null || true
        sleep 1
    fi
fi

bash "$(dirname "$0")/payara-test-domain.sh" "$PAYARA_HOME" "$DOMAIN" "$PORTBASE" "$JIT" "$TEMPLATE"
# Every build's tests begin on empty databases, as on CI's clean clone: the Derby databases and
# files an earlier build left (rrjeti-data-<module>, see TestArchives; the distribution's
# rrjeti-data) hold what its tests made, dated by their clocks, and tests reading "the newest" meet it.
rm -rf "$DOMAIN_DIR"/config/rrjeti-data*
START_LOG="$DOMAIN_DIR/start-domain.out"
if ! "$ASADMIN" start-domain "$DOMAIN" </dev/null >"$START_LOG" 2>&1; then
    cat "$START_LOG" >&2
    exit 1
fi
echo "$OWNER $JIT" > "$OWNER_FILE"
# The watcher: stops the server once the Maven JVM that owns it has gone. Detached, with no stream
# of Maven's, so that the exec plugin does not wait for it.
setsid nohup bash -c "
    while kill -0 $OWNER 2>/dev/null; do sleep 2; done
    rm -f '$OWNER_FILE'
    '$ASADMIN' stop-domain '$DOMAIN' >/dev/null 2>&1 || true
" </dev/null >/dev/null 2>&1 &
echo "Started test server $DOMAIN for this build (admin port $ADMIN_PORT, http port $((PORTBASE + 80)), JIT $JIT);" \
    "it stops when this Maven run ends"

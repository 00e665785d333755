#!/usr/bin/env bash
# Starts (or reuses) the Payara domain and deploys the platform's EAR at context root /.
# Called by `mvn -Prun package` with: <payara home> <ear file> <data directory>.
# Safe to run again while the server is up: it redeploys instead of starting twice.
set -euo pipefail

PAYARA_HOME=$1
EAR=$2
DATA_DIR=$3
DOMAIN=domain1
APP=rrjeti
URL=http://localhost:8080/
RUNTIME=$(cd "$PAYARA_HOME/.." && pwd)
# The domain's admin password: RRJETI_ADMIN_PASSWORD, or the one kept in this file, or one made
# up on first run and kept here (only the owner may read it). The admin console and asadmin use it.
PASSWORD_FILE=${RRJETI_ADMIN_PASSWORD_FILE:-$RUNTIME/admin-password}
# A trial installation answers only on this machine; set RRJETI_LISTEN_ADDRESS=0.0.0.0 (or one
# address) to open the platform's HTTP and HTTPS ports to the network. The admin port stays local.
LISTEN=${RRJETI_LISTEN_ADDRESS:-127.0.0.1}

chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
mkdir -p "$DATA_DIR"

if [ -n "${RRJETI_ADMIN_PASSWORD:-}" ]; then
    ADMIN_PASSWORD=$RRJETI_ADMIN_PASSWORD
elif [ -s "$PASSWORD_FILE" ]; then
    ADMIN_PASSWORD=$(cat "$PASSWORD_FILE")
else
    ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | cut -c1-24)
fi
AS_PASS=$(mktemp)   # mktemp makes files only their owner reads
AS_CHANGE=$(mktemp)
trap 'rm -f "$AS_PASS" "$AS_CHANGE"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' "$ADMIN_PASSWORD" > "$AS_PASS"
printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$ADMIN_PASSWORD" > "$AS_CHANGE"
ASADMIN=("$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$AS_PASS")

running() {
    "$PAYARA_HOME/bin/asadmin" list-domains 2>/dev/null | grep -q "^$DOMAIN running"
}

# A domain from Payara's archive (or from an earlier run of this command) has an empty admin
# password: give it ours. Refused when it has one already, which is what we want.
if running; then
    offline=()
else
    offline=(--domain_name "$DOMAIN")
fi
if "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$AS_CHANGE" change-admin-password "${offline[@]}" \
        >/dev/null 2>&1; then
    echo "The domain's admin password was set (kept in $PASSWORD_FILE)."
fi
if [ -z "${RRJETI_ADMIN_PASSWORD:-}" ]; then
    (umask 077 && printf '%s\n' "$ADMIN_PASSWORD" > "$PASSWORD_FILE")
fi

if running; then
    echo "Payara is already running: redeploying."
else
    echo "Starting Payara..."
    "${ASADMIN[@]}" start-domain "$DOMAIN"
fi
if ! "${ASADMIN[@]}" uptime >/dev/null 2>&1; then
    echo "The domain refuses the admin password in $PASSWORD_FILE (set RRJETI_ADMIN_PASSWORD to the right one)." >&2
    exit 1
fi

# The admin listener answers on this machine only; the platform's listeners where asked.
LISTENERS=configs.config.server-config.network-config.network-listeners.network-listener
restart=false
for pair in admin-listener=127.0.0.1 http-listener-1="$LISTEN" http-listener-2="$LISTEN"; do
    name=${pair%%=*}
    address=${pair#*=}
    current=$("${ASADMIN[@]}" get "$LISTENERS.$name.address" 2>/dev/null | sed -n 's/^.*address=//p')
    if [ "$current" != "$address" ]; then
        "${ASADMIN[@]}" set "$LISTENERS.$name.address=$address" >/dev/null
        restart=true
    fi
done
# Embedded Derby hands out ids in ranges of 10,000 instead of 100, so that concurrent writers do not
# meet on its catalog (ERROR 40XL1) when a range runs out; read when the database boots.
if ! "${ASADMIN[@]}" list-jvm-options 2>/dev/null | grep -q 'derby.language.sequence.preallocator'; then
    "${ASADMIN[@]}" create-jvm-options '-Dderby.language.sequence.preallocator=10000' >/dev/null
    restart=true
fi
# Threads for the platform's requests: Payara's pool has 5 unless told, so five requests waiting
# (commits waiting for the disk, the chat's sends and read marks, a large download) held every
# other visitor back. Read when the domain starts.
POOL=configs.config.server-config.thread-pools.thread-pool.http-thread-pool
if [ "$("${ASADMIN[@]}" get "$POOL.max-thread-pool-size" 2>/dev/null | sed -n 's/^.*=//p')" != 64 ]; then
    "${ASADMIN[@]}" set "$POOL.max-thread-pool-size=64" "$POOL.min-thread-pool-size=8" >/dev/null
    restart=true
fi
# No header names the server or its version.
PROTOCOLS=configs.config.server-config.network-config.protocols.protocol
"${ASADMIN[@]}" set "$PROTOCOLS.http-listener-1.http.server-header=false" \
    "$PROTOCOLS.http-listener-1.http.xpowered-by=false" "$PROTOCOLS.http-listener-2.http.server-header=false" \
    "$PROTOCOLS.http-listener-2.http.xpowered-by=false" >/dev/null
# Every cookie SameSite=Lax, the session cookie included.
"${ASADMIN[@]}" set "$PROTOCOLS.http-listener-1.http.cookie-same-site-enabled=true" \
    "$PROTOCOLS.http-listener-1.http.cookie-same-site-value=Lax" \
    "$PROTOCOLS.http-listener-2.http.cookie-same-site-enabled=true" \
    "$PROTOCOLS.http-listener-2.http.cookie-same-site-value=Lax" >/dev/null

# gzip for text answers (pages, stylesheets, scripts, JSON, SVG) over 1 KB; Grizzly has no Brotli.
COMPRESSED=text/html,text/css,text/plain,text/xml,text/javascript,application/javascript,application/json,application/xml,image/svg+xml,text/calendar
for listener in http-listener-1 http-listener-2; do
    "${ASADMIN[@]}" set "$PROTOCOLS.$listener.http.compression=on" \
        "$PROTOCOLS.$listener.http.compressable-mime-type=$COMPRESSED" \
        "$PROTOCOLS.$listener.http.compression-min-size-bytes=1024" >/dev/null
done

# MicroProfile Metrics (/metrics): for the operators only unless RRJETI_METRICS says otherwise.
# "protected": HTTP basic login as user "metrics" with the admin password; "off"; "public".
case "${RRJETI_METRICS:-protected}" in
    public) metrics=(--enabled=true --securityEnabled=false) ;;
    off) metrics=(--enabled=false --securityEnabled=false) ;;
    *) metrics=(--enabled=true --securityEnabled=true --roles=microprofile)
       if ! "${ASADMIN[@]}" list-file-users 2>/dev/null | grep -q '^metrics'; then
           printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_USERPASSWORD=%s\n' "$ADMIN_PASSWORD" "$ADMIN_PASSWORD" > "$AS_CHANGE"
           "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$AS_CHANGE" create-file-user \
               --groups microprofile metrics >/dev/null
       fi ;;
esac
if ! "${ASADMIN[@]}" set-metrics-configuration "${metrics[@]}" 2>&1 | grep -q "executed successfully"; then
    echo "Could not configure /metrics (RRJETI_METRICS=${RRJETI_METRICS:-protected})." >&2
fi

if [ "$restart" = true ]; then
    echo "Settings read at start changed (listening addresses: admin 127.0.0.1, platform $LISTEN; threads; Derby): restarting Payara."
    "${ASADMIN[@]}" restart-domain "$DOMAIN"
fi

# Server-level configuration the application's data source reads (MicroProfile Config).
"${ASADMIN[@]}" set-config-property --propertyName=rrjeti.db.name \
    --propertyValue="$DATA_DIR/derby" --source=domain >/dev/null
"${ASADMIN[@]}" set-config-property --propertyName=rrjeti.data.dir \
    --propertyValue="$DATA_DIR" --source=domain >/dev/null
# A trial installation has no mail server: a newcomer sees the confirmation mail of the account
# they registered, in their own browser session; every other mail waits in the operator's outbox.
# (Ignored as soon as rrjeti.mail.smtp.host is set.)
"${ASADMIN[@]}" set-config-property --propertyName=rrjeti.mail.outbox.public \
    --propertyValue=true --source=domain >/dev/null
# A trial installation shows demonstration content (marked as such; the operator console removes it).
"${ASADMIN[@]}" set-config-property --propertyName=rrjeti.demo.enabled \
    --propertyValue=true --source=domain >/dev/null

# The installation's secret (rrjeti.secret: keyed hashes of ratings and "has answered" markers,
# signed unsubscribe links): kept outside the database — RRJETI_SECRET, or one made up on the
# first run and kept in .runtime/secret (owner only), given to the server as domain configuration.
# Never changed once in use: everyone could rate and answer again. An installation made before the
# platform had one secret kept the survey's in .runtime/survey-secret: it becomes the platform's,
# so that its hashes stay the same.
SECRET_FILE=$RUNTIME/secret
if [ ! -s "$SECRET_FILE" ] && [ -s "$RUNTIME/survey-secret" ]; then
    mv "$RUNTIME/survey-secret" "$SECRET_FILE"
fi
if [ -n "${RRJETI_SECRET:-${RRJETI_SURVEY_SECRET:-}}" ]; then
    SECRET=${RRJETI_SECRET:-$RRJETI_SURVEY_SECRET}
else
    if [ ! -s "$SECRET_FILE" ]; then
        (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '/+=\n' > "$SECRET_FILE")
    fi
    SECRET=$(cat "$SECRET_FILE")
fi
"${ASADMIN[@]}" set-config-property --propertyName=rrjeti.secret \
    --propertyValue="$SECRET" --source=domain >/dev/null
"${ASADMIN[@]}" delete-config-property --propertyName=rrjeti.survey.secret --source=domain >/dev/null 2>&1 || true

"${ASADMIN[@]}" undeploy "$APP" >/dev/null 2>&1 || true
echo "Deploying $EAR ..."
if ! "${ASADMIN[@]}" deploy --name "$APP" "$EAR"; then
    # A failed deployment can leave embedded Derby booted by its class loader; a restart frees it.
    echo "Deployment failed; restarting Payara and trying once more."
    "${ASADMIN[@]}" restart-domain "$DOMAIN"
    "${ASADMIN[@]}" undeploy "$APP" >/dev/null 2>&1 || true
    "${ASADMIN[@]}" deploy --name "$APP" "$EAR"
fi

restarted_listener=false
for second in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$URL" || true)
    if [ "$code" = "000" ] && [ "$second" -ge 30 ] && [ "$restarted_listener" = false ]; then
        # Nothing listens: the listener changes above, applied to the running server, can leave
        # http-listener-1 unbound (Grizzly re-creates it once per change). A restart binds it afresh.
        echo "Nothing answers at $URL after 30 s; restarting Payara once."
        "${ASADMIN[@]}" restart-domain "$DOMAIN"
        restarted_listener=true
    fi
    if [ "$code" = "200" ]; then
        echo
        echo "============================================================"
        echo " Rrjeti is running at $URL"
        echo " Operator console:     ${URL}admin/modules.xhtml"
        echo " Server log:           $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
        echo " Listening on:         $LISTEN (RRJETI_LISTEN_ADDRESS); admin console http://localhost:4848/ (user admin)"
        echo " Admin password:       $PASSWORD_FILE"
        echo " Stop the server with: $PAYARA_HOME/bin/asadmin stop-domain $DOMAIN"
        echo "============================================================"
        exit 0
    fi
    sleep 1
done
echo "The platform did not answer at $URL within 120 s; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log" >&2
exit 1

#!/usr/bin/env bash
# Starts (or reuses) the Payara domain and deploys the platform's EAR at context root /.
# Called by `mvn -Prun package` with: <payara home> <ear file> <data directory>.
# Safe to run again while the server is up: it redeploys instead of starting twice.
set -euo pipefail

PAYARA_HOME=$1
EAR=$2
DATA_DIR=$3
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN=domain1
APP=rrjeti
URL=http://localhost:8080/

chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
mkdir -p "$DATA_DIR"

if "$ASADMIN" list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
    echo "Payara is already running: redeploying."
else
    echo "Starting Payara..."
    "$ASADMIN" start-domain "$DOMAIN"
fi

# Server-level configuration the application's data source reads (MicroProfile Config).
"$ASADMIN" set-config-property --propertyName=rrjeti.db.name \
    --propertyValue="$DATA_DIR/derby" --source=domain >/dev/null
"$ASADMIN" set-config-property --propertyName=rrjeti.data.dir \
    --propertyValue="$DATA_DIR" --source=domain >/dev/null
# A trial installation has no mail server: let the newcomer read the outbox in the browser.
# (Ignored as soon as rrjeti.mail.smtp.host is set.)
"$ASADMIN" set-config-property --propertyName=rrjeti.mail.outbox.public \
    --propertyValue=true --source=domain >/dev/null
# A trial installation shows demonstration content (marked as such; the operator console removes it).
"$ASADMIN" set-config-property --propertyName=rrjeti.demo.enabled \
    --propertyValue=true --source=domain >/dev/null

"$ASADMIN" undeploy "$APP" >/dev/null 2>&1 || true
echo "Deploying $EAR ..."
if ! "$ASADMIN" deploy --name "$APP" "$EAR"; then
    # A failed deployment can leave embedded Derby booted by its class loader; a restart frees it.
    echo "Deployment failed; restarting Payara and trying once more."
    "$ASADMIN" restart-domain "$DOMAIN"
    "$ASADMIN" undeploy "$APP" >/dev/null 2>&1 || true
    "$ASADMIN" deploy --name "$APP" "$EAR"
fi

for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$URL" || true)
    if [ "$code" = "200" ]; then
        echo
        echo "============================================================"
        echo " Rrjeti is running at $URL"
        echo " Operator console:     ${URL}admin/modules.xhtml"
        echo " Server log:           $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
        echo " Stop the server with: $ASADMIN stop-domain $DOMAIN"
        echo "============================================================"
        exit 0
    fi
    sleep 1
done
echo "The platform did not answer at $URL within 120 s; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log" >&2
exit 1

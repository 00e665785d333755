#!/usr/bin/env bash
# Creates the Payara domain the Arquillian tests run in, beside (not instead of) domain1, on its
# own ports, so that tests never collide with a platform started by `mvn -Prun package`.
# Usage: payara-test-domain.sh <payara home> <domain name> <port base> [quick|full] [template dir]
# quick takes its JVM options from RRJETI_TEST_JIT (Maven sets it from the root pom's test.quick.jit).
# With a template dir (the build passes one under the root's target/, per Payara version), the domain
# is made once per checkout and copied for each test server with its ports moved: asadmin's
# create-domain takes ~11 s of CPU even on the first JIT tier (keys, certificates).
set -euo pipefail
PAYARA_HOME=$1
DOMAIN=$2
PORTBASE=$3
JIT=${4:-quick}
TEMPLATE=${5:-}

chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
# A domain created on other ports (the module's port base changed) is made again.
if [ -d "$DOMAIN_DIR" ] && [ "$(cat "$DOMAIN_DIR/portbase" 2>/dev/null)" != "$PORTBASE" ]; then
    rm -rf "$DOMAIN_DIR"
fi
# The template's ports: a base no module uses, so that its ports (base + 0..99) are told apart from
# every other number in domain.xml (the default-config's 2xxxx ports among them).
TEMPLATE_BASE=40000
copy_template() {
    mkdir -p "$(dirname "$TEMPLATE")"
    (
        # Modules built side by side (mvn -T) wait for the one making the template.
        flock 9
        if [ ! -f "$TEMPLATE/$DOMAIN/config/domain.xml" ]; then
            rm -rf "$TEMPLATE.part"
            mkdir -p "$TEMPLATE.part"
            # asadmin and the keytool runs it starts on the JIT's first tier with the serial collector:
            # 25 -> 11 s of CPU, at the start of a build, which the test servers wait for.
            JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1" \
                "$PAYARA_HOME/bin/asadmin" --user admin create-domain --nopassword=true --domaindir "$TEMPLATE.part" \
                --portbase "$TEMPLATE_BASE" "$DOMAIN" >/dev/null 2> >(grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2)
            rm -rf "$TEMPLATE"
            mv "$TEMPLATE.part" "$TEMPLATE"
            echo "Made the test domain template $TEMPLATE"
        fi
    ) 9>"$TEMPLATE.lock"
    cp -a "$TEMPLATE/$DOMAIN" "$DOMAIN_DIR"
    # Its ports moved to this module's base; the Payara home it names made this module's.
    perl -pi -e 's/\b400(\d\d)\b/'"$PORTBASE"'+$1/ge' \
        "$DOMAIN_DIR/config/domain.xml" "$DOMAIN_DIR/config/glassfish-acc.xml"
    TEMPLATE_HOME=$(sed -n 's/.*mwhome="\([^"]*\)".*/\1/p' "$DOMAIN_DIR/init-info/domain-info.xml")
    [ -z "$TEMPLATE_HOME" ] || sed -i "s|$TEMPLATE_HOME|$PAYARA_HOME|g" "$DOMAIN_DIR/init-info/domain-info.xml"
}
if [ ! -d "$DOMAIN_DIR" ]; then
    if [ -n "$TEMPLATE" ]; then
        copy_template
    else
        "$PAYARA_HOME/bin/asadmin" --user admin create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN" >/dev/null
    fi
    echo "$PORTBASE" > "$DOMAIN_DIR/portbase"
    echo "Created test domain $DOMAIN (admin port $((PORTBASE + 48)), http port $((PORTBASE + 80)))"
fi
# As the run command does for domain1: no response header names the server or its version (the
# domain is stopped here, so its configuration file is edited rather than asked through asadmin).
DOMAIN_XML="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
sed -i '/server-header=/! s|<http |<http server-header="false" xpowered-by="false" |' "$DOMAIN_XML"
# As the run command does: Derby's id ranges of 10,000, so concurrent writers never meet on its catalog.
grep -q 'derby.language.sequence.preallocator' "$DOMAIN_XML" \
    || sed -i '0,/<\/java-config>/s|</java-config>|  <jvm-options>-Dderby.language.sequence.preallocator=10000</jvm-options>\n      </java-config>|' "$DOMAIN_XML"
# Every cookie SameSite=Lax, the session's included (the server ignores the web-fragment's cookie attribute).
sed -i '/cookie-same-site-enabled=/! s|<http |<http cookie-same-site-enabled="true" cookie-same-site-value="Lax" |' "$DOMAIN_XML"
# Heap: every test class deploys an application of its own, and Payara keeps each one's /openapi
# model; 512 MB (the default) ran out with five modules' tests on one server.
sed -i 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx1536m</jvm-options>|' "$DOMAIN_XML"
# As the run command does: 64 request threads, not Payara's 5.
sed -i 's|<thread-pool name="http-thread-pool"></thread-pool>|<thread-pool name="http-thread-pool" max-thread-pool-size="64" min-thread-pool-size="8"></thread-pool>|' "$DOMAIN_XML"
# As the run command does: gzip for text answers over 1 KB.
sed -i '/compression=/! s|<http |<http compression="on" compression-min-size-bytes="1024" compressable-mime-type="text/html,text/css,text/plain,text/xml,text/javascript,application/javascript,application/json,application/xml,image/svg+xml,text/calendar" |' "$DOMAIN_XML"
# The tests inside the server read the port base as the tests outside do (TestPorts.BASE).
sed -i '/<jvm-options>-Drrjeti.test.portbase=/d' "$DOMAIN_XML"
sed -i "0,/<\/java-config>/s|</java-config>|  <jvm-options>-Drrjeti.test.portbase=$PORTBASE</jvm-options>\n      </java-config>|" "$DOMAIN_XML"
# Tests: the JIT's first tier only. The build's test server spends its life deploying (each
# deployment's classes are new to the JIT) and answering each page a few times, where C2's
# compiling costs more than it gives back on two cores (deployment 26 s -> 20 s; on the one server
# of a whole build, C2 doubled the CPU of the kernel's deployments). It keeps G1: the serial
# collector showed no gain, and unloads the classes of each undeployed archive only in full
# collections. Benchmarks (-Pbenchmark) keep the full JIT.
# The quick JIT's options are the root pom's test.quick.jit (RRJETI_TEST_JIT, set by Maven), which
# the test JVMs use too: the first tier, a method compiled after five times the default calls. The
# lines below remove what an earlier start added (its TieredStopAtLevel and Tier3 options): an option
# of another kind added to test.quick.jit needs its own line here.
sed -i '/<jvm-options>-XX:TieredStopAtLevel=1<\/jvm-options>/d; /<jvm-options>-XX:+UseSerialGC<\/jvm-options>/d' "$DOMAIN_XML"
sed -i '/<jvm-options>-XX:Tier3[A-Za-z]*=[0-9]*<\/jvm-options>/d' "$DOMAIN_XML"
if [ "$JIT" = quick ]; then
    for option in ${RRJETI_TEST_JIT:?the quick JIT options (test.quick.jit in the root pom) are not set}; do
        sed -i "s|<jvm-options>-Xmx1536m</jvm-options>|<jvm-options>-Xmx1536m</jvm-options>\n        <jvm-options>$option</jvm-options>|" "$DOMAIN_XML"
    done
fi

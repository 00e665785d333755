/*
 * Meeting times in the reader's own zone: the server writes a meeting's start in the platform's
 * zone and in the meeting's; the platform keeps no zone per account, so the browser's zone is the
 * reader's. When it shows another wall time than both, the reader's time is added beside them.
 */
(function () {
    'use strict';

    function parts(instant, zone) {
        var p = {};
        new Intl.DateTimeFormat('en-GB', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(instant)
            .forEach(function (x) { p[x.type] = x.value; });
        return p;
    }

    function wall(instant, zone) {
        var p = parts(instant, zone);
        return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
    }

    /** As the server writes dates: 20.12.2026, 21:30 in Albanian, the medium style in English. */
    function shown(instant, zone, lang) {
        if (lang !== 'en') {
            var p = parts(instant, zone);
            return p.day + '.' + p.month + '.' + p.year + ', ' + p.hour + ':' + p.minute;
        }
        return new Intl.DateTimeFormat('en', {timeZone: zone, dateStyle: 'medium', timeStyle: 'short'}).format(instant);
    }

    function localise() {
        var reader;
        try {
            reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (e) {
            return;
        }
        if (!reader) {
            return;
        }
        var lang = (document.documentElement.lang || 'sq').substring(0, 2);
        document.querySelectorAll('time.rr-chat__when[datetime]').forEach(function (t) {
            var instant = new Date(t.getAttribute('datetime'));
            if (t.querySelector('.rr-chat__local') || isNaN(instant.getTime())) {
                return;
            }
            var mine = wall(instant, reader);
            var already = (t.getAttribute('data-zones') || '').split(' ').some(function (z) {
                try {
                    return z && wall(instant, z) === mine;
                } catch (e) {
                    return false;
                }
            });
            if (already) {
                return;
            }
            var local = document.createElement('span');
            local.className = 'rr-chat__local';
            local.textContent = ' · ' + (t.getAttribute('data-local') || '{0}')
                .replace('{0}', shown(instant, reader, lang) + ' (' + reader + ')');
            t.appendChild(local);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', localise);
    } else {
        localise();
    }
})();

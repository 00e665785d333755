/*
 * The chat page's conversation: loads the room's latest messages, pages back ("older"), shows each
 * message the server pushes as it comes (the push carries it), sends the composer's message and marks
 * the room read over the chat's REST API. A push of a new message names the message pushed before it
 * in the room ("prev"): a page that does not hold that one missed a push, and asks the history for
 * what it lacks; so does a page whose socket comes back after a drop, or that comes back online.
 * Messages are kept by id, in id order, so none is shown twice and none is lost. The HTML of a message
 * was sanitised by the server; names and labels are set as text. Whether a message is the reader's,
 * and whether they may edit or delete it, the page works out from its own account id and right (for
 * the buttons only: the server decides again on every change).
 */
(function () {
    "use strict";
    var log, api, roomApi, room, me = -1, manager = false, member = false;
    var last = 0, first = null, busy = false, again = false, ready = false, shown = {};
    /** The header every change sends: a form of another site cannot send one (the server refuses changes without it). */
    var OWN_PAGE = { "X-Rrjeti-Request": "1" };
    /** At most one "read" every this many ms per room, while the page is visible. */
    var READ_EVERY = 5000;
    /** A catch-up asks from this many messages back: ids may commit a few ms out of their order. */
    var OVERLAP = 10;

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined) { e.textContent = text; }
        return e;
    }

    function two(n) { return (n < 10 ? "0" : "") + n; }

    /** In the reader's own time zone; written as the platform writes dates (26.11.2026, 17:05). */
    function when(iso) {
        var d = new Date(iso);
        if (isNaN(d.getTime())) { return iso; }
        return two(d.getDate()) + "." + two(d.getMonth() + 1) + "." + d.getFullYear() + ", " + two(d.getHours()) + ":" + two(d.getMinutes());
    }

    function mine(m) { return Number(m.authorId) === me; }

    function render(m) {
        m.mine = mine(m);
        m.mayDelete = !m.deleted && member && (m.mine || manager);
        var li = el("li", "rr-chat__message" + (m.mine ? " rr-chat__message--mine" : "") + (m.deleted ? " rr-chat__message--deleted" : ""));
        li.id = "m-" + m.id;
        li.dataset.id = m.id;
        var head = el("p", "rr-chat__head");
        head.appendChild(el("strong", "rr-chat__author", m.author));
        var time = el("time", "rr-note", " " + when(m.createdAt));
        time.dateTime = m.createdAt;
        head.appendChild(time);
        if (m.editedAt && !m.deleted) { head.appendChild(el("span", "rr-note rr-chat__edited", " · " + log.dataset.edited)); }
        li.appendChild(head);
        var body = el("div", "rr-chat__body");
        if (m.deleted) {
            body.appendChild(el("em", "rr-note", log.dataset.deleted));
        } else {
            body.innerHTML = m.html;
        }
        if (m.file && !m.deleted) {
            var file = el("p", "rr-chat__file-link"), a = el("a", null, m.file.name);
            a.href = log.dataset.context + m.file.url;
            a.setAttribute("download", "");
            file.appendChild(a);
            file.appendChild(el("span", "rr-note", " (" + Math.max(1, Math.round(m.file.size / 1024)) + " KB)"));
            body.appendChild(file);
        }
        li.appendChild(body);
        var actions = el("p", "rr-chat__actions");
        if (!m.deleted && !m.mine) {
            var report = el("button", "rr-chat__report", log.dataset.report);
            report.type = "button";
            report.addEventListener("click", function () {
                var why = window.prompt(log.dataset.reportPrompt);
                if (why) {
                    window.chatReport([{ name: "id", value: m.id }, { name: "reason", value: why }]);
                }
            });
            actions.appendChild(report);
        }
        if (!m.deleted && (m.mine || m.mayDelete)) {
            if (m.mine) {
                var edit = el("button", "rr-chat__edit", log.dataset.edit);
                edit.type = "button";
                edit.addEventListener("click", function () { startEdit(m); });
                actions.appendChild(edit);
            }
            var del = el("button", "rr-chat__delete", log.dataset["delete"]);
            del.type = "button";
            del.addEventListener("click", function () {
                if (window.confirm(log.dataset.confirm)) {
                    window.chatDelete([{ name: "id", value: m.id }]);
                }
            });
            actions.appendChild(del);
        }
        if (actions.firstChild) { li.appendChild(actions); }
        return li;
    }

    /** Shows the message in its place by id (a message committed a little later than a newer id comes in its place), or replaces it. */
    function put(m) {
        var li = render(m), old = document.getElementById("m-" + m.id);
        if (old) {
            log.replaceChild(li, old);
        } else {
            var after = log.lastElementChild;
            while (after && Number(after.dataset.id) > m.id) { after = after.previousElementSibling; }
            log.insertBefore(li, after ? after.nextSibling : log.firstChild);
        }
        shown[m.id] = true;
        last = Math.max(last, m.id);
        first = first === null ? m.id : Math.min(first, m.id);
    }

    function get(query) {
        return fetch(api + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (r) {
                if (!r.ok) { throw new Error("HTTP " + r.status); }
                return r.json();
            });
    }

    /**
     * A change, over REST with the page's own header; the answer's JSON (or {} when it has none). The page's
     * language goes with it, so a refusal (the kernel's error body: text, and field for bad input) is in it.
     */
    function change(method, url, body) {
        var headers = { "Content-Type": "application/json", Accept: "application/json",
            "Accept-Language": document.documentElement.lang || "sq" };
        Object.keys(OWN_PAGE).forEach(function (k) { headers[k] = OWN_PAGE[k]; });
        return fetch(url, { method: method, credentials: "same-origin", headers: headers, body: JSON.stringify(body),
            keepalive: method === "POST" && url.slice(-5) === "/read" })
            .then(function (r) {
                return r.text().then(function (t) {
                    var json = {};
                    try { json = t ? JSON.parse(t) : {}; } catch (e) { json = {}; }
                    return { ok: r.ok, status: r.status, body: json };
                });
            });
    }

    function atBottom() {
        return log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    }

    function status(text) {
        var s = document.getElementById("chat-status");
        if (s) { s.textContent = text; }
    }

    var readSent = -READ_EVERY, readUpTo = 0, readTimer = null;

    /**
     * Marks the room read up to the newest message shown: at once if the last mark is older than
     * READ_EVERY, else once it is; never while the page is hidden (coming back marks it), and at once
     * when the page is hidden or left with a mark still waiting.
     */
    function read(now) {
        if (!member || last <= readUpTo || (document.hidden && !now)) { return; }
        var wait = readSent + READ_EVERY - Date.now();
        if (wait > 0 && !now) {
            if (!readTimer) { readTimer = setTimeout(function () { readTimer = null; read(); }, wait); }
            return;
        }
        clearTimeout(readTimer);
        readTimer = null;
        readSent = Date.now();
        var upTo = last;
        change("POST", roomApi + "/read", { upTo: upTo }).then(function (r) {
            if (r.ok) { readUpTo = Math.max(readUpTo, upTo); }
        }).catch(function () { });
    }

    /** Where a catch-up starts: a few messages before the newest shown (none shown: the room's start). */
    function catchUpFrom() {
        var ids = Object.keys(shown).map(Number).sort(function (a, b) { return a - b; });
        return ids.length > OVERLAP ? ids[ids.length - OVERLAP - 1] : 0;
    }

    /** What came after the messages shown; one request at a time, and once more if asked meanwhile. */
    function catchUp() {
        // Before the first page is in, "after 0" would fetch the room's oldest messages: the first load
        // ends with a catch-up of its own.
        if (!log || !ready) { return; }
        if (busy) { again = true; return; }
        busy = true;
        get("?after=" + catchUpFrom()).then(function (list) {
            var bottom = atBottom(), news = list.filter(function (m) { return !shown[m.id]; });
            // Those already shown come again as they stand now: an edit or deletion missed in a drop shows too.
            list.forEach(function (m) { put(m); });
            if (news.length && bottom) { log.scrollTop = log.scrollHeight; }
            if (news.length) { read(); }
            if (list.length >= 200) { again = true; }
            status("");
        }).catch(function () {
            status(document.getElementById("chat-status").dataset.lost);
            setTimeout(catchUp, 3000);
        }).then(function () {
            busy = false;
            if (again) { again = false; catchUp(); }
        });
    }

    function refresh(id) {
        get("/" + id).then(function (m) { if (shown[m.id]) { put(m); } }).catch(function () { });
    }

    function older() {
        if (first === null) { return; }
        get("?before=" + first).then(function (list) {
            for (var i = list.length - 1; i >= 0; i--) {
                if (!shown[list[i].id]) { put(list[i]); }
            }
            document.getElementById("older").hidden = list.length === 0;
        });
    }

    /** The author's Markdown comes with their own history and answers; a pushed message has none, so it is asked for. */
    function startEdit(m) {
        var text = document.getElementById("composer:text"), editing = document.getElementById("composer:editing");
        if (!text || !editing) { return; }
        var markdown = m.markdown !== null && m.markdown !== undefined ? Promise.resolve(m)
            : get("/" + m.id);
        markdown.then(function (full) {
            if (full.markdown === null || full.markdown === undefined) { return; }
            editing.value = m.id;
            text.value = full.markdown;
            text.focus();
            document.getElementById("cancel-edit").hidden = false;
        }).catch(function () { });
    }

    /**
     * Shows why the message was not saved (or clears it): the words under the composer, and the text box marked
     * invalid when the refusal is about it (field "text"), not when it is about the pace or the room.
     */
    function refusal(text, field) {
        var e = document.getElementById("composer-error"), box = document.getElementById("composer:text");
        if (e) { e.textContent = text || ""; }
        if (box) {
            if (text && field === "text") { box.setAttribute("aria-invalid", "true"); } else { box.removeAttribute("aria-invalid"); }
        }
    }

    var sending = false;

    /** The composer's message over REST: a new one (POST) or the edit of one's own (PUT); a refusal is shown in the reader's language. */
    function send() {
        var form = document.getElementById("composer"), box = document.getElementById("composer:text"),
            editing = document.getElementById("composer:editing");
        if (sending || !box) { return; }
        sending = true;
        var id = editing.value, text = box.value;
        change(id ? "PUT" : "POST", id ? api + "/" + id : api, { text: text }).then(function (r) {
            if (r.ok) {
                box.value = "";
                editing.value = "";
                document.getElementById("cancel-edit").hidden = true;
                refusal("");
                var bottom = atBottom();
                put(r.body);
                if (bottom || !id) { log.scrollTop = log.scrollHeight; }
                read();
            } else {
                refusal(r.body.text || form.dataset.failed, r.body.field);
            }
        }).catch(function () {
            refusal(form.dataset.failed);
        }).then(function () {
            sending = false;
        });
    }

    function mention(token) {
        var text = document.getElementById("composer:text");
        if (text) {
            text.value = (text.value ? text.value.replace(/\s*$/, " ") : "") + token + " ";
            text.focus();
        }
    }

    window.chatCatchUp = catchUp;

    var typingSent = 0, typingShown = null;

    /** Someone else types in this room: shown for four seconds after their last sign. */
    function typing(news) {
        var line = document.getElementById("chat-typing");
        if (!line || !log || String(news.room) !== log.dataset.room) { return; }
        line.textContent = line.dataset.typing.replace("{0}", news.name);
        clearTimeout(typingShown);
        typingShown = setTimeout(function () { line.textContent = ""; }, 4000);
    }

    function presence(news) {
        document.querySelectorAll(".rr-chat__presence[data-person='" + news.person + "']").forEach(function (p) {
            var state = String(news.state).toLowerCase(), label = p.dataset[state] || "";
            p.className = "rr-chat__presence rr-chat__presence--" + state;
            p.title = label;
            p.firstChild.textContent = label;
        });
    }

    /**
     * The socket's message: something happened in one of the member's rooms. In this room a pushed
     * message is shown as it comes; if the one pushed before it ("prev") is not here, a push was
     * missed, and the history is asked for what is lacking. A push without the message (ids only) is
     * caught up with over REST, as are edits of messages not shown.
     */
    window.chatPushed = function (news) {
        if (news.kind === "TYPING") { typing(news); return; }
        if (news.kind === "PRESENCE") { presence(news); return; }
        if (!log || String(news.room) !== log.dataset.room) {
            var badge = document.querySelector(".rr-chat__unread[data-room='" + news.room + "']");
            if (badge && news.kind === "POSTED" && !mine(news)) {
                var count = badge.querySelector(".rr-chat__count");
                count.textContent = String((parseInt(count.textContent, 10) || 0) + 1);
                badge.hidden = false;
                // The header's count of unread messages (the kernel's navigation badge), when shown.
                var total = document.getElementById("nav-count-chat");
                if (total) {
                    total.textContent = String((parseInt(total.textContent, 10) || 0) + 1);
                }
            }
            return;
        }
        if (news.html === undefined) {
            if (news.kind === "POSTED") { catchUp(); } else { refresh(news.id); }
            return;
        }
        if (news.kind !== "POSTED") {
            if (shown[news.id]) { put(news); }
            return;
        }
        if (!shown[news.id]) {
            var bottom = atBottom();
            put(news);
            if (bottom) { log.scrollTop = log.scrollHeight; }
            read();
        }
        if (ready && news.prev && !shown[news.prev]) { catchUp(); }
    };

    window.chatOpened = function () {
        window.chatSocketOpen = true;
        catchUp();
    };

    /** The socket dropped and OmniFaces reconnects by itself; ask for what was missed meanwhile. */
    window.chatLost = function () {
        status(log ? document.getElementById("chat-status").dataset.lost : "");
        setTimeout(catchUp, 1500);
        setTimeout(catchUp, 6000);
    };

    document.addEventListener("DOMContentLoaded", function () {
        log = document.getElementById("chat-log");
        if (!log) { return; }
        api = log.dataset.api;
        roomApi = api.replace(/\/messages$/, "");
        room = log.dataset.room;
        me = Number(log.dataset.me);
        manager = log.dataset.manager === "true";
        member = log.dataset.member === "true";
        get("").then(function (list) {
            list.forEach(function (m) { if (!shown[m.id]) { put(m); } });
            log.scrollTop = log.scrollHeight;
            document.getElementById("older").hidden = list.length === 0;
            ready = true;
            read();
            catchUp();
        }).catch(function () {
            ready = true;
            status(document.getElementById("chat-status").dataset.lost);
            setTimeout(catchUp, 3000);
        });
        document.getElementById("older").addEventListener("click", older);
        var cancel = document.getElementById("cancel-edit");
        if (cancel) {
            cancel.addEventListener("click", function () {
                document.getElementById("composer:editing").value = "";
                document.getElementById("composer:text").value = "";
                refusal("");
                cancel.hidden = true;
            });
        }
        var composer = document.getElementById("composer");
        if (composer) {
            composer.addEventListener("submit", function (e) {
                e.preventDefault();
                send();
            });
        }
        document.querySelectorAll(".rr-chat__mention").forEach(function (b) {
            b.addEventListener("click", function () { mention(b.dataset.mention); });
        });
        var text = document.getElementById("composer:text");
        if (text) {
            // At most one "typing" every three seconds, whatever the typing speed.
            text.addEventListener("input", function () {
                var now = Date.now();
                if (now - typingSent > 3000 && typeof window.chatTyping === "function") {
                    typingSent = now;
                    window.chatTyping();
                }
            });
        }
        window.addEventListener("online", catchUp);
        document.addEventListener("visibilitychange", function () {
            if (typeof window.chatAway === "function") {
                window.chatAway([{ name: "hidden", value: document.hidden ? 1 : 0 }]);
            }
            if (document.hidden) { read(true); } else { catchUp(); read(); }
        });
        window.addEventListener("pagehide", function () { read(true); });
    });
}());

/*
 * The chat page's conversation: loads the room's latest messages, pages back ("older"), and
 * catches up with what came after the last message it shows whenever the server pushes news of the
 * room, when the socket comes back after a drop, and when the browser is back online. Messages are
 * kept by id, so none is shown twice and none is lost between a drop and a reconnect. The HTML of a
 * message was sanitised by the server; names and labels are set as text.
 */
(function () {
    "use strict";
    var log, api, room, last = 0, first = null, busy = false, again = false, ready = false, shown = {};

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

    function render(m) {
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
            if (m.mine && m.markdown !== null && m.markdown !== undefined) {
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

    function put(m, atTop) {
        var li = render(m), old = document.getElementById("m-" + m.id);
        if (old) {
            log.replaceChild(li, old);
        } else if (atTop) {
            log.insertBefore(li, log.firstChild);
        } else {
            log.appendChild(li);
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

    function status(text) {
        var s = document.getElementById("chat-status");
        if (s) { s.textContent = text; }
    }

    function read() {
        if (last > 0 && typeof window.chatRead === "function") {
            window.chatRead([{ name: "upTo", value: last }]);
        }
    }

    /** What came after the last message shown; one request at a time, and once more if asked meanwhile. */
    function catchUp() {
        // Before the first page is in, "after 0" would fetch the room's oldest messages: the first load
        // ends with a catch-up of its own.
        if (!log || !ready) { return; }
        if (busy) { again = true; return; }
        busy = true;
        get("?after=" + last).then(function (list) {
            var atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
            list.forEach(function (m) { if (!shown[m.id]) { put(m, false); } });
            if (list.length && atBottom) { log.scrollTop = log.scrollHeight; }
            if (list.length) { read(); }
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
        get("/" + id).then(function (m) { if (shown[m.id]) { put(m, false); } }).catch(function () { });
    }

    function older() {
        if (first === null) { return; }
        get("?before=" + first).then(function (list) {
            for (var i = list.length - 1; i >= 0; i--) {
                if (!shown[list[i].id]) { put(list[i], true); }
            }
            document.getElementById("older").hidden = list.length === 0;
        });
    }

    function startEdit(m) {
        var text = document.getElementById("composer:text"), editing = document.getElementById("composer:editing");
        if (!text || !editing) { return; }
        editing.value = m.id;
        text.value = m.markdown;
        text.focus();
        document.getElementById("cancel-edit").hidden = false;
    }

    function mention(token) {
        var text = document.getElementById("composer:text");
        if (text) {
            text.value = (text.value ? text.value.replace(/\s*$/, " ") : "") + token + " ";
            text.focus();
        }
    }

    window.chatCatchUp = catchUp;

    /** After the composer came back: an edit that was saved leaves the editing mode. */
    window.chatSent = function () {
        var editing = document.getElementById("composer:editing"), cancel = document.getElementById("cancel-edit");
        if (cancel && (!editing || !editing.value)) { cancel.hidden = true; }
        catchUp();
    };

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

    /** The socket's message: something happened in one of the member's rooms. */
    window.chatPushed = function (news) {
        if (news.kind === "TYPING") { typing(news); return; }
        if (news.kind === "PRESENCE") { presence(news); return; }
        if (!log || String(news.room) !== log.dataset.room) {
            var badge = document.querySelector(".rr-chat__unread[data-room='" + news.room + "']");
            if (badge && news.kind === "POSTED") {
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
        if (news.kind === "POSTED") {
            catchUp();
        } else {
            refresh(news.id);
        }
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
        room = log.dataset.room;
        get("").then(function (list) {
            list.forEach(function (m) { if (!shown[m.id]) { put(m, false); } });
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
                cancel.hidden = true;
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
            if (!document.hidden) { catchUp(); }
        });
    });
}());

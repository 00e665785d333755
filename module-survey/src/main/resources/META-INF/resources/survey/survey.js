/*
 * The answer form, in the browser only:
 * - a question asked only after a given answer is hidden until that answer is chosen (the server
 *   ignores answers to questions that were not asked, so hiding is a convenience, not the rule);
 * - a draft of the answers is kept in this browser's localStorage, restored on return and removed
 *   once the answers are sent. Nothing of it reaches the server before the person sends the form.
 */
(function () {
    'use strict';
    var form = document.getElementById('answer');
    if (!form) {
        return;
    }
    var done = document.querySelector('[data-survey-done]');
    if (done) {
        try { window.localStorage.removeItem('rrjeti-survey-draft-' + done.getAttribute('data-survey-done')); } catch (e) { /* storage off */ }
    }
    var note = document.querySelector('[data-survey-draft]');
    var key = note ? 'rrjeti-survey-draft-' + note.getAttribute('data-survey-draft') : null;

    function fields() {
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && el.name.indexOf('jakarta.faces') !== 0 && el.type !== 'hidden' && el.type !== 'submit'
                && el.type !== 'button';
        });
    }

    function conditions() {
        var chosen = {};
        fields().forEach(function (el) {
            if ((el.type === 'radio' || el.type === 'checkbox') && el.checked) {
                chosen[el.value] = true;
            }
        });
        document.querySelectorAll('fieldset[data-show-if]').forEach(function (set) {
            var wanted = set.getAttribute('data-show-if');
            if (wanted) {
                set.hidden = !chosen[wanted];
            }
        });
    }

    function save() {
        if (!key) {
            return;
        }
        var draft = {};
        fields().forEach(function (el) {
            if (el.type === 'radio' || el.type === 'checkbox') {
                if (el.checked) {
                    (draft[el.name] = draft[el.name] || []).push(el.value);
                }
            } else if (el.value) {
                draft[el.name] = [el.value];
            }
        });
        try { window.localStorage.setItem(key, JSON.stringify(draft)); } catch (e) { /* storage full or off */ }
    }

    function restore() {
        var draft = null;
        try { draft = key ? JSON.parse(window.localStorage.getItem(key) || 'null') : null; } catch (e) { draft = null; }
        if (!draft || form.querySelector('.rr-survey-error')) {
            // After a refused send the server shows what was sent; the draft must not overwrite it.
            return;
        }
        fields().forEach(function (el) {
            var values = draft[el.name];
            if (!values) {
                return;
            }
            if (el.type === 'radio' || el.type === 'checkbox') {
                el.checked = values.indexOf(el.value) >= 0;
            } else if (!el.value) {
                el.value = values[0];
            }
        });
        form.setAttribute('data-draft-restored', 'true');
    }

    restore();
    conditions();
    form.addEventListener('change', function () { conditions(); save(); });
    form.addEventListener('input', save);
}());

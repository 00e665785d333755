/*
 * PrimeFaces 15's p:inputTextarea with a completeMethod, mended (see the rr:textCompletion tag):
 * - its keydown handler reads the suggestions list before the first suggestions arrive, so every key
 *   threw "Cannot read properties of undefined (reading 'filter')": the list now starts empty;
 * - it asked the server for suggestions after every word of three letters or more; a textarea with
 *   data-complete-prefix now asks only for words that begin with that prefix (mentions: "@").
 * The prototype's methods are replaced, so widgets made later (an AJAX update) are mended too.
 */
(function () {
    var Textarea = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.InputTextarea;
    if (!Textarea || Textarea.prototype.rrCompletionMended) {
        return;
    }
    var proto = Textarea.prototype;
    var setup = proto.setupAutoComplete;
    var extract = proto.extractQuery;
    proto.rrCompletionMended = true;
    proto.setupAutoComplete = function () {
        this.items = $();
        return setup.apply(this, arguments);
    };
    proto.extractQuery = function () {
        var query = extract.apply(this, arguments);
        var prefix = this.jq.attr('data-complete-prefix');
        return query && prefix && query.indexOf(prefix) !== 0 ? null : query;
    };
    $.each(PrimeFaces.widgets, function (name, widget) {
        if (widget instanceof Textarea && widget.cfg.autoComplete && !widget.items) {
            widget.items = $();
        }
    });
})();

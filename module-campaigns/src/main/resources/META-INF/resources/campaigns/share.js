/* The campaigns module's copy-link button: the platform's own script, no third party. */
(function () {
    "use strict";
    function copied(button, status) {
        status.textContent = button.getAttribute("data-done");
    }
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-copy]") : null;
        if (!button) {
            return;
        }
        var status = document.getElementById(button.getAttribute("aria-describedby"));
        var text = button.getAttribute("data-copy");
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).then(function () { copied(button, status); }, function () {
                var field = document.getElementById(button.getAttribute("data-field"));
                field.select();
                status.textContent = button.getAttribute("data-select");
            });
        } else {
            var field = document.getElementById(button.getAttribute("data-field"));
            field.select();
            status.textContent = button.getAttribute("data-select");
        }
    });
}());

// Counts one view of the campaign page, which the platform may serve from its cache: a POST to the
// same site without cookies, sent once the page is shown. Nothing is read from or kept in the browser.
(function () {
    var script = document.currentScript;
    var url = script && script.getAttribute('data-views');
    if (!url || !window.fetch) {
        return;
    }
    fetch(url, {method: 'POST', credentials: 'omit', keepalive: true, cache: 'no-store'}).catch(function () {
    });
})();

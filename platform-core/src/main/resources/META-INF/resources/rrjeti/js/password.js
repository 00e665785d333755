/* Ticks the password rules as the person types. The server's PasswordPolicy decides. */
(function () {
    function check(box) {
        var input = document.getElementById(box.getAttribute('data-input'));
        if (!input) {
            return;
        }
        var update = function () {
            var v = input.value || '';
            var ok = {
                length: v.length >= 10 && v.length <= 128,
                mix: /\p{L}/u.test(v) && /\d/.test(v)
            };
            box.querySelectorAll('li[data-rule]').forEach(function (li) {
                li.classList.toggle('rr-rule-ok', ok[li.getAttribute('data-rule')] === true);
            });
        };
        input.addEventListener('input', update);
        update();
    }
    document.querySelectorAll('.rr-password-rules').forEach(check);
})();

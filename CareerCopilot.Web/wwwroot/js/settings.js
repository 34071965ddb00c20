// The Settings page: copy a token or the bookmarklet, and a word instead of running the bookmarklet here.
// Delegated from the document, so parts htmx swaps in work too.
(function () {
    'use strict';

    function copied(button, text) {
        var label = button.textContent;
        button.textContent = text;
        setTimeout(function () { button.textContent = label; }, 2000);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (button) {
            var field = document.querySelector(button.getAttribute('data-copy'));
            if (!field) return;
            field.focus();
            field.select();
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(function () { copied(button, 'Copied'); },
                    function () { copied(button, 'Press Ctrl+C'); });
            } else {
                // Over plain http the clipboard API is missing; the field is selected for the keyboard.
                copied(button, document.execCommand && document.execCommand('copy') ? 'Copied' : 'Press Ctrl+C');
            }
            return;
        }
        var bookmarklet = event.target.closest('[data-bookmarklet]');
        if (bookmarklet) {
            // It runs on job postings, not here (this page's security policy refuses javascript: links anyway).
            event.preventDefault();
            var hint = document.getElementById('bookmarklet-drag-hint');
            if (hint) hint.hidden = false;
        }
    });
})();

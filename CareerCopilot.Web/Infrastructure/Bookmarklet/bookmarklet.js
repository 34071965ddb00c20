// "Save to Career Co-Pilot": the bookmarklet's source. It is not served as it is: BookmarkletScript fills in the
// settings between the two markers below (as JSON), drops these comment lines and the indentation, and makes a
// javascript: link of it for one personal token. Write it with explicit semicolons, one statement per line at most,
// and comments only on lines of their own.
(function () {
    'use strict';
    var config = /*settings*/{ importUrl: '', jobsUrl: '', jobUrl: '', settingsUrl: '', token: '' }/*settings*/;
    var old = document.getElementById('ccp-bookmarklet');
    if (old) {
        old.remove();
    }
    var box = document.createElement('div');
    box.id = 'ccp-bookmarklet';
    box.setAttribute('role', 'status');
    // Style through the CSSOM: a page's CSP may refuse style attributes, never these.
    Object.assign(box.style, {
        position: 'fixed', top: '16px', right: '16px', zIndex: '2147483647', maxWidth: '360px', padding: '12px 40px 12px 16px',
        background: '#ffffff', color: '#1f2328', border: '1px solid #8c959f', borderRadius: '8px',
        boxShadow: '0 4px 16px rgba(0,0,0,.25)', font: '14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif', textAlign: 'left'
    });
    function element(tag, text, style) {
        var el = document.createElement(tag);
        if (text) {
            el.textContent = text;
        }
        Object.assign(el.style, style || {});
        return el;
    }
    function withUrl() {
        return config.jobsUrl + (config.jobsUrl.indexOf('?') < 0 ? '?' : '&') + 'url=' + encodeURIComponent(location.href);
    }
    function show(text, href, label) {
        box.textContent = '';
        box.appendChild(element('strong', 'Career Co-Pilot', { display: 'block', marginBottom: '4px' }));
        box.appendChild(element('div', text));
        if (href) {
            var link = element('a', label, { color: '#0b57d0', textDecoration: 'underline', display: 'inline-block', marginTop: '6px' });
            link.href = href;
            link.target = '_blank';
            link.rel = 'noopener';
            box.appendChild(link);
        }
        var close = element('button', '\u00d7', {
            position: 'absolute', top: '6px', right: '8px', border: '0', background: 'transparent', color: '#1f2328',
            font: '20px/1 system-ui, sans-serif', cursor: 'pointer', padding: '4px 8px'
        });
        close.type = 'button';
        close.setAttribute('aria-label', 'Close');
        close.addEventListener('click', function () {
            box.remove();
        });
        box.appendChild(close);
        if (!box.isConnected) {
            document.body.appendChild(box);
        }
    }
    // The page's own policy refused the request (or the app cannot be reached from here): the app fetches the link itself.
    function fallback() {
        var target = withUrl();
        show('This site does not let the bookmarklet send its page. Add it from Career Co-Pilot instead:', target, 'Open it in Career Co-Pilot');
        var opened = window.open(target, '_blank');
        if (opened) {
            opened.opener = null;
        } else {
            location.href = target;
        }
    }
    function job(id) {
        return config.jobUrl.replace('{id}', String(id));
    }
    function report(status, body, withHtml) {
        if (status === 201) {
            show('Saved: ' + body.title + ' at ' + body.company + '.', job(body.id), 'Open the job');
        } else if (status === 409 && body.existing_job_id) {
            show('This job is already in your list.', job(body.existing_job_id), 'Open the job');
        } else if (status === 413 && withHtml) {
            // The page is too large to send: let the app fetch the link itself.
            send(false);
        } else if (status === 401) {
            show('This bookmarklet\u2019s token no longer works (it was revoked). Make a new bookmarklet in Settings.', config.settingsUrl, 'Open Settings');
        } else if (status === 422) {
            show('No job posting was found on this page.', withUrl(), 'Add it by hand');
        } else {
            show((body && body.detail) || ('The job could not be saved (' + status + ').'), withUrl(), 'Try it in Career Co-Pilot');
        }
    }
    function send(withHtml) {
        var payload = { url: location.href };
        if (withHtml) {
            payload.html = document.documentElement.outerHTML;
        }
        fetch(config.importUrl, {
            method: 'POST',
            mode: 'cors',
            credentials: 'omit',
            headers: { 'Authorization': 'Bearer ' + config.token, 'Content-Type': 'application/json' },
            body: JSON.stringify(payload)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (body) {
                report(response.status, body, withHtml);
            });
        }, fallback);
    }
    show('Saving this page\u2026');
    send(true);
})();

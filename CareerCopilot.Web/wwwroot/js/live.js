// Live updates: the server's event stream (htmx's sse extension, connected once per page by the layout's #live-events)
// or, where there is no stream, a poll of the recent events. A match alert shows a toast the server draws; a change to
// the user's jobs or applications (made in another tab, on another device, by a script or by ingestion) refreshes the
// parts of this page that show them, at most once a second, and never under a person's hands: not while a dialog is open
// or a field in that part holds unsaved input (it refreshes once they are done).
(function () {
    "use strict";

    const root = document.getElementById("live-events");
    if (!root || !window.htmx) return;

    const recentUrl = root.dataset.recentUrl;
    const toastUrl = root.dataset.toastUrl;
    const pollEvery = 25000;
    const refreshGap = 1000;
    const failuresBeforePolling = 3;
    const toastShownFor = 12000;
    let lastId = Number(root.dataset.after) || 0;

    // ---- Events, from the stream or a poll; an id already handled is skipped, so a reconnect or a poll repeats nothing.
    function handle(name, data, id) {
        if (id) {
            if (id <= lastId) return;
            lastId = id;
        }
        switch (name) {
            case "match_alert": showMatch(data.job_id); break;
            case "job_changed": schedule("jobs"); break;
            case "application_changed": schedule("applications"); break;
            case "run_progress": htmx.trigger(document.body, "run-progress"); break;
        }
    }

    root.addEventListener("htmx:sseBeforeMessage", (e) => {
        e.preventDefault(); // nothing is swapped: the event is handled here
        const message = e.detail;
        let data = {};
        try { data = JSON.parse(message.data); } catch { return; }
        handle(message.type, data, Number(message.lastEventId) || 0);
    });

    // ---- Refreshing the parts that show jobs and applications, debounced and deferred while someone is at work there.
    const pending = new Set();
    let timer = null;
    let lastRefresh = 0;

    function schedule(kind) {
        pending.add(kind);
        if (!timer) timer = setTimeout(flush, Math.max(0, refreshGap - (Date.now() - lastRefresh)));
    }

    function regions() {
        const parts = [...document.querySelectorAll("[hx-trigger*='jobs-changed'], [hx-trigger*='application-changed']")];
        const board = document.getElementById("board");
        if (board) parts.push(board);
        return parts;
    }

    function unsaved(field) {
        if (field.type === "checkbox" || field.type === "radio") return field.checked !== field.defaultChecked;
        if (field.tagName === "SELECT") {
            // With no option marked selected, a single select starts on its first.
            const options = [...field.options];
            const marked = options.some((o) => o.defaultSelected);
            return options.some((o, i) => o.selected !== (marked ? o.defaultSelected : !field.multiple && i === 0));
        }
        if (field.type === "hidden" || field.type === "submit" || field.type === "button") return false;
        return field.value !== field.defaultValue;
    }

    function busy() {
        // A dialog, or a question asked in the page (the bulk delete's confirmation step), waits for its answer.
        if (document.querySelector("dialog[open], [role='alertdialog']")) return true;
        if (document.querySelector("#board .dragging")) return true;
        return regions().some((part) => [...part.querySelectorAll("input, textarea, select")].some(unsaved));
    }

    function flush() {
        timer = null;
        if (busy()) {
            // Someone is at work on the page: look again in a moment, and refresh once they are done.
            timer = setTimeout(flush, refreshGap);
            return;
        }
        lastRefresh = Date.now();
        const jobs = pending.has("jobs");
        const applications = pending.has("applications");
        pending.clear();
        // The parts listen for the same events the server raises after a change made on this page.
        if (jobs) htmx.trigger(document.body, "jobs-changed");
        if (applications) htmx.trigger(document.body, "application-changed");
        const board = document.getElementById("board");
        if (board && board.dataset.refreshUrl) htmx.ajax("GET", board.dataset.refreshUrl, { target: "#board", swap: "outerHTML" });
    }

    // ---- The match alert's toast: markup drawn by the server for the user's own job, in the toast area site.js uses.
    function toastArea() {
        let area = document.querySelector(".toast-area");
        if (!area) {
            area = document.createElement("div");
            area.className = "toast-area";
            area.setAttribute("aria-live", "polite");
            document.body.appendChild(area);
        }
        return area;
    }

    function showMatch(jobId) {
        if (!Number.isInteger(jobId)) return;
        const url = new URL(toastUrl, window.location.href);
        url.searchParams.set("id", String(jobId));
        fetch(url, { credentials: "same-origin", headers: { "HX-Request": "true" } })
            .then((response) => (response.ok ? response.text() : ""))
            .then((html) => {
                if (!html) return;
                const template = document.createElement("template");
                template.innerHTML = html.trim();
                const toast = template.content.firstElementChild;
                if (!toast) return;
                toastArea().appendChild(toast);
                setTimeout(() => toast.remove(), toastShownFor);
            })
            .catch(() => { /* no toast is better than a broken one */ });
    }

    // ---- Without a stream (no EventSource, or it keeps failing): poll the recent events instead.
    let failures = 0;
    let polling = false;

    function poll() {
        fetch(recentUrl + (recentUrl.includes("?") ? "&" : "?") + "after=" + lastId, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then((response) => (response.ok ? response.json() : null))
            .then((recent) => {
                if (!recent) return;
                recent.events.forEach((e) => handle(e.event, e.data || {}, e.id));
                lastId = Math.max(lastId, recent.last_id);
            })
            .catch(() => { /* the next poll tries again */ })
            .finally(() => setTimeout(poll, pollEvery));
    }

    function startPolling() {
        if (polling) return;
        polling = true;
        root.dataset.live = "polling";
        // Removing the element through htmx closes its EventSource and stops the extension's reconnecting.
        if (document.body.contains(root)) htmx.remove(root);
        setTimeout(poll, pollEvery);
    }

    // data-live says how this page hears of changes ("open", "polling"): for a person in the inspector and for tests.
    root.addEventListener("htmx:sseOpen", () => { failures = 0; root.dataset.live = "open"; });
    root.addEventListener("htmx:sseError", () => {
        failures += 1;
        if (failures >= failuresBeforePolling) startPolling();
    });
    if (!("EventSource" in window)) startPolling();
})();

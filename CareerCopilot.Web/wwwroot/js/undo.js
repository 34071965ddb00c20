// Toasts with an Undo button, raised by the server's "show-undo" event: { message, url, target }. The button is a
// real form posting to the undo handler with the antiforgery token; htmx sends it and swaps the answer into the
// part it names when that part is on this page.
(function () {
    "use strict";

    const shownFor = 10000;

    document.body.addEventListener("show-undo", (e) => {
        const detail = e.detail || {};
        if (!detail.message || !detail.url) return;
        let area = document.querySelector(".toast-area");
        if (!area) {
            area = document.createElement("div");
            area.className = "toast-area";
            area.setAttribute("aria-live", "polite");
            document.body.appendChild(area);
        }
        const toast = document.createElement("div");
        toast.className = "alert alert-success shadow-sm mb-0 py-2 undo-toast";
        toast.setAttribute("role", "status");
        const text = document.createElement("span");
        text.textContent = detail.message;

        const form = document.createElement("form");
        form.method = "post";
        form.action = detail.url;
        form.className = "d-inline";
        const token = document.createElement("input");
        token.type = "hidden";
        token.name = "__RequestVerificationToken";
        token.value = document.querySelector("meta[name=antiforgery-token]")?.content || "";
        const button = document.createElement("button");
        button.type = "submit";
        button.className = "btn btn-sm btn-link p-0 ms-2 align-baseline undo-button";
        button.textContent = "Undo";
        button.setAttribute("hx-post", detail.url);
        button.setAttribute("hx-disabled-elt", "this");
        if (detail.target && document.querySelector(detail.target)) {
            button.setAttribute("hx-target", detail.target);
            button.setAttribute("hx-swap", "outerHTML");
        } else {
            button.setAttribute("hx-swap", "none");
        }
        form.append(token, button);
        toast.append(text, form);
        area.appendChild(toast);
        htmx.process(form);
        // Once undone (or failed), the toast has said what it had to; the answer brings its own message.
        button.addEventListener("htmx:afterRequest", () => setTimeout(() => toast.remove()));
        setTimeout(() => toast.remove(), shownFor);
    });
})();

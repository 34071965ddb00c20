// Career Co-Pilot's own behaviour: the dialog, toasts, the tag input, the board's drag and drop, the
// browser time zone and the charts. No inline script anywhere (the CSP forbids it), so everything is wired from here.
(function () {
    "use strict";

    const dialog = () => document.getElementById("app-dialog");

    // A form swapped into the dialog opens it; a saved change closes it.
    document.body.addEventListener("htmx:afterSwap", (e) => {
        // A history restore swaps too, with no target in its detail.
        if (e.detail.target && e.detail.target.id === "dialog-body" && !dialog().open) dialog().showModal();
    });
    document.body.addEventListener("jobs-changed", () => { if (dialog().open) dialog().close(); });
    document.addEventListener("click", (e) => {
        const close = e.target.closest("[data-close-dialog]");
        if (close && dialog().contains(close)) { e.preventDefault(); dialog().close(); }
    });
    dialog().addEventListener("close", () => { document.getElementById("dialog-body").replaceChildren(); });

    // Messages sent by the server in HX-Trigger: { "show-message": "Saved." }, or { "show-message": { "value": "No.", "kind": "danger" } }
    document.body.addEventListener("show-message", (e) => toast(typeof e.detail === "string" ? e.detail : e.detail.value, e.detail && e.detail.kind));

    // An error answer is not swapped by htmx; say something rather than nothing.
    document.body.addEventListener("htmx:responseError", (e) => {
        const status = e.detail.xhr.status;
        toast(status === 429 ? "Too many attempts. Please wait a moment." :
            status === 404 ? "That item no longer exists." :
            status === 413 ? "That is too much text to save at once." : "Something went wrong. Please try again.", "danger");
    });
    document.body.addEventListener("htmx:sendError", () => toast("The server cannot be reached. Check your connection.", "danger"));

    function toast(message, kind) {
        let area = document.querySelector(".toast-area");
        if (!area) {
            area = document.createElement("div");
            area.className = "toast-area";
            area.setAttribute("aria-live", "polite");
            document.body.appendChild(area);
        }
        const el = document.createElement("div");
        el.className = "alert alert-" + (kind || "success") + " shadow-sm mb-0 py-2";
        el.setAttribute("role", kind === "danger" ? "alert" : "status");
        el.textContent = message;
        area.appendChild(el);
        setTimeout(() => el.remove(), 4000);
    }

    // Tag input: the underlying text input keeps the comma-separated value the server reads, so the form
    // works unchanged without this script.
    function tagInput(input) {
        if (input.dataset.enhanced) return;
        input.dataset.enhanced = "1";
        const box = document.createElement("div");
        box.className = "form-control tag-box";
        const editor = document.createElement("input");
        editor.type = "text";
        editor.setAttribute("aria-label", (input.labels[0] ? input.labels[0].textContent : "Entry") + ": add one");
        if (input.getAttribute("list")) editor.setAttribute("list", input.getAttribute("list"));
        input.type = "hidden";
        input.removeAttribute("list");
        input.after(box);
        const values = () => input.value.split(",").map((s) => s.trim()).filter(Boolean);
        const render = () => {
            editor.placeholder = values().length ? "Add another…" : input.placeholder;
            box.querySelectorAll(".tag").forEach((t) => t.remove());
            values().forEach((v) => {
                const tag = document.createElement("span");
                tag.className = "tag";
                tag.textContent = v;
                const remove = document.createElement("button");
                remove.type = "button";
                remove.textContent = "×";
                remove.setAttribute("aria-label", "Remove " + v);
                remove.addEventListener("click", () => { input.value = values().filter((x) => x !== v).join(", "); render(); editor.focus(); });
                tag.appendChild(remove);
                box.insertBefore(tag, editor);
            });
        };
        const add = () => {
            const v = editor.value.replace(/,/g, " ").trim();
            if (v && !values().some((x) => x.toLowerCase() === v.toLowerCase())) input.value = values().concat(v).join(", ");
            editor.value = "";
            render();
        };
        editor.addEventListener("keydown", (e) => {
            if (e.key === "Enter" || e.key === ",") { e.preventDefault(); add(); }
            else if (e.key === "Backspace" && !editor.value && values().length) { input.value = values().slice(0, -1).join(", "); render(); }
        });
        // Picking a suggestion from the list fires "input" with the whole value: take it at once.
        editor.addEventListener("input", (e) => { if (e.inputType === "insertReplacementText" || e.inputType === undefined) add(); });
        editor.addEventListener("blur", add);
        box.addEventListener("click", (e) => { if (e.target === box) editor.focus(); });
        box.appendChild(editor);
        render();
    }

    // Offer the browser's own time zone next to the field.
    function browserZone(button) {
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        const target = document.querySelector(button.dataset.target);
        if (!zone || !target) return;
        const offer = () => button.classList.toggle("d-none", target.value === zone);
        button.textContent = "Use this device’s zone (" + zone + ")";
        button.addEventListener("click", () => { target.value = zone; offer(); });
        target.addEventListener("input", offer);
        offer();
    }

    // Board: drag a card onto a column to move it; the server answers with the whole board.
    function board(root) {
        const wrap = root.querySelector ? root.querySelector("#board") || (root.id === "board" ? root : null) : null;
        if (!wrap || wrap.dataset.enhanced) return;
        wrap.dataset.enhanced = "1";
        let dragged = null;
        wrap.addEventListener("dragstart", (e) => {
            const card = e.target.closest(".board-card");
            if (!card) return;
            dragged = card;
            card.classList.add("dragging");
            e.dataTransfer.effectAllowed = "move";
            e.dataTransfer.setData("text/plain", card.dataset.id);
        });
        wrap.addEventListener("dragend", () => {
            if (dragged) dragged.classList.remove("dragging");
            wrap.querySelectorAll(".drop-target").forEach((c) => c.classList.remove("drop-target"));
            dragged = null;
        });
        wrap.addEventListener("dragover", (e) => {
            const column = e.target.closest(".board-column");
            if (!column || !dragged) return;
            e.preventDefault();
            wrap.querySelectorAll(".drop-target").forEach((c) => c !== column && c.classList.remove("drop-target"));
            column.classList.add("drop-target");
        });
        wrap.addEventListener("drop", (e) => {
            const column = e.target.closest(".board-column");
            if (!column || !dragged) return;
            e.preventDefault();
            if (column.contains(dragged)) return;
            const token = document.querySelector('meta[name="antiforgery-token"]').content;
            // A saved job starts its application at its own address; an application moves at the board's.
            htmx.ajax("POST", dragged.dataset.moveUrl || wrap.dataset.moveUrl, {
                target: "#board", swap: "outerHTML",
                values: { id: dragged.dataset.id, status: column.dataset.status },
                headers: { RequestVerificationToken: token },
            });
        });
    }

    // Charts: each canvas carries its Chart.js configuration as JSON in data-chart (the CSP allows no inline script).
    function chart(canvas) {
        if (!window.Chart || canvas.dataset.enhanced) return;
        canvas.dataset.enhanced = "1";
        new window.Chart(canvas, JSON.parse(canvas.dataset.chart));
    }
    // A part swapped out takes its charts with it; Chart.js would otherwise keep them.
    // (htmx cleans up every element of a swapped-out part, one by one.)
    document.body.addEventListener("htmx:beforeCleanupElement", (e) => {
        if (window.Chart && e.detail.elt instanceof HTMLCanvasElement) window.Chart.getChart(e.detail.elt)?.destroy();
    });

    function enhance(root) {
        root.querySelectorAll("[data-tag-input]").forEach(tagInput);
        root.querySelectorAll("[data-browser-time-zone]").forEach(browserZone);
        root.querySelectorAll("canvas[data-chart]").forEach(chart);
        board(root);
    }

    document.body.addEventListener("htmx:load", (e) => enhance(e.detail.elt.parentElement || document));
    enhance(document);
})();

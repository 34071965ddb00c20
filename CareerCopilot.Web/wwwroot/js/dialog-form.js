// The form in the app's dialog: a refused submit puts focus on the first field to correct; the summary's links
// go to their fields; closing the dialog (Escape, ×, Cancel) asks first when what was typed would be lost.
(function () {
    "use strict";

    const dialog = () => document.getElementById("app-dialog");
    const formIn = (root) => root && root.querySelector("form");
    const state = (form) => new URLSearchParams(new FormData(form)).toString();
    const pristine = new WeakMap();

    // A field the tag input hides is edited through the box beside it.
    function focusable(field) {
        if (field.type !== "hidden") return field;
        const box = field.nextElementSibling;
        return box && box.classList.contains("tag-box") ? box.querySelector("input") : null;
    }

    function focusField(field) {
        const target = field && focusable(field);
        if (!target) return false;
        target.focus();
        target.scrollIntoView({ block: "center" });
        return true;
    }

    function arrive(form) {
        pristine.set(form, state(form));
        focusField(form.querySelector("[aria-invalid=true]"));
    }

    function unsaved(form) {
        return !!form && (form.dataset.unsaved === "true" || (pristine.has(form) && pristine.get(form) !== state(form)));
    }

    function confirmBar(form) { return form.querySelector("[data-discard-confirm]"); }

    // True when the dialog may close now; otherwise the question is shown inside it.
    function mayClose() {
        const form = formIn(dialog());
        const bar = form && confirmBar(form);
        if (!unsaved(form) || !bar) return true;
        bar.hidden = false;
        bar.querySelector("[data-keep-editing]").focus();
        return false;
    }

    function keepEditing(form) {
        confirmBar(form).hidden = true;
        focusField(form.querySelector("[aria-invalid=true]")) || focusField(form.querySelector("input:not([type=hidden]), select, textarea"));
    }

    // Capture, so the question comes before site.js closes the dialog.
    document.addEventListener("click", (e) => {
        const d = dialog();
        if (!d || !d.open || !d.contains(e.target)) return;
        const form = formIn(d);
        if (e.target.closest("[data-close-dialog]") && !mayClose()) {
            e.preventDefault();
            e.stopPropagation();
        } else if (e.target.closest("[data-keep-editing]")) {
            keepEditing(form);
        } else if (e.target.closest("[data-discard]")) {
            d.close();
        } else if (e.target.closest("[data-field-link]")) {
            const id = e.target.closest("[data-field-link]").getAttribute("href").slice(1);
            if (focusField(document.getElementById(id))) e.preventDefault();
        }
    }, true);

    // Escape: the key itself is held back while there is something to lose, so the dialog stays open reliably.
    document.addEventListener("keydown", (e) => {
        const d = dialog();
        if (e.key !== "Escape" || !d || !d.open) return;
        const form = formIn(d);
        const bar = form && confirmBar(form);
        if (bar && !bar.hidden) { e.preventDefault(); keepEditing(form); }
        else if (!mayClose()) e.preventDefault();
    }, true);
    document.addEventListener("cancel", (e) => {
        if (e.target === dialog() && !mayClose()) e.preventDefault();
    }, true);

    // Each form that arrives in the dialog (or on its own page): remember how it started, go to the first error.
    function scan(root) {
        const form = root.matches && root.matches("form") ? root : null;
        (form ? [form] : Array.from(root.querySelectorAll ? root.querySelectorAll("form[data-unsaved=true], #app-dialog form") : []))
            .forEach(arrive);
    }
    document.body.addEventListener("htmx:afterSettle", (e) => {
        const d = dialog();
        if (d && d.contains(e.detail.elt)) scan(e.detail.elt);
    });
    scan(document);
})();

// The jobs table: the bulk bar appears when rows are ticked (and says how many), a box ticks every row of the page,
// the row menus close like menus, and a bulk delete's question takes the focus. Without this script the bar is
// always there and works as a plain form.
(function () {
    "use strict";

    const boxes = () => Array.from(document.querySelectorAll("input.row-select[form=jobs-bulk]"));

    function refresh() {
        const bar = document.querySelector("[data-bulk-bar]");
        const all = document.querySelector("[data-select-all]");
        const ticked = boxes().filter((b) => b.checked).length;
        if (bar) {
            bar.hidden = ticked === 0;
            const count = bar.querySelector("[data-bulk-count]");
            if (count) count.textContent = ticked === 1 ? "1 job selected:" : ticked + " jobs selected:";
        }
        if (all) {
            all.hidden = false;
            all.checked = ticked > 0 && ticked === boxes().length;
            all.indeterminate = ticked > 0 && ticked < boxes().length;
        }
    }

    document.addEventListener("change", (e) => {
        if (e.target.matches("[data-select-all]")) {
            boxes().forEach((b) => { b.checked = e.target.checked; });
            refresh();
        } else if (e.target.matches("input.row-select")) {
            refresh();
        }
    });

    // One row menu open at a time; a click elsewhere, Escape or choosing an item closes it.
    const openMenus = () => Array.from(document.querySelectorAll("details.row-menu[open]"));
    document.addEventListener("click", (e) => {
        const menu = e.target.closest("details.row-menu");
        openMenus().forEach((m) => { if (m !== menu) m.open = false; });
        if (menu && e.target.closest(".row-menu-items a, .row-menu-items button")) menu.open = false;
    });
    document.addEventListener("keydown", (e) => {
        if (e.key !== "Escape") return;
        openMenus().forEach((m) => { m.open = false; m.querySelector("summary").focus(); });
    });

    document.body.addEventListener("htmx:afterSettle", () => {
        refresh();
        const confirm = document.querySelector(".bulk-confirm button[type=submit]");
        if (confirm && !confirm.dataset.focused) { confirm.dataset.focused = "1"; confirm.focus(); }
    });
    refresh();
})();

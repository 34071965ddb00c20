// The Sources page: the key field is labelled and explained for the board chosen (the server renders the first board's).
document.addEventListener("change", (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.matches("[data-board-select]")) return;
    const option = select.selectedOptions[0];
    const form = select.form;
    if (!option || !form) return;
    const label = form.querySelector("label[data-key-label]");
    const hint = form.querySelector("[data-key-hint]:not(option)");
    if (label) label.textContent = option.dataset.keyLabel || "Key";
    if (hint) hint.textContent = option.dataset.keyHint || "";
});

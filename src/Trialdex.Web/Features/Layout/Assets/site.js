// Enhancement only: every page works without it. On a narrow screen the filter panel starts folded so the
// results are in view. Filters and sort do not submit on change (WCAG 3.2.2): their buttons apply them.
document.addEventListener("DOMContentLoaded", () => {
    if (window.matchMedia("(max-width: 56rem)").matches) {
        for (const panel of document.querySelectorAll("details[data-fold-narrow]")) {
            panel.open = false;
        }
    }
});

// Enhancement only: every page works without it. Filter checkboxes and the sort list apply at once.
document.addEventListener("DOMContentLoaded", () => {
    for (const form of document.querySelectorAll("form[data-autosubmit]")) {
        form.addEventListener("change", (event) => {
            if (event.target.matches("input[type=checkbox], input[type=radio], select")) {
                form.requestSubmit();
            }
        });
    }
});

// Where the caret stands in the reply's text box, so a placeholder goes in there, and putting it
// back after the inserted placeholder. A box never focused reports nothing: the chip appends.
const box = selector => document.querySelector(selector);

export function caretOf(selector) {
    const element = box(selector);
    return element && element.dataset.cannedTouched === '1' ? element.selectionStart : null;
}

export function watch(selector) {
    const element = box(selector);
    if (element) {
        const touched = () => { element.dataset.cannedTouched = '1'; };
        ['focus', 'keyup', 'click'].forEach(name => element.addEventListener(name, touched));
    }
}

export function placeCaret(selector, position) {
    const element = box(selector);
    if (element) {
        element.focus();
        element.setSelectionRange(position, position);
    }
}

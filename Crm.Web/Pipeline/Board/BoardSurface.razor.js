// Keyboard and drag details of the pipeline board that Blazor cannot express.
export function attach(root) {
    // Space and the arrow keys move a focused card: they must not scroll the page as well.
    root.addEventListener('keydown', event => {
        const onCard = event.target.classList && event.target.classList.contains('crm-board-card');
        if (onCard && [' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
            event.preventDefault();
        }
    });
    // Firefox starts a drag only when it carries data.
    root.addEventListener('dragstart', event => {
        const card = event.target.closest && event.target.closest('.crm-board-card');
        if (card && event.dataTransfer) {
            event.dataTransfer.setData('text/plain', card.dataset.cardId || '');
            event.dataTransfer.effectAllowed = 'move';
        }
    });
}

export function focusCard(root, id) {
    const card = root.querySelector(`.crm-board-card[data-card-id="${id}"]`);
    if (card) {
        card.focus();
    }
}

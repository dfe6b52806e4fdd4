// Single-key shortcuts of the service desk. Keys typed into a field are the user's text, so
// they never count; with Ctrl, Alt or Cmd held they belong to the browser.
const typing = target => target && (target.isContentEditable
    || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function attach(dotnet, keys) {
    const handler = event => {
        if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target) || !keys.includes(event.key)) {
            return;
        }
        event.preventDefault();
        dotnet.invokeMethodAsync('OnKeyAsync', event.key);
    };
    document.addEventListener('keydown', handler);
    return { detach: () => document.removeEventListener('keydown', handler) };
}

// Ticks SLA countdowns locally, once a second for all of them: the remaining working time is
// what the server gave at evaluation minus the working time (overlap with the calendar's
// periods) that has passed since. The server re-renders only when a clock changes.
const clocks = new Set();
let timer = null;

export function start(element, data) {
    const clock = {
        element,
        data,
        offset: data.serverNow - Date.now(),
    };
    for (const existing of clocks) {
        if (existing.element === element) {
            clocks.delete(existing);
        }
    }
    clocks.add(clock);
    render(clock);
    if (timer === null) {
        timer = setInterval(tick, 1000);
    }
}

export function stop(element) {
    for (const clock of clocks) {
        if (clock.element === element) {
            clocks.delete(clock);
        }
    }
}

function tick() {
    for (const clock of clocks) {
        if (!clock.element.isConnected) {
            clocks.delete(clock);
        } else {
            render(clock);
        }
    }
    if (clocks.size === 0) {
        clearInterval(timer);
        timer = null;
    }
}

function worked(periods, from, to) {
    let total = 0;
    for (const [start, end] of periods) {
        const begin = Math.max(start, from);
        const finish = Math.min(end, to);
        if (finish > begin) {
            total += finish - begin;
        }
    }
    return total;
}

export function remaining(data, now) {
    return data.remainingMs - worked(data.periods, data.evaluatedAt, now);
}

function render(clock) {
    const data = clock.data;
    const left = remaining(data, Date.now() + clock.offset);
    const state = left <= 0 ? "breached" : (data.atRiskMs !== null && left <= data.atRiskMs ? "atrisk" : "running");
    const value = clock.element.querySelector("[data-sla-value]");
    if (value) {
        write(value, left > 0
            ? data.left.replace("{0}", format(left))
            : data.overdue.replace("{0}", format(-left)));
    }
    clock.element.dataset.state = state;
    clock.element.classList.toggle("mud-success-text", state === "running");
    clock.element.classList.toggle("mud-warning-text", state === "atrisk");
    clock.element.classList.toggle("mud-error-text", state === "breached");
}

// Into the text node Blazor rendered, not a new one: when the clock stops (met, paused) Blazor
// writes its own text into that node, and a replaced node would keep showing the ticking value.
function write(element, text) {
    const node = element.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE && node === element.lastChild) {
        node.nodeValue = text;
    } else {
        element.textContent = text;
    }
}

function format(ms) {
    const seconds = Math.floor(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

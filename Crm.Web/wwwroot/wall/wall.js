// The browser side of a wall display, built to run for weeks with nobody near the TV:
// - starts Blazor with a reconnection handler that never gives up: it retries while the
//   server is away, and when the server answers but no longer knows the circuit (a restart,
//   a deployment) it waits for /health and for the page itself to answer, then reloads;
// - a one-second ticker that rotates the pages, runs the clock and the SLA countdowns on the
//   server's time, and shows the "reconnecting" banner after 30 s without word from the server;
// - after 90 s without word even though the link looks up, it recovers the same way.
(() => {
    const staleAfterMs = 30_000;
    const recoverAfterMs = 90_000;
    const retryDelaysMs = [500, 1000, 2000, 3000, 5000];
    const longestRetryMs = 10_000;

    let lastWord = Date.now();
    let serverOffsetMs = 0;
    let shownSince = Date.now();
    let recovering = false;
    let chimeContext = null;

    const delay = ms => new Promise(resolve => setTimeout(resolve, ms));
    const retryDelay = attempt => retryDelaysMs[attempt] ?? longestRetryMs;
    const serverNow = () => Date.now() + serverOffsetMs;
    const wall = () => document.querySelector(".wall");
    const isGone = () => wall()?.dataset.state === "gone";

    window.crmWall = {
        beat(serverMs) {
            lastWord = Date.now();
            if (typeof serverMs === "number") {
                serverOffsetMs = serverMs - Date.now();
            }
            wall()?.removeAttribute("data-stale");
        },
        // A short rising chime for a won opportunity, made on the spot (no audio file). A TV
        // nobody clicked on may refuse to play sound: the win is then only seen, never an error.
        chime() {
            try {
                const AudioContext = window.AudioContext || window.webkitAudioContext;
                if (!AudioContext) {
                    return;
                }
                chimeContext ??= new AudioContext();
                chimeContext.resume?.().catch(() => { });
                const start = chimeContext.currentTime + 0.05;
                [523.25, 659.25, 783.99, 1046.5].forEach((frequency, index) => {
                    const tone = chimeContext.createOscillator();
                    const volume = chimeContext.createGain();
                    const at = start + index * 0.12;
                    tone.type = "sine";
                    tone.frequency.value = frequency;
                    volume.gain.setValueAtTime(0.0001, at);
                    volume.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
                    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.7);
                    tone.connect(volume).connect(chimeContext.destination);
                    tone.start(at);
                    tone.stop(at + 0.75);
                });
            } catch {
                // no sound allowed or none available
            }
        },
    };

    async function answers(url) {
        try {
            const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
            return response.status < 500;
        } catch {
            return false;
        }
    }

    // Reloading only once the server and this very page answer keeps the TV off error pages.
    async function recover() {
        if (recovering) {
            return;
        }
        recovering = true;
        for (let attempt = 0; ; attempt++) {
            if (await answers("/health") && await answers(location.href)) {
                location.reload();
                return;
            }
            await delay(retryDelay(attempt));
        }
    }

    const reconnectionHandler = {
        async onConnectionDown() {
            for (let attempt = 0; ; attempt++) {
                await delay(retryDelay(attempt));
                try {
                    if (await Blazor.reconnect()) {
                        return;
                    }
                    break; // the server is back but has forgotten this screen
                } catch {
                    // the server is not reachable yet: keep trying
                }
            }
            await recover();
        },
        onConnectionUp() {
            lastWord = Date.now();
        },
    };

    function rotate(now) {
        const pages = [...document.querySelectorAll(".wall-page")];
        if (pages.length === 0) {
            return;
        }
        const seconds = Number(wall()?.dataset.rotation) || 30;
        let index = pages.findIndex(page => page.hasAttribute("data-shown"));
        if (index < 0 || (pages.length > 1 && now - shownSince >= seconds * 1000)) {
            index = index < 0 ? 0 : (index + 1) % pages.length;
            pages.forEach((page, i) => page.toggleAttribute("data-shown", i === index));
            shownSince = now;
        }
        document.querySelectorAll(".wall-dot").forEach((dot, i) => dot.toggleAttribute("data-shown", i === index));
        const name = document.querySelector("[data-wall-page-name]");
        if (name) {
            name.textContent = pages[index].dataset.title ?? "";
        }
    }

    const clockFormats = new Map();
    function clockText(element, at) {
        const key = element.dataset.lang + "|" + element.dataset.zone;
        if (!clockFormats.has(key)) {
            clockFormats.set(key, new Intl.DateTimeFormat(element.dataset.lang, {
                timeZone: element.dataset.zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23",
            }));
        }
        return clockFormats.get(key).format(at);
    }

    function countdownText(remainingMs) {
        const total = Math.floor(Math.abs(remainingMs) / 1000);
        const days = Math.floor(total / 86_400);
        const hours = Math.floor((total % 86_400) / 3600);
        const minutes = Math.floor((total % 3600) / 60);
        const seconds = total % 60;
        const pad = n => String(n).padStart(2, "0");
        const chinese = wall()?.lang?.startsWith("zh");
        const longText = chinese ? `${days}天${hours}小时` : `${days}d ${hours}h`;
        const text = days > 0 ? longText : `${hours}:${pad(minutes)}:${pad(seconds)}`;
        return (remainingMs < 0 ? "+" : "") + text;
    }

    function tick() {
        const now = Date.now();
        const at = new Date(serverNow());
        rotate(now);
        document.querySelectorAll("[data-wall-clock]").forEach(clock => clock.textContent = clockText(clock, at));
        document.querySelectorAll("[data-due]").forEach(countdown => {
            const remaining = Date.parse(countdown.dataset.due) - at.getTime();
            countdown.textContent = countdownText(remaining);
            countdown.classList.toggle("wall-overdue", remaining < 0);
        });
        if (isGone()) {
            return;
        }
        const silentMs = now - lastWord;
        wall()?.toggleAttribute("data-stale", silentMs > staleAfterMs);
        if (silentMs > recoverAfterMs) {
            recover();
        }
    }

    setInterval(tick, 1000);
    document.addEventListener("DOMContentLoaded", tick);
    Blazor.start({ circuit: { reconnectionHandler } }).catch(recover);
})();

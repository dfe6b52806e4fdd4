// Plotly's own "responsive" option follows the window only; a card also changes width when the
// drawer opens or the table is shown beside the chart, so watch the container itself.
export function observe(container) {
    let frame = 0;
    const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
            const plot = container.querySelector('.js-plotly-plot');
            if (plot && window.Plotly) {
                window.Plotly.Plots.resize(plot);
            }
        });
    });
    observer.observe(container);
    return {
        disconnect: () => {
            cancelAnimationFrame(frame);
            observer.disconnect();
        },
    };
}

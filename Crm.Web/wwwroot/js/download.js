// Receives a file streamed from the circuit (a DotNetStreamReference) and saves it under its name.
export async function download(fileName, contentType, content) {
    const buffer = await content.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The click starts the download before the next task; only then may the object URL go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Resolves once the element is in the document: bpmn-js and form-js measure text and need a laid-out container. */
export function mounted(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (el.isConnected ? resolve() : requestAnimationFrame(check));
    check();
  });
}

export function download(filename: string, content: string, type = 'application/xml'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

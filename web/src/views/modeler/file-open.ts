/**
 * An editor's "open a file" input: asks before unsaved work is dropped, then hands over the chosen file. The input
 * is cleared either way, so choosing the same file again opens it again.
 */
export function onFileChosen(input: HTMLInputElement, mayDiscardWork: () => boolean, open: (file: File) => Promise<void>): void {
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (file && mayDiscardWork()) await open(file);
  });
}

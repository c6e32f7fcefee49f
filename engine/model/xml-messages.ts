/**
 * A message of the XML parser (saxen via moddle) made safe to return to the uploader: "unparsable content
 * <whatever the file held> detected" quotes the upload, which may be anything (random bytes, personal data), so
 * only the kind of problem and its position are kept. Self-contained (no imports, no closures): the lint worker
 * runs it from its source text.
 */
export function safeXmlMessage(message: string): string {
  const text = String(message);
  const first = text.split('\n')[0];
  const position = /line:\s*(\d+)\s+column:\s*(\d+)/.exec(text);
  const where = position ? ` (line ${position[1]}, column ${position[2]})` : '';
  if (/^unparsable content/i.test(first)) return `unparsable content${where}`;
  // Other messages name element types, attributes and ids; still printable and short.
  // eslint-disable-next-line no-control-regex
  const printable = first.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return `${printable.length > 160 ? `${printable.slice(0, 160)}…` : printable}${where}`;
}

/**
 * CSV the way Turkish Excel opens it by double-click: UTF-8 with a byte-order mark (else "ğ", "ş", "İ" break),
 * `;` as the separator (the comma is the decimal mark in tr-TR), CRLF line ends, dates `dd.MM.yyyy`.
 */
const BOM = '\uFEFF';

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  const s = String(v);
  // Text Excel would run as a formula is kept as text.
  const text = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[;"\r\n]/.test(text) || text !== s ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** `dd.MM.yyyy` of an ISO date (`yyyy-MM-dd`, a Turkish calendar date). */
export const trDate = (isoDate: string | null | undefined): string => (isoDate ? `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}` : '');

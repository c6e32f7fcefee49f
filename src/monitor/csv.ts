/**
 * CSV the way Turkish Excel opens it by double-click: UTF-8 with a byte-order mark (else "ğ", "ş", "İ" break),
 * `;` as the separator (the comma is the decimal mark in tr-TR), CRLF line ends, dates `dd.MM.yyyy`.
 */
const BOM = '\uFEFF';

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v).replace('.', ',') : String(v);
  return /[;"\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? "'" : '') + s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** `dd.MM.yyyy` of an ISO date (`yyyy-MM-dd`, a Turkish calendar date). */
export const trDate = (isoDate: string | null | undefined): string => (isoDate ? `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}` : '');

import type { MediaChannel } from '@attendgate/platform';
import { CHANNEL_LABELS } from './channelLabels.ts';

/**
 * The participant list as CSV (RFC 4180), for the owner's download button (UFR-PART-020). Same columns and
 * masking as the on-screen list (seed 004: 이름 김**, 전화번호 010-****-1234, 참여경로, 응모번호, 참여일시),
 * plus the store visit and whether the entrant won.
 *
 * - UTF-8 with a byte-order mark, because Excel, which most owners open it with, otherwise reads Korean as
 *   mojibake.
 * - Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a
 *   leading apostrophe (OWASP "CSV injection"): a name is customer input, masked or not.
 * - Times are Korea Standard Time with the offset written out (2025-10-22T18:30:00+09:00), what the owner's
 *   shop clock shows and still unambiguous.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';
export const CSV_HEADER = ['응모번호', '이름', '전화번호', '참여경로', '매장방문', '당첨', '참여일시'] as const;
const LINE_END = '\r\n';
const KST_OFFSET_MS = 9 * 3600_000;

export interface CsvParticipant {
  entryNumber: string;
  maskedName: string;
  maskedPhone: string;
  entryPath: MediaChannel;
  storeVisited: boolean;
  won: boolean;
  registeredAt: Date;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + LINE_END;
}

/** 2025-10-22T09:30:00.000Z → 2025-10-22T18:30:00+09:00 */
export function koreaTime(date: Date): string {
  return `${new Date(date.getTime() + KST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

export function csvHeaderLine(): string {
  return CSV_BYTE_ORDER_MARK + csvLine(CSV_HEADER);
}

export function participantCsvLine(row: CsvParticipant): string {
  return csvLine([
    row.entryNumber,
    row.maskedName,
    row.maskedPhone,
    CHANNEL_LABELS[row.entryPath],
    row.storeVisited ? 'Y' : 'N',
    row.won ? 'Y' : 'N',
    koreaTime(row.registeredAt),
  ]);
}

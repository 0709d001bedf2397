/**
 * The text message a winner receives (UFR-PART-030 ends with the owner seeing the winners; telling them is
 * ours). Korean, like every customer-facing text of the seed, and bounded so it always fits one LMS
 * (2,000 bytes): the event title, the only free text in it, is cut to WINNER_MESSAGE_TITLE_MAX_CHARS.
 */
export const WINNER_MESSAGE_TITLE_MAX_CHARS = 40;

export interface WinnerMessageInput {
  eventTitle: string | null;
  prizeName: string | null;
  entryNumber: string;
}

export function winnerMessage(input: WinnerMessageInput): string {
  const title = cut(input.eventTitle ?? '이벤트', WINNER_MESSAGE_TITLE_MAX_CHARS);
  const prize = input.prizeName ? ` 경품: ${cut(input.prizeName, WINNER_MESSAGE_TITLE_MAX_CHARS)}.` : '';
  return `[attendgate] 축하합니다! '${title}'에 당첨되셨습니다. 응모번호 ${input.entryNumber}.${prize} 수령 방법은 매장에서 안내해 드립니다.`;
}

function cut(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

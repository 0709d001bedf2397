import { describe, expect, it } from 'vitest';
import { csvCell, csvHeaderLine, koreaTime, participantCsvLine } from '../src/domain/participantCsv.ts';
import { winnerMessage, WINNER_MESSAGE_TITLE_MAX_CHARS } from '../src/domain/winnerMessage.ts';

describe('participant CSV', () => {
  it('starts with a byte-order mark and the Korean header', () => {
    expect(csvHeaderLine()).toBe('\uFEFF응모번호,이름,전화번호,참여경로,매장방문,당첨,참여일시\r\n');
  });

  it('writes one masked row per participant, times in Korea Standard Time', () => {
    const line = participantCsvLine({
      entryNumber: '0042-7', maskedName: '김**', maskedPhone: '010-****-5678', entryPath: 'LOCAL_TV', storeVisited: true, won: false,
      registeredAt: new Date('2025-10-22T09:30:00Z'),
    });
    expect(line).toBe('0042-7,김**,010-****-5678,우리동네TV,Y,N,2025-10-22T18:30:00+09:00\r\n');
  });

  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`).startsWith(`'`) || csvCell(`${start}1`).startsWith(`"'`)).toBe(true);
    expect(koreaTime(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01T00:00:00+09:00');
  });
});

describe('the winner text message', () => {
  it('names the event, the entry number and the prize, in Korean', () => {
    expect(winnerMessage({ eventTitle: '가을 이벤트', prizeName: '커피 쿠폰', entryNumber: '0042-7' })).toBe(
      "[attendgate] 축하합니다! '가을 이벤트'에 당첨되셨습니다. 응모번호 0042-7. 경품: 커피 쿠폰. 수령 방법은 매장에서 안내해 드립니다.",
    );
  });

  it('cuts a long title so the message stays one LMS', () => {
    const message = winnerMessage({ eventTitle: '가'.repeat(500), prizeName: null, entryNumber: '0001-3' });
    expect(message).toContain(`${'가'.repeat(WINNER_MESSAGE_TITLE_MAX_CHARS - 1)}…`);
    expect(Buffer.byteLength(message, 'utf8')).toBeLessThan(2_000);
  });
});

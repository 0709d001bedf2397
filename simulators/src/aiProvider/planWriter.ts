import { seededRandom } from './seededRandom.ts';

/** What our events service asks the model about (the JSON block of its user message). */
export interface PlanRequest {
  purpose: string;
  storeName: string;
  storeCategory: string;
  region: string;
  season: string;
  /** YYYY-MM-DD in Korea; plans start after it. */
  today: string;
  count: number;
}

export interface WrittenPlan {
  title: string;
  description: string;
  prize: { name: string; quantity: number; unitValueKrw: number };
  period: { startDate: string; endDate: string; announceDate: string };
  participationMethod: string;
  expectedEffect: { summary: string; estimatedParticipants: number; estimatedCostKrw: number };
}

const SEASON_WORDS: Record<string, { name: string; mood: string }> = {
  SPRING: { name: '봄', mood: '벚꽃 시즌' },
  SUMMER: { name: '여름', mood: '무더위 탈출' },
  AUTUMN: { name: '가을', mood: '단풍 나들이' },
  WINTER: { name: '겨울', mood: '연말 감사' },
};

/** Prizes that suit a kind of shop; unknown categories get generic ones. */
const PRIZES: Record<string, { name: string; value: number }[]> = {
  cafe: [{ name: '아메리카노 기프티콘', value: 4_500 }, { name: '시그니처 라떼 1잔', value: 6_000 }, { name: '홀케이크 교환권', value: 32_000 }],
  restaurant: [{ name: '대표 메뉴 식사권', value: 15_000 }, { name: '2인 세트 식사권', value: 38_000 }, { name: '음료 무료 쿠폰', value: 3_000 }],
  bakery: [{ name: '식빵 교환권', value: 5_000 }, { name: '케이크 1호 교환권', value: 28_000 }, { name: '쿠키 세트', value: 9_000 }],
  beauty: [{ name: '두피 케어 1회권', value: 30_000 }, { name: '헤어 클리닉 50% 할인권', value: 20_000 }, { name: '샴푸 세트', value: 18_000 }],
};
const GENERIC_PRIZES = [{ name: '매장 상품권 1만원', value: 10_000 }, { name: '모바일 상품권 5천원', value: 5_000 }, { name: '매장 상품권 3만원', value: 30_000 }];

const BY_PURPOSE: Record<string, { hook: string; methods: string[]; days: [number, number]; effect: string }> = {
  NEW_CUSTOMERS: { hook: '첫 방문 고객 환영', methods: ['ENTRY_FORM', 'SNS_FOLLOW'], days: [14, 21], effect: '신규 고객 유입' },
  REVISIT: { hook: '단골 고객 감사', methods: ['STORE_VISIT', 'RECEIPT'], days: [21, 30], effect: '재방문율 상승' },
  SALES_BOOST: { hook: '구매 인증', methods: ['RECEIPT', 'STORE_VISIT'], days: [7, 14], effect: '객단가와 매출 증가' },
  AWARENESS: { hook: '우리 가게 알리기', methods: ['SNS_FOLLOW', 'REVIEW'], days: [14, 30], effect: '지역 인지도 상승' },
  NEW_PRODUCT: { hook: '신메뉴 출시 기념', methods: ['REVIEW', 'ENTRY_FORM'], days: [10, 14], effect: '신제품 체험 확대' },
  SEASONAL: { hook: '시즌 한정', methods: ['ENTRY_FORM', 'STORE_VISIT'], days: [7, 14], effect: '시즌 수요 선점' },
};

const METHOD_WORDS: Record<string, string> = {
  ENTRY_FORM: '간단한 응모 정보를 남기면 자동 응모',
  STORE_VISIT: '매장 방문 후 QR 체크인으로 응모',
  SNS_FOLLOW: '인스타그램 팔로우와 게시물 공유로 응모',
  REVIEW: '방문 후기를 남기면 응모',
  RECEIPT: '구매 영수증을 인증하면 응모',
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes `count` event plans in Korean, shaped by purpose (hook, method, length), shop category (prizes),
 * region and season (wording). Deterministic for the same request.
 */
export function writePlans(request: PlanRequest): WrittenPlan[] {
  const random = seededRandom(JSON.stringify(request));
  const purpose = BY_PURPOSE[request.purpose] ?? BY_PURPOSE.NEW_CUSTOMERS!;
  const season = SEASON_WORDS[request.season] ?? SEASON_WORDS.SPRING!;
  const prizes = PRIZES[request.storeCategory.toLowerCase()] ?? GENERIC_PRIZES;
  const area = request.region.split(/\s+/).at(-1) || request.region;
  const titles = [
    `${season.name}맞이 ${purpose.hook} 이벤트`,
    `${area} 이웃과 함께하는 ${season.mood} 경품 추첨`,
    `${request.storeName} ${purpose.hook} 챌린지`,
    `${season.name} 한정! ${request.storeName} 행운의 추첨`,
    `${area} ${purpose.effect} 프로젝트`,
  ];
  const plans: WrittenPlan[] = [];
  for (let i = 0; i < request.count; i++) {
    const prize = prizes[i % prizes.length]!;
    const quantity = prize.value >= 20_000 ? random.between(1, 5) : random.between(10, 50);
    const method = purpose.methods[i % purpose.methods.length]!;
    const startDate = addDays(request.today, random.between(2, 7));
    const endDate = addDays(startDate, random.between(purpose.days[0], purpose.days[1]) - 1);
    const participants = random.between(80, 400);
    plans.push({
      title: titles[i % titles.length]!,
      description: `${area} ${request.storeName}에서 ${season.mood}을 맞아 준비한 이벤트입니다. ${METHOD_WORDS[method]}되며, 추첨을 통해 ${prize.name}을(를) 드립니다.`,
      prize: { name: prize.name, quantity, unitValueKrw: prize.value },
      period: { startDate, endDate, announceDate: addDays(endDate, 2) },
      participationMethod: method,
      expectedEffect: {
        summary: `${purpose.effect} 기대: 참여 ${participants}명 예상, 경품 비용 ${(quantity * prize.value).toLocaleString('ko-KR')}원`,
        estimatedParticipants: participants,
        estimatedCostKrw: quantity * prize.value,
      },
    });
  }
  return plans;
}

import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import { KST_OFFSET_MS } from '../domain/season.ts';
import type { ImageStyle } from '../domain/vocabulary.ts';

/**
 * Noto Sans KR (SIL Open Font License, from the @openfonts package): the machines' default fonts have no
 * Hangul, so without it every Korean title would render as boxes. Registered once per process.
 */
const FONT_FAMILY = 'AttendgatePoster';
const require = createRequire(import.meta.url);
let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const weight of [400, 700, 900]) {
    GlobalFonts.registerFromPath(require.resolve(`@openfonts/noto-sans-kr_korean/files/noto-sans-kr-korean-${weight}.woff2`), FONT_FAMILY);
  }
  fontsRegistered = true;
}

/** What a poster says. */
export interface PosterContent {
  storeName: string;
  title: string;
  prize: { name: string; quantity: number };
  period: { startsAt: Date; endsAt: Date; announcesAt: Date | null };
}

const PALETTES: Record<ImageStyle, { from: string; to: string; band: string; text: string; accent: string }> = {
  SIMPLE: { from: '#f4f1ea', to: '#dcd6c8', band: 'rgba(255,255,255,0.82)', text: '#1f2328', accent: '#c2410c' },
  VIBRANT: { from: '#ff5f6d', to: '#ffc371', band: 'rgba(20,10,40,0.62)', text: '#ffffff', accent: '#ffe66d' },
  TRENDY: { from: '#1e3c72', to: '#6a3093', band: 'rgba(0,0,0,0.55)', text: '#ffffff', accent: '#7ef9ff' },
};

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

/** `2026.12.05 (토)` in Korean time. */
function koreanDay(at: Date): string {
  const d = new Date(at.getTime() + KST_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())} (${WEEKDAYS[d.getUTCDay()]})`;
}

/** The period as people read it: the end is exclusive, so the last day shown is the day before. */
export function periodText(period: PosterContent['period']): string {
  return `${koreanDay(period.startsAt)} ~ ${koreanDay(new Date(period.endsAt.getTime() - 1))}`;
}

/** Breaks text into lines that fit: at spaces where possible, anywhere inside a word too long for a line. */
function wrap(ctx: SKRSContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (next: string) => {
    if (line) lines.push(line);
    line = next;
  };
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width <= maxWidth) {
      line = candidate;
      continue;
    }
    if (ctx.measureText(word).width <= maxWidth) {
      push(word);
      continue;
    }
    for (const char of word) {
      if (ctx.measureText(line + char).width > maxWidth) push(char);
      else line += char;
    }
  }
  push('');
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`;
    return kept;
  }
  return lines;
}

/**
 * Renders an event poster as a PNG: the background (a generated picture, or the style's template
 * gradient), a translucent band, and the text that matters (store, title, prize, period, announcement),
 * sized to the canvas so every format from a 800×800 feed to a 1920×1080 TV screen reads the same.
 */
export async function renderPoster(options: {
  width: number;
  height: number;
  style: ImageStyle;
  content: PosterContent;
  background?: Buffer | null;
}): Promise<Buffer> {
  registerFonts();
  const { width, height, style, content } = options;
  const palette = PALETTES[style];
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');

  if (options.background) {
    ctx.drawImage(await loadImage(options.background), 0, 0, width, height);
  } else {
    const gradient = ctx.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, palette.from);
    gradient.addColorStop(1, palette.to);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = 'rgba(255,255,255,0.12)';
    for (let i = 0; i < 5; i++) {
      ctx.beginPath();
      ctx.arc(width * (0.15 + 0.2 * i), height * (i % 2 ? 0.2 : 0.85), Math.min(width, height) * (0.12 + 0.04 * i), 0, Math.PI * 2);
      ctx.fill();
    }
  }

  const unit = Math.min(width, height) / 100;
  const margin = unit * 7;
  const bandX = margin;
  const bandWidth = width - margin * 2;
  const inner = bandWidth - unit * 10;
  const titleSize = unit * (width > height * 1.5 ? 9 : 8);

  // Lay the lines out first, so the block can be centred on any format (square, story, banner, TV).
  type Line = { text: string; font: string; colour: string; advance: number };
  const lines: Line[] = [];
  const add = (text: string, font: string, colour: string, advance: number) => lines.push({ text, font, colour, advance });
  ctx.font = `900 ${titleSize}px ${FONT_FAMILY}`;
  const titleLines = wrap(ctx, content.title, inner, 3);
  add(content.storeName, `700 ${unit * 4.2}px ${FONT_FAMILY}`, palette.accent, unit * 8);
  titleLines.forEach((line, i) => add(line, `900 ${titleSize}px ${FONT_FAMILY}`, palette.text, titleSize * 1.25 + (i === titleLines.length - 1 ? unit * 3 : 0)));
  ctx.font = `700 ${unit * 5}px ${FONT_FAMILY}`;
  for (const line of wrap(ctx, `경품  ${content.prize.name} · ${content.prize.quantity.toLocaleString('ko-KR')}명`, inner, 2)) {
    add(line, `700 ${unit * 5}px ${FONT_FAMILY}`, palette.accent, unit * 6.5);
  }
  add(`기간  ${periodText(content.period)}`, `400 ${unit * 4.2}px ${FONT_FAMILY}`, palette.text, unit * 6);
  if (content.period.announcesAt) add(`당첨 발표  ${koreanDay(content.period.announcesAt)}`, `400 ${unit * 4.2}px ${FONT_FAMILY}`, palette.text, unit * 6);

  const blockHeight = lines.reduce((sum, line) => sum + line.advance, 0);
  const padding = unit * 6;
  const bandHeight = Math.min(height - margin * 2, blockHeight + padding * 2);
  const bandY = (height - bandHeight) / 2;
  ctx.fillStyle = palette.band;
  ctx.beginPath();
  ctx.roundRect(bandX, bandY, bandWidth, bandHeight, unit * 3);
  ctx.fill();

  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  let y = bandY + padding;
  for (const line of lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.colour;
    ctx.fillText(line.text, width / 2, y, inner);
    y += line.advance;
  }

  return canvas.encode('png');
}

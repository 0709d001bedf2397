import { randomBytes } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import type { SimulatorState } from '../simulator.ts';

/** What a channel's reporting API answers for a post: views (impressions, reads, plays) and people reached. */
export interface PostFigures {
  views: number;
  reach: number;
}

/** Without figures set by a test, a post gains a view every 3 seconds of its age and reaches 70 % of its viewers. */
const SECONDS_PER_VIEW = 3;
const REACH_SHARE = 0.7;

/** One post a channel accepted, as the stand-in keeps it. */
export interface ChannelPost {
  /** The channel's own id of the post (campaign, ad, media, message...). */
  id: string;
  idempotencyKey: string | null;
  createdAt: string;
  /** What was sent (the parsed body), to check what reached the channel. */
  request: unknown;
  /** The answer given, replayed as is for a repeated idempotency key. */
  response: unknown;
}

/**
 * The posts of one media channel, with the two behaviours our distribution relies on:
 *
 * - `Idempotency-Key`: a request repeating a key gets the first request's answer again (header
 *   `Idempotent-Replayed: true`) and creates nothing, so a client that retries after a lost answer or a
 *   crash never posts twice;
 * - `loseNextAnswers`: the next N posts are created and then the connection is cut before the answer,
 *   the failure idempotency keys exist for (the channel did the work, the caller cannot know).
 */
export class ChannelPostStore implements SimulatorState {
  readonly #posts: ChannelPost[] = [];
  readonly #byKey = new Map<string, ChannelPost>();
  readonly #figures = new Map<string, PostFigures>();
  loseNextAnswers = 0;
  /** Statistics requests answered, per post id (what the reporting API was asked). */
  readonly statsRequests = new Map<string, number>();

  list(): ChannelPost[] {
    return this.#posts.map((post) => ({ ...post }));
  }

  find(id: string): ChannelPost | undefined {
    return this.#posts.find((post) => post.id === id);
  }

  /**
   * Answers a create request: the earlier answer for a known key, else creates the post with `make` and
   * answers `status` (or loses the answer, see above).
   */
  create(req: Request, res: Response, status: number, make: () => { id: string; response: unknown }): void {
    const key = req.header('idempotency-key') ?? null;
    const known = key ? this.#byKey.get(key) : undefined;
    if (known) {
      res.set('idempotent-replayed', 'true').status(status).json(known.response);
      return;
    }
    const made = make();
    const post: ChannelPost = { id: made.id, idempotencyKey: key, createdAt: new Date().toISOString(), request: req.body, response: made.response };
    this.#posts.push(post);
    if (key) this.#byKey.set(key, post);
    if (this.loseNextAnswers > 0) {
      this.loseNextAnswers -= 1;
      req.socket.destroy();
      return;
    }
    res.status(status).json(made.response);
  }

  /** Sets the figures the reporting API answers for a post id (tests: exact, predictable numbers). */
  setFigures(id: string, figures: PostFigures): void {
    this.#figures.set(id, { ...figures });
  }

  /**
   * The figures of the post the reporting API knows by `reportId` (`createdAt` of the post it belongs to), or
   * undefined for an unknown id. Counts the request.
   */
  figures(reportId: string, post: ChannelPost | undefined = this.find(reportId)): PostFigures | undefined {
    if (!post) return undefined;
    this.statsRequests.set(reportId, (this.statsRequests.get(reportId) ?? 0) + 1);
    const set = this.#figures.get(reportId);
    if (set) return { ...set };
    const views = Math.floor((Date.now() - Date.parse(post.createdAt)) / 1000 / SECONDS_PER_VIEW);
    return { views, reach: Math.floor(views * REACH_SHARE) };
  }

  reset(): void {
    this.#posts.length = 0;
    this.#byKey.clear();
    this.#figures.clear();
    this.statsRequests.clear();
    this.loseNextAnswers = 0;
  }
}

/** A channel-style id: a prefix and random hex. */
export function channelId(prefix: string): string {
  return `${prefix}${randomBytes(6).toString('hex')}`;
}

/** Admin routes every channel has: its posts, and answers to lose. */
export function mountChannelAdmin(router: Router, store: ChannelPostStore): void {
  router.get('/posts', (_req, res) => {
    res.json(store.list());
  });
  router.put('/lose-answers', (req, res) => {
    const count = (req.body as { count?: unknown } | undefined)?.count;
    if (!Number.isInteger(count) || (count as number) < 0) {
      res.status(400).json({ error: 'count must be a non-negative integer' });
      return;
    }
    store.loseNextAnswers = count as number;
    res.json({ count });
  });
  router.put('/stats/:postId', (req, res) => {
    const { views, reach } = (req.body ?? {}) as { views?: unknown; reach?: unknown };
    const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
    if (!count(views) || !count(reach)) {
      res.status(400).json({ error: 'views and reach must be non-negative integers' });
      return;
    }
    store.setFigures(req.params.postId, { views: views as number, reach: reach as number });
    res.json({ postId: req.params.postId, views, reach });
  });
}

export const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
export const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;
export const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Whole days from start to end, both included. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

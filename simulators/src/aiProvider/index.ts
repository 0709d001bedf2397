import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { bodyErrorOf } from '../bodyParsing.ts';
import { defineSimulator, type SimulatorState } from '../simulator.ts';
import { writePlans, type PlanRequest } from './planWriter.ts';

/** The model names the stand-in answers to (any other model is a 404, as OpenAI answers). */
export const AI_SIMULATOR_MODELS = ['attendgate-planner-1'] as const;

/** Chat-completion calls answered so far, for tests that prove a cache or an open breaker spared the model. */
export class AiProviderState implements SimulatorState {
  completions = 0;
  reset(): void {
    this.completions = 0;
  }
}

function openAiError(res: Response, status: number, message: string, type: string, code: string | null): void {
  res.status(status).json({ error: { message, type, param: null, code } });
}

/** The JSON object our client puts in the last user message (a model would read it as text). */
function planRequestOf(messages: unknown): PlanRequest | null {
  if (!Array.isArray(messages)) return null;
  const last = [...messages].reverse().find((m) => (m as { role?: unknown })?.role === 'user') as { content?: unknown } | undefined;
  if (typeof last?.content !== 'string') return null;
  const text = last.content;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    const input = JSON.parse(text.slice(start, end + 1)) as Record<string, unknown>;
    const str = (key: string, fallback: string) => (typeof input[key] === 'string' && input[key] ? (input[key] as string) : fallback);
    const count = Number(input.count);
    return {
      purpose: str('purpose', 'NEW_CUSTOMERS'),
      storeName: str('storeName', '우리 가게'),
      storeCategory: str('storeCategory', 'shop'),
      region: str('region', '서울'),
      season: str('season', 'SPRING'),
      today: /^\d{4}-\d{2}-\d{2}$/.test(str('today', '')) ? str('today', '') : new Date().toISOString().slice(0, 10),
      count: Number.isInteger(count) && count >= 1 && count <= 10 ? count : 3,
    };
  } catch {
    return null;
  }
}

/**
 * An OpenAI-compatible chat-completions API (`POST /chat/completions`, `GET /models` below its base URL, like `https://api.openai.com/v1`) whose "model"
 * writes event plans for small shops in Korean. It answers in the real API's shapes (bearer key, error
 * objects, `choices[].message.content`, usage), and with `response_format: {type: "json_object"}` the content
 * is a JSON object `{ "plans": [...] }` shaped by the purpose, category, region and season in the request.
 */
export const aiProviderSimulator = defineSimulator({
  name: 'ai-provider',
  stateKey: 'aiProvider',
  createState: () => new AiProviderState(),
  mount(router, { state }) {
    const authorised = (req: Request, res: Response) => {
      const header = req.header('authorization') ?? '';
      if (/^Bearer \S+$/.test(header)) return true;
      openAiError(res, 401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
      return false;
    };
    router.get('/models', (req, res) => {
      if (!authorised(req, res)) return;
      res.json({ object: 'list', data: AI_SIMULATOR_MODELS.map((id) => ({ id, object: 'model', created: 1_760_000_000, owned_by: 'attendgate' })) });
    });
    router.post('/chat/completions', (req, res) => {
      if (!authorised(req, res)) return;
      if (bodyErrorOf(res)) return openAiError(res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
      const body = (req.body ?? {}) as { model?: unknown; messages?: unknown; response_format?: { type?: unknown } };
      if (typeof body.model !== 'string') return openAiError(res, 400, 'you must provide a model parameter', 'invalid_request_error', null);
      if (!(AI_SIMULATOR_MODELS as readonly string[]).includes(body.model)) {
        return openAiError(res, 404, `The model \`${body.model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found');
      }
      if (!Array.isArray(body.messages) || body.messages.length === 0) {
        return openAiError(res, 400, "'messages' must contain at least one message", 'invalid_request_error', null);
      }
      state.completions += 1;
      const request = planRequestOf(body.messages);
      const plans = request ? writePlans(request) : [];
      const json = body.response_format?.type === 'json_object';
      const content = json ? JSON.stringify({ plans }) : plans.map((p, i) => `${i + 1}. ${p.title}`).join('\n') || '요청을 이해하지 못했습니다.';
      res.json({
        id: `chatcmpl-${randomUUID()}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: JSON.stringify(body.messages).length / 4 | 0, completion_tokens: content.length / 4 | 0, total_tokens: (JSON.stringify(body.messages).length + content.length) / 4 | 0 },
      });
    });
  },
});

export { writePlans, type PlanRequest, type WrittenPlan } from './planWriter.ts';

import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';
import { aiAnswerSchema, type AiPlanInput } from '../domain/aiPlans.ts';

/** The external system's name in logs, breaker states and errors. */
export const AI_PROVIDER = 'ai-provider';

/**
 * Tells the model what to write and in which shape. The plans are read by a program (aiPlanSchema), so the
 * prompt fixes the JSON keys and the vocabulary; the facts come in the user message as JSON.
 */
const SYSTEM_PROMPT = [
  'You plan marketing events for small Korean shops. Write in Korean.',
  'Answer only with a JSON object {"plans": [...]} holding exactly `count` plans, best first. Each plan:',
  '{"title": string (2-60 chars), "description": string (at most 1000 chars),',
  ' "prize": {"name": string, "quantity": integer >= 1, "unitValueKrw": integer won},',
  ' "period": {"startDate": "YYYY-MM-DD", "endDate": "YYYY-MM-DD", "announceDate": "YYYY-MM-DD"} (start after `today`, at most 90 days),',
  ' "participationMethod": one of ENTRY_FORM, STORE_VISIT, SNS_FOLLOW, REVIEW, RECEIPT,',
  ' "expectedEffect": {"summary": string, "estimatedParticipants": integer, "estimatedCostKrw": integer}}.',
  'Fit the plans to the purpose, the shop category, the region and the season.',
].join('\n');

interface ChatCompletion {
  choices?: { message?: { content?: unknown }; finish_reason?: string }[];
}

export interface AiPlanner {
  /**
   * The model's plans, through the full resilience policy. `usable` applies our rules: an answer it refuses
   * is a failed attempt (retried), since the model may well do better the next time.
   */
  plans(input: AiPlanInput, usable: (plans: unknown[]) => boolean, signal?: AbortSignal): Promise<unknown[]>;
  readonly model: string;
  readonly breakerState: string;
}

/**
 * Client of an OpenAI-compatible chat-completions API (`POST <base>/chat/completions`, JSON mode), the same
 * code for a real provider and for the AI simulator. An answer that is not the JSON we asked for counts as a
 * transient failure: a model may well answer properly the next time.
 */
export function createAiPlanner(options: { baseUrl: string; apiKey: string; model: string; policy: ResiliencePolicy }): AiPlanner {
  const { baseUrl, apiKey, model, policy } = options;

  async function ask(input: AiPlanInput, usable: (plans: unknown[]) => boolean, signal: AbortSignal): Promise<unknown[]> {
    const completion = await requestJson<ChatCompletion>(AI_PROVIDER, baseUrl, {
      method: 'POST',
      path: '/chat/completions',
      headers: { authorization: `Bearer ${apiKey}` },
      body: {
        model,
        response_format: { type: 'json_object' },
        temperature: 0.7,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: JSON.stringify(input) },
        ],
      },
      signal,
    });
    const content = completion?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new UpstreamError(AI_PROVIDER, 'the AI answered without message content', { status: 200, transient: true });
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new UpstreamError(AI_PROVIDER, 'the AI answered content that is not JSON', { status: 200, transient: true, cause: error });
    }
    const answer = aiAnswerSchema.safeParse(parsed);
    if (!answer.success) throw new UpstreamError(AI_PROVIDER, 'the AI answered JSON without a plans array', { status: 200, transient: true });
    if (!usable(answer.data.plans)) throw new UpstreamError(AI_PROVIDER, 'the AI answered too few usable plans', { status: 200, transient: true });
    return answer.data.plans;
  }

  return {
    plans: (input, usable, signal) => policy.execute((attemptSignal) => ask(input, usable, attemptSignal), signal),
    model,
    get breakerState() {
      return policy.state;
    },
  };
}

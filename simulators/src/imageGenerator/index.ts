import type { Request, Response } from 'express';
import { createCanvas } from '@napi-rs/canvas';
import { bodyErrorOf } from '../bodyParsing.ts';
import { seededRandom } from '../aiProvider/seededRandom.ts';
import { defineSimulator, type SimulatorState } from '../simulator.ts';

/** Largest side the stand-in renders (real services cap sizes too). */
export const MAX_IMAGE_SIDE_PX = 2048;

export class ImageGeneratorState implements SimulatorState {
  generations = 0;
  reset(): void {
    this.generations = 0;
  }
}

function fail(res: Response, status: number, message: string, code: string | null): void {
  res.status(status).json({ error: { message, type: 'invalid_request_error', param: null, code } });
}

/**
 * Paints an abstract background (soft gradient and blurred shapes, colours seeded by the prompt), which
 * is what an image model gives for "a festive poster background": our service writes the text over it.
 */
async function paint(prompt: string, width: number, height: number): Promise<Buffer> {
  const random = seededRandom(prompt);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const hue = random.between(0, 359);
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `hsl(${hue}, 70%, 62%)`);
  gradient.addColorStop(1, `hsl(${(hue + 60) % 360}, 75%, 45%)`);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 14; i++) {
    const radius = random.between(Math.min(width, height) / 12, Math.min(width, height) / 3);
    ctx.beginPath();
    ctx.arc(random.next() * width, random.next() * height, radius, 0, Math.PI * 2);
    ctx.fillStyle = `hsla(${(hue + random.between(-40, 120) + 360) % 360}, 85%, ${random.between(55, 85)}%, 0.28)`;
    ctx.fill();
  }
  return canvas.encode('png');
}

/**
 * A text-to-image API in the shape of OpenAI's images endpoint: `POST /images/generations` (below the base URL) with
 * `{ model, prompt, size: "WIDTHxHEIGHT", n: 1, response_format: "b64_json" }`, bearer key, answering
 * `{ created, data: [{ b64_json, revised_prompt }] }` with a real PNG of the requested size.
 */
export const imageGeneratorSimulator = defineSimulator({
  name: 'image-generator',
  stateKey: 'imageGenerator',
  createState: () => new ImageGeneratorState(),
  mount(router, { state }) {
    router.post('/images/generations', async (req: Request, res: Response) => {
      if (!/^Bearer \S+$/.test(req.header('authorization') ?? '')) return fail(res, 401, 'Incorrect API key provided.', 'invalid_api_key');
      if (bodyErrorOf(res)) return fail(res, 400, 'We could not parse the JSON body of your request.', null);
      const body = (req.body ?? {}) as { prompt?: unknown; size?: unknown; n?: unknown; response_format?: unknown };
      if (typeof body.prompt !== 'string' || body.prompt.trim() === '' || body.prompt.length > 4000) {
        return fail(res, 400, 'prompt must be a string of 1 to 4000 characters', null);
      }
      const size = typeof body.size === 'string' ? /^(\d{2,4})x(\d{2,4})$/.exec(body.size) : null;
      const width = Number(size?.[1]);
      const height = Number(size?.[2]);
      if (!size || width > MAX_IMAGE_SIDE_PX || height > MAX_IMAGE_SIDE_PX || width < 64 || height < 64) {
        return fail(res, 400, `size must be WIDTHxHEIGHT, each side 64 to ${MAX_IMAGE_SIDE_PX}`, 'invalid_size');
      }
      if (body.n !== undefined && body.n !== 1) return fail(res, 400, 'n must be 1', null);
      if (body.response_format !== undefined && body.response_format !== 'b64_json') return fail(res, 400, 'only b64_json is supported', null);
      state.generations += 1;
      const png = await paint(body.prompt, width, height);
      res.json({ created: Math.floor(Date.now() / 1000), data: [{ b64_json: png.toString('base64'), revised_prompt: body.prompt }] });
    });
  },
});

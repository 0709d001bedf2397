import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';

export const IMAGE_GENERATOR = 'image-generator';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface ImagesResponse {
  data?: { b64_json?: unknown }[];
}

export interface ImageGenerator {
  /** A PNG background of the given size for the prompt, within the policy's timeout. */
  background(prompt: string, size: { width: number; height: number }, signal?: AbortSignal): Promise<Buffer>;
}

/**
 * Client of a text-to-image API in OpenAI's images shape (`POST <base>/images/generations`, b64_json). It
 * paints the poster's background; our renderer writes the text over it, because image models cannot be
 * trusted to spell Korean prizes and dates.
 */
export function createImageGenerator(options: { baseUrl: string; apiKey: string; model: string; policy: ResiliencePolicy }): ImageGenerator {
  const { baseUrl, apiKey, model, policy } = options;
  return {
    background: (prompt, size, signal) =>
      policy.execute(async (attemptSignal) => {
        const answer = await requestJson<ImagesResponse>(IMAGE_GENERATOR, baseUrl, {
          method: 'POST',
          path: '/images/generations',
          headers: { authorization: `Bearer ${apiKey}` },
          body: { model, prompt, size: `${size.width}x${size.height}`, n: 1, response_format: 'b64_json' },
          signal: attemptSignal,
        });
        const encoded = answer?.data?.[0]?.b64_json;
        const png = typeof encoded === 'string' ? Buffer.from(encoded, 'base64') : null;
        if (!png || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
          throw new UpstreamError(IMAGE_GENERATOR, 'the image service answered without a PNG', { status: 200, transient: true });
        }
        return png;
      }, signal),
  };
}

import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelAdapter, requireImage, type ChannelAdapter } from './channelAdapter.ts';

/** Graph API version the calls are made against. */
const GRAPH_VERSION = 'v21.0';

/**
 * Instagram business posts through the Graph API: create a media container from the poster's public URL
 * (Instagram downloads it), then publish it. Organic posts cost nothing.
 */
export function createInstagramAdapter(options: { baseUrl: string; accessToken: string; accountId: string; policy: ResiliencePolicy }): ChannelAdapter {
  const base = `/${GRAPH_VERSION}/${encodeURIComponent(options.accountId)}`;
  return channelAdapter('INSTAGRAM', options.policy, async (post, idempotencyKey, signal) => {
    const caption = [post.title, '', post.description, '', `🎁 ${post.prizeText}`, `📅 ${post.periodText}`, `📍 ${post.storeName} (${post.region})`].join('\n').slice(0, 2_200);
    const container = await requestJson<{ id?: string }>('instagram', options.baseUrl, {
      method: 'POST',
      path: `${base}/media`,
      headers: { 'idempotency-key': idempotencyKey },
      body: { image_url: requireImage('instagram', post), caption, access_token: options.accessToken },
      signal,
    });
    const media = await requestJson<{ id?: string }>('instagram', options.baseUrl, {
      method: 'POST',
      path: `${base}/media_publish`,
      body: { creation_id: container.id, access_token: options.accessToken },
      signal,
    });
    return { externalPostId: String(media.id), costKrw: 0 };
  });
}

import { requestJson, type ResiliencePolicy } from '@attendgate/platform';
import { channelAdapter, requireImage, type ChannelAdapter } from './channelAdapter.ts';

interface WritePostAnswer {
  message?: { result?: { postId?: string } };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Naver Blog posts (`POST /blog/writePost.json`, bearer token): an HTML post with the banner on top. */
export function createNaverBlogAdapter(options: { baseUrl: string; accessToken: string; policy: ResiliencePolicy }): ChannelAdapter {
  return channelAdapter('NAVER_BLOG', options.policy, async (post, idempotencyKey, signal) => {
    const contents = [
      `<p><img src="${escapeHtml(requireImage('naver-blog', post))}" alt="${escapeHtml(post.title)}"></p>`,
      `<p>${escapeHtml(post.description)}</p>`,
      `<p><strong>경품</strong> ${escapeHtml(post.prizeText)}<br><strong>기간</strong> ${escapeHtml(post.periodText)}</p>`,
      `<p>${escapeHtml(post.storeName)} · ${escapeHtml(post.region)}</p>`,
    ].join('\n');
    const answer = await requestJson<WritePostAnswer>('naver-blog', options.baseUrl, {
      method: 'POST',
      path: '/blog/writePost.json',
      headers: { authorization: `Bearer ${options.accessToken}`, 'idempotency-key': idempotencyKey },
      body: { title: post.title, contents },
      signal,
    });
    return { externalPostId: String(answer.message?.result?.postId), costKrw: 0 };
  });
}

import { defineSimulator } from '../simulator.ts';
import { ChannelPostStore, channelId, isHttpUrl, isText, mountChannelAdmin } from './channelPosts.ts';

/** Friends of the demo channel, and what one friend-talk message costs. */
export const KAKAO_CHANNEL_FRIENDS = 1_200;
export const KAKAO_MESSAGE_PRICE_KRW = 15;

/**
 * Kakao channel messages (카카오톡 채널 친구톡) to every friend of a channel.
 * `POST /v1/channels/:channelId/messages` with `Authorization: KakaoAK <key>`, body
 * `{ target: "ALL_FRIENDS", template_object: { object_type: "feed", content: { title, description, image_url, link: { web_url } } } }`,
 * answers 200 `{ message_id, sent_count, cost: { amount, currency } }`. Errors in Kakao's shape `{ code, msg }`.
 * Statistics: `GET /v1/channels/:channelId/messages/:messageId/stats`, `KakaoAK`, answers
 * `{ message_id, sent_count, read_count, click_count }` (reach is who received it, views who read it; read
 * counts never exceed the friends it was sent to). Unknown message: 404 `{ code: -404 }`.
 */
export const kakaoChannelSimulator = defineSimulator({
  name: 'kakao-channel',
  stateKey: 'kakaoChannel',
  createState: () => new ChannelPostStore(),
  mount(router, { state }) {
    router.post('/v1/channels/:channelId/messages', (req, res) => {
      if (!/^KakaoAK \S+$/.test(req.header('authorization') ?? '')) return void res.status(401).json({ code: -401, msg: 'InvalidAppKey' });
      const b = (req.body ?? {}) as { target?: unknown; template_object?: { object_type?: unknown; content?: Record<string, unknown> } };
      const content = b.template_object?.content;
      if (b.target !== 'ALL_FRIENDS' || b.template_object?.object_type !== 'feed' || !isText(content?.title, 200) || !isText(content?.description, 400) || !isHttpUrl(content?.image_url)) {
        return void res.status(400).json({ code: -2, msg: 'invalid template_object or target' });
      }
      state.create(req, res, 200, () => {
        const id = channelId('kmsg_');
        return { id, response: { message_id: id, channel_id: req.params.channelId, sent_count: KAKAO_CHANNEL_FRIENDS, cost: { amount: KAKAO_CHANNEL_FRIENDS * KAKAO_MESSAGE_PRICE_KRW, currency: 'KRW' } } };
      });
    });
    router.get('/v1/channels/:channelId/messages/:messageId/stats', (req, res) => {
      if (!/^KakaoAK \S+$/.test(req.header('authorization') ?? '')) return void res.status(401).json({ code: -401, msg: 'InvalidAppKey' });
      const figures = state.figures(req.params.messageId);
      if (!figures) return void res.status(404).json({ code: -404, msg: 'message not found' });
      const read = Math.min(figures.views, KAKAO_CHANNEL_FRIENDS);
      res.json({ message_id: req.params.messageId, sent_count: figures.reach || KAKAO_CHANNEL_FRIENDS, read_count: read, click_count: Math.floor(read / 10) });
    });
  },
  mountAdmin: (router, { state }) => mountChannelAdmin(router, state),
});

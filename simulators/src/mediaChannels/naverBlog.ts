import { defineSimulator } from '../simulator.ts';
import { ChannelPostStore, isText, mountChannelAdmin } from './channelPosts.ts';

/** The blog the stand-in posts to. */
export const NAVER_BLOG_ID = 'attendgate_demo';

/**
 * Naver Blog write API (블로그 글쓰기). `POST /blog/writePost.json` with `Authorization: Bearer <token>`, body
 * `{ title, contents }` (contents HTML), answers 200 in Naver's envelope
 * `{ message: { "@type": "response", "@service": "naverservice.blog", "@version": "1.0.0", result: { postId, blogId, url } } }`.
 * Errors in Naver's shape `{ errorMessage, errorCode }` ("024" authentication failed, "010" bad parameter).
 * Statistics: `GET /blog/postStats.json?postId=`, bearer, answers the same envelope with
 * `result: { postId, viewCount, visitorCount }` ("404" for an unknown post).
 */
export const naverBlogSimulator = defineSimulator({
  name: 'naver-blog',
  stateKey: 'naverBlog',
  createState: () => new ChannelPostStore(),
  mount(router, { state }) {
    router.post('/blog/writePost.json', (req, res) => {
      if (!/^Bearer \S+$/.test(req.header('authorization') ?? '')) {
        return void res.status(401).json({ errorMessage: 'Authentication failed (인증에 실패했습니다.)', errorCode: '024' });
      }
      const b = (req.body ?? {}) as Record<string, unknown>;
      if (!isText(b.title, 100) || !isText(b.contents, 50_000)) {
        return void res.status(400).json({ errorMessage: 'title and contents are required', errorCode: '010' });
      }
      state.create(req, res, 200, () => {
        const postId = String(220_000_000_000 + Math.floor(Math.random() * 1e9));
        return {
          id: postId,
          response: {
            message: {
              '@type': 'response', '@service': 'naverservice.blog', '@version': '1.0.0',
              result: { postId, blogId: NAVER_BLOG_ID, url: `https://blog.naver.com/${NAVER_BLOG_ID}/${postId}` },
            },
          },
        };
      });
    });
    router.get('/blog/postStats.json', (req, res) => {
      if (!/^Bearer \S+$/.test(req.header('authorization') ?? '')) {
        return void res.status(401).json({ errorMessage: 'Authentication failed (인증에 실패했습니다.)', errorCode: '024' });
      }
      const postId = typeof req.query.postId === 'string' ? req.query.postId : '';
      const figures = postId ? state.figures(postId) : undefined;
      if (!figures) return void res.status(404).json({ errorMessage: 'post not found', errorCode: '404' });
      res.json({
        message: {
          '@type': 'response', '@service': 'naverservice.blog', '@version': '1.0.0',
          result: { postId, viewCount: figures.views, visitorCount: figures.reach },
        },
      });
    });
  },
  mountAdmin: (router, { state }) => mountChannelAdmin(router, state),
});



import type { Request, Response, Router } from 'express';
import { bodyErrorOf } from '../bodyParsing.ts';
import {
  CLIENT_REFERENCE_MAX_LENGTH, EMAIL_MAX_BYTES, PUSH_MAX_BYTES, isEmailAddress, isMobileNumber, isSenderNumber, smsTypeOf,
} from './messageRules.ts';
import type { MessagingState, SentMessage } from './state.ts';

/** Error answers carry a stable `code`, as the provider's clients branch on it. */
function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ code, message });
}

type Body = Record<string, unknown>;

/** Checks what every send has: the API key, a parsable body and a well-formed client reference. */
function common(req: Request, res: Response): { apiKey: string; body: Body; clientReference: string | null } | null {
  const apiKey = req.header('x-api-key');
  if (!apiKey) {
    fail(res, 401, 'UNAUTHORIZED', 'X-Api-Key header is missing');
    return null;
  }
  const bodyError = bodyErrorOf(res);
  if (bodyError === 'too-large') {
    fail(res, 413, 'PAYLOAD_TOO_LARGE', 'request body too large');
    return null;
  }
  const body = req.body as Body | undefined;
  if (bodyError || !body || typeof body !== 'object' || Array.isArray(body)) {
    fail(res, 400, 'INVALID_REQUEST', 'request body must be a JSON object');
    return null;
  }
  const reference = body.clientReference;
  if (reference !== undefined && (typeof reference !== 'string' || reference.length === 0 || reference.length > CLIENT_REFERENCE_MAX_LENGTH)) {
    fail(res, 400, 'INVALID_REQUEST', `clientReference must be 1 to ${CLIENT_REFERENCE_MAX_LENGTH} characters`);
    return null;
  }
  return { apiKey, body, clientReference: (reference as string | undefined) ?? null };
}

/** 202 for a new message, 200 with the original for a replayed client reference (nothing sent twice). */
function accepted(res: Response, state: MessagingState, apiKey: string, message: Omit<SentMessage, 'messageId' | 'acceptedAt' | 'failureReason'>): void {
  const { message: stored, replayed } = state.accept(apiKey, message);
  res.status(replayed ? 200 : 202).json({
    messageId: stored.messageId,
    type: stored.channel,
    status: 'ACCEPTED',
    to: stored.to,
    clientReference: stored.clientReference,
    acceptedAt: stored.acceptedAt,
    replayed,
  });
}

export function mountMessagingRoutes(router: Router, state: MessagingState): void {
  // SMS/LMS: { from, to, text, clientReference? } (the type follows the text's length).
  router.post('/v1/sms', (req, res) => {
    const checked = common(req, res);
    if (!checked) return;
    const { from, to, text } = checked.body;
    if (!isSenderNumber(from)) return fail(res, 400, 'INVALID_SENDER', 'from must be 8 to 11 digits');
    if (!state.isRegisteredSender(from)) return fail(res, 403, 'SENDER_NOT_REGISTERED', 'the sender number is not registered (발신번호 사전등록)');
    if (!isMobileNumber(to)) return fail(res, 400, 'INVALID_RECIPIENT', 'to must be a Korean mobile number, digits only');
    if (typeof text !== 'string' || text.length === 0) return fail(res, 400, 'INVALID_REQUEST', 'text is required');
    const type = smsTypeOf(text);
    if (!type) return fail(res, 413, 'MESSAGE_TOO_LONG', 'text exceeds 2000 bytes (LMS)');
    accepted(res, state, checked.apiKey, { channel: type, from, to, subject: null, text, clientReference: checked.clientReference });
  });

  // E-mail: { from, to, subject, text, clientReference? }.
  router.post('/v1/email', (req, res) => {
    const checked = common(req, res);
    if (!checked) return;
    const { from, to, subject, text } = checked.body;
    if (!isEmailAddress(from) || !isEmailAddress(to)) return fail(res, 400, 'INVALID_RECIPIENT', 'from and to must be e-mail addresses');
    if (typeof subject !== 'string' || subject.length === 0 || subject.length > 200) return fail(res, 400, 'INVALID_REQUEST', 'subject must be 1 to 200 characters');
    if (typeof text !== 'string' || text.length === 0) return fail(res, 400, 'INVALID_REQUEST', 'text is required');
    if (Buffer.byteLength(text) > EMAIL_MAX_BYTES) return fail(res, 413, 'MESSAGE_TOO_LONG', 'text exceeds 256 KiB');
    accepted(res, state, checked.apiKey, { channel: 'EMAIL', from, to, subject, text, clientReference: checked.clientReference });
  });

  // Push: { to (device token or topic:<name>), title, body, clientReference? }.
  router.post('/v1/push', (req, res) => {
    const checked = common(req, res);
    if (!checked) return;
    const { to, title, body } = checked.body;
    if (typeof to !== 'string' || to.length < 8 || to.length > 256) return fail(res, 400, 'INVALID_RECIPIENT', 'to must be a device token or topic:<name>');
    if (typeof title !== 'string' || title.length === 0 || typeof body !== 'string') return fail(res, 400, 'INVALID_REQUEST', 'title and body are required');
    if (Buffer.byteLength(title + body) > PUSH_MAX_BYTES) return fail(res, 413, 'MESSAGE_TOO_LONG', 'title and body exceed 4 KiB');
    accepted(res, state, checked.apiKey, { channel: 'PUSH', from: 'push', to, subject: title, text: body, clientReference: checked.clientReference });
  });

  // Delivery report of one message.
  router.get('/v1/messages/:messageId', (req: Request<{ messageId: string }>, res) => {
    if (!req.header('x-api-key')) return fail(res, 401, 'UNAUTHORIZED', 'X-Api-Key header is missing');
    const status = state.status(req.params.messageId);
    if (!status) return fail(res, 404, 'NOT_FOUND', 'no message with this id');
    res.json({
      messageId: status.messageId, type: status.channel, to: status.to, status: status.status, failureReason: status.status === 'FAILED' ? status.failureReason : null,
      acceptedAt: status.acceptedAt, deliveredAt: status.deliveredAt,
    });
  });
}

/**
 * The outcome of checking one input value: the cleaned value, or a sentence telling the user why it was
 * refused. Rules return this instead of throwing, so they stay free of GraphQL and error codes; services turn
 * a refusal into BAD_USER_INPUT naming the field.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function accept<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

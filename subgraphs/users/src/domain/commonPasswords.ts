/**
 * Passwords that appear at the top of every breach corpus (and their Korean-keyboard favourites), lower-case.
 * OWASP asks to refuse known-breached passwords instead of imposing composition rules; this short list
 * catches the most guessed ones without shipping a multi-megabyte corpus. Only entries of at least the
 * minimum length are listed: shorter ones fail the length rule anyway.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '12345678910', '0123456789', '87654321', '987654321', '11111111',
  '00000000', '88888888', '66666666', '12341234', '11223344', '12121212', '123123123', '147258369',
  'password', 'password1', 'password12', 'password123', 'password!', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'qwerty12', 'qwerty123', 'qwertyui', 'qwertyuiop', 'qwer1234', 'qwer1234!', 'q1w2e3r4', 'q1w2e3r4t5',
  '1q2w3e4r', '1q2w3e4r!', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx', 'zaq12wsx', 'asdf1234', 'asdfasdf',
  'asdfghjk', 'asdfghjkl', 'zxcvbnm1', 'zxcvbnm123', 'a1234567', 'a12345678', 'abc12345', 'abcd1234',
  'abcdefgh', 'aa123456', 'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football', 'baseball',
  'welcome1', 'welcome123', 'superman', 'starwars', 'whatever', 'trustno1', 'dragon12', 'master12',
  'letmein1', 'letmein123', 'admin123', 'admin1234', 'administrator', 'changeme', 'computer', 'internet',
  'michelle', 'jennifer', 'charlie1', 'shadow12', 'monkey12', 'secret12', 'test1234', 'testtest',
  'guest1234', 'user1234', 'login123', 'korea123', 'seoul123', 'samsung1', 'samsung123', 'sarang12',
  'saranghae', 'dkssudgktpdy', 'tkfkdgo', 'rlaalswl', 'attendgate', 'attendgate1', 'attendgate123',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

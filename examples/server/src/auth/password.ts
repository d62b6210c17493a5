/**
 * Password hashes of the development users file: scrypt (node:crypto) with a
 * random salt, written `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`.
 *
 * Print a hash for a new user: `pnpm --filter @city-forms/example-server hash-password '<password>'`.
 * @module
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const KEY_LENGTH = 32;
const DEFAULTS = { N: 16384, r: 8, p: 1 } as const;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/**
 * Hash a password for the users file.
 * @example
 * ```ts
 * await hashPassword('demo-zhangsan'); // 'scrypt$16384$8$1$…$…'
 * ```
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, DEFAULTS);
  return `scrypt$${DEFAULTS.N}$${DEFAULTS.r}$${DEFAULTS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * Whether `password` matches `stored` (a {@link hashPassword} string); false for a
 * malformed hash. Compared in constant time.
 * @example
 * ```ts
 * await verifyPassword('demo-zhangsan', await hashPassword('demo-zhangsan')); // true
 * ```
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!m) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (N < 2 || N > 1 << 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const expected = Buffer.from(m[5]!, 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const key = await derive(password, Buffer.from(m[4]!, 'base64'), { N, r, p });
  return timingSafeEqual(key, expected);
}

/** A hash that matches no password: verified against when the user name is unknown, so both take as long. */
export const DUMMY_HASH = `scrypt$16384$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const password = process.argv[2];
  if (!password) {
    console.error('usage: hash-password <password>');
    process.exit(2);
  }
  console.log(await hashPassword(password));
}

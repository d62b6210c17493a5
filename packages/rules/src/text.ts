/**
 * Free text as the rules read it. People (and scripts) can type the "same" words
 * differently: "交通" and "交\u200B通" (a zero-width space), NFC "é" and NFD
 * "e\u0301", a BOM pasted from a file. Every comparison of free text and every
 * "is it filled in" check goes through here, so such spellings neither dodge a
 * rule nor pass for an answer.
 * @module
 */

/**
 * Characters nobody sees: format characters (`\p{Cf}`: zero-width space and
 * joiners, BOM, word joiner, soft hyphen, bidi marks, tag characters), the other
 * default-ignorable code points (Hangul fillers, variation selectors) and white space.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}]/gu;
const HAS_INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}]/u;
const VISIBLE = /[^\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}]/u;

/**
 * C0 and C1 control characters other than tab, line feed and carriage return: NUL,
 * ESC (terminal escape sequences), DEL, CSI (U+009B)…: never part of an answer.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A surrogate code unit without its pair (text that is not well-formed UTF-16; stored as UTF-8 it becomes "�"). */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The form of a text that comparisons use: invisible characters and white space
 * removed, then NFC (canonical composition).
 * @example
 * ```ts
 * comparable('交\u200B通 ') === comparable('交通'); // true
 * comparable('Cafe\u0301') === comparable('Café'); // true
 * ```
 */
export function comparable(text: string): string {
  return (HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text).normalize('NFC');
}

/**
 * Whether two free texts say the same thing once invisible characters, white space
 * and Unicode normalization are set aside.
 * @example
 * ```ts
 * sameText('交通', '交\u200B通'); // true
 * ```
 */
export function sameText(a: string | undefined | null, b: string | undefined | null): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return a === b || comparable(a) === comparable(b);
}

/**
 * Whether a text has nothing visible in it ('' , spaces, only zero-width characters or a BOM).
 * @example
 * ```ts
 * isBlank('\u200B\u200B'); // true
 * isBlank('张三'); // false
 * ```
 */
export function isBlank(text: string): boolean {
  return !VISIBLE.test(text);
}

/**
 * Phone-like text: digits (ASCII or full-width), spaces, a leading +, hyphens and
 * parentheses, with an optional extension (分机 / 转 / ext.). Also a JSON Schema
 * `pattern` (ECMA-262, no flags); '' stands for "not provided".
 */
export const PHONE_PATTERN = '^(?:[+＋]?[(（]?[0-9０-９][0-9０-９ ()（）\\-－]{2,}(?: *(?:分机|转|ext\\.?) *[0-9０-９]{1,8})?)?$';
const PHONE = new RegExp(PHONE_PATTERN);

/**
 * Whether a text is phone-like (see {@link PHONE_PATTERN}).
 * @example
 * ```ts
 * isPhone('0413-5762 1234 转 806'); // true
 * isPhone('abc'); // false
 * ```
 */
export function isPhone(text: string): boolean {
  return PHONE.test(text);
}

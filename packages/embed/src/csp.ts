/**
 * Runs before anything else of the embed (every entry imports it first): turns
 * off zod's JIT. zod 4 compiles object parsers with `new Function`, and even its
 * probe (`new Function('')` in a try) is reported as a `securitypolicyviolation`
 * under a CSP without 'unsafe-eval'. With `jitless`, zod never probes or
 * compiles and parses with its interpreter. The flag lives on
 * `globalThis.__zod_globalConfig`, shared by every copy of zod on the page; it
 * must be set before the rules module builds its schemas (object schemas read it
 * when they are created), hence this separate first import.
 * @module
 */
import { config } from 'zod/mini';

config({ jitless: true });

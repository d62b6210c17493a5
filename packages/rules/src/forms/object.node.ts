/**
 * `#object` under Node (servers, the CLI): the form models' object schema with
 * zod's compiled parser (see `compiledObject` in `../zod-private.ts`, the one
 * module that uses zod internals). Browsers get `./object.ts`: zod/mini's
 * interpreter, no generated code and none of the compiler's bytes.
 * @module
 */
export { compiledObject as fastObject } from '../zod-private.js';

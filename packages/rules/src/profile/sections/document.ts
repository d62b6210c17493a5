/**
 * The document form's part of the profile: document types, kinds of sender,
 * countersigning and who signs what.
 * @module
 */
import * as z from 'zod/mini';
import type { Clause } from '../../types.js';
import { ArticleSchema, IdSchema, LocalizedSchema, OptionSchema, defineSection } from '../parts.js';

const SigningSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  /** Role id of who signs (签发). */
  signer: IdSchema,
  /** Role id of who reviews first (审核), if anyone. */
  reviewer: z.optional(IdSchema),
  article: ArticleSchema,
  source: z.optional(IdSchema),
});

/** The document section as a profile writes it: each part replaces the base's. */
export const DocumentSectionSchema = z.strictObject({
  docTypes: z.optional(z.array(OptionSchema).check(z.minLength(1))),
  senderKinds: z.optional(z.array(OptionSchema).check(z.minLength(1))),
  countersign: z.optional(
    z.strictObject({
      replyWorkingDays: z.int().check(z.gte(1), z.lte(30)),
      complexReplyWorkingDays: z.optional(z.int().check(z.gte(1), z.lte(30))),
      /** What the reply time counts from: the unit's receipt of the document where the text says "收到文件之后", else the date it was sent (default). */
      countsFrom: z.optional(z.enum(['received', 'sent'])),
      article: ArticleSchema,
      source: z.optional(IdSchema),
    }),
  ),
  signing: z.optional(z.array(SigningSchema)),
});
type In = z.output<typeof DocumentSectionSchema>;

/**
 * The resolved document section.
 * @example
 * ```ts
 * resolveCity('jining').document.countersign?.replyWorkingDays;
 * ```
 */
export interface DocumentSection {
  docTypes: NonNullable<In['docTypes']>;
  senderKinds: NonNullable<In['senderKinds']>;
  countersign:
    { replyWorkingDays: number; complexReplyWorkingDays?: number | undefined; countsFrom?: 'received' | 'sent' | undefined; clause: Clause } | undefined;
  signing: { id: string; label: z.output<typeof LocalizedSchema>; signer: string; reviewer?: string | undefined; clause: Clause }[];
}

/** The document form's profile section. */
export const documentSection = defineSection({
  schema: DocumentSectionSchema,
  start: (): DocumentSection => ({ docTypes: [], senderKinds: [], countersign: undefined, signing: [] }),
  merge(raw, p, clause) {
    if (p.docTypes) raw.docTypes = p.docTypes;
    if (p.senderKinds) raw.senderKinds = p.senderKinds;
    if (p.countersign) {
      const { article, source, ...rest } = p.countersign;
      raw.countersign = { ...rest, clause: clause(article, source) };
    }
    if (p.signing) raw.signing = p.signing.map(({ article, source, ...rest }) => ({ ...rest, clause: clause(article, source) }));
  },
  finish(raw, { ref }, key): DocumentSection {
    raw.signing.forEach((s, i) => {
      ref(s.signer, [key, 'signing', i, 'signer']);
      if (s.reviewer) ref(s.reviewer, [key, 'signing', i, 'reviewer']);
    });
    return raw;
  },
});

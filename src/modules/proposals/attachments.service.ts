import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import * as aq from './attachments.queries.ts';
import type { AttachmentType } from './proposals.table.ts';

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Files waiting for their submission, over all municipalities: beyond this, new files are refused. */
export const MAX_STAGED_BYTES = 512 * 1024 * 1024;
/** The same per municipality, a quarter of it: one city's visitors cannot fill the space of all. */
export const MAX_STAGED_BYTES_PER_TENANT = MAX_STAGED_BYTES / 4;

/** The type a file really is, from its first bytes (never from its name or the browser's claim). */
export function sniffType(bytes: Uint8Array): AttachmentType | undefined {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

const EXTENSION: Record<AttachmentType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

/**
 * A file name safe to store and to send back in Content-Disposition. The extension always follows the
 * detected type: a PNG that is also HTML (a polyglot) named `x.html` is stored as `x.png`.
 */
export function cleanName(name: string, type: AttachmentType) {
  const base = name
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/\.[\p{L}\p{N}]{1,8}$/u, '')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 120);
  return `${base || 'anhang'}${EXTENSION[type]}`;
}

export function newStagingToken() {
  return randomBytes(18).toString('base64url');
}

/**
 * Checks uploaded files (at most three, 5 MB each, PDF/PNG/JPEG by content) and keeps them under the
 * submission's token until the final submit, so a confirmation step or a form error loses no file.
 */
export async function stageAttachments(
  db: DbOrTx,
  tenantId: string,
  token: string,
  files: File[],
  maxStagedBytes = MAX_STAGED_BYTES,
  maxTenantBytes = MAX_STAGED_BYTES_PER_TENANT,
) {
  const real = files.filter((f) => f.size > 0 || f.name);
  if (!real.length) return;
  const already = await stagedAttachments(db, tenantId, token);
  if (already.length + real.length > MAX_ATTACHMENTS)
    throw new AppError('VALIDATION_FAILED', 'At most three files.', {
      attachments: { key: 'validation.attachmentsTooMany', values: { max: MAX_ATTACHMENTS } },
    });
  const rows: Parameters<typeof aq.insertAttachments>[1] = [];
  for (const f of real) {
    if (f.size > MAX_ATTACHMENT_BYTES)
      throw new AppError('VALIDATION_FAILED', 'File too large.', {
        attachments: { key: 'validation.attachmentTooLarge', values: { name: f.name, max: 5 } },
      });
    const bytes = new Uint8Array(await f.arrayBuffer());
    const type = sniffType(bytes);
    if (!type || bytes.length === 0)
      throw new AppError('VALIDATION_FAILED', 'Unsupported file type.', {
        attachments: { key: 'validation.attachmentType', values: { name: f.name } },
      });
    rows.push({
      tenantId,
      stagingToken: token,
      filename: cleanName(f.name, type),
      mediaType: type,
      size: bytes.length,
      content: Buffer.from(bytes),
    });
  }
  const incoming = rows.reduce((n, r) => n + r.size, 0);
  // Check and insert under one lock, so concurrent uploads cannot each see room and together overfill it.
  await db.transaction(async (tx) => {
    await aq.lockStaging(tx);
    if (
      (await aq.stagedBytes(tx, tenantId)) + incoming > maxTenantBytes ||
      (await aq.stagedBytes(tx)) + incoming > maxStagedBytes
    )
      throw new AppError('VALIDATION_FAILED', 'The space for staged files is full.', {
        attachments: { key: 'validation.attachmentsBusy' },
      });
    await aq.insertAttachments(tx, rows);
  });
}

/** Files waiting under a submission's token (names and sizes only). */
export function stagedAttachments(db: DbOrTx, tenantId: string, token: string) {
  if (!/^[A-Za-z0-9_-]{24}$/.test(token)) return Promise.resolve([]);
  return aq.staged(db, tenantId, token);
}

/** Hands the staged files to the new proposal (inside its transaction). */
export async function attachStaged(tx: DbOrTx, tenantId: string, token: string, proposalId: string) {
  if (!/^[A-Za-z0-9_-]{24}$/.test(token)) return;
  await aq.attach(tx, tenantId, token, proposalId);
}

export function attachmentsOf(db: DbOrTx, tenantId: string, proposalId: string) {
  return aq.ofProposal(db, tenantId, proposalId);
}

/** One file of a proposal; the caller has checked that the proposal may be seen. */
export async function attachmentContent(db: DbOrTx, tenantId: string, proposalId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await aq.findOne(db, tenantId, proposalId, id);
  if (!row) throw notFound('No such file.');
  return row;
}

/** Files staged for a submission that never came (older than a day) are deleted. */
export async function pruneStagedAttachments(db: DbOrTx, now = new Date()) {
  return aq.deleteStagedBefore(db, new Date(now.getTime() - 86_400_000));
}

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { requireAdmin } from './admin.service.ts';
import type { CitySettingsInput } from './orgs.schemas.ts';
import { type LogoType, type TenantSettings, tenantLogos, tenants } from './orgs.table.ts';

export const MAX_LOGO_BYTES = 1024 * 1024;
const MIN_SIDE = 32;
const MAX_SIDE = 5000;

/** The city's settings and names as the administration's form shows them. */
export async function citySettings(db: DbOrTx, tenantId: string, actor: Actor | null) {
  requireAdmin(actor);
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw notFound('No such tenant.');
  return { name: tenant.name, timeZone: tenant.timeZone, settings: tenant.settings };
}

/**
 * Saves what the administration edits about the city (audited). Settings the form does not hold (sign-in
 * rules, the logo) stay as they are.
 */
export async function saveCitySettings(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CitySettingsInput,
) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for('update');
    if (!before) throw notFound('No such tenant.');
    const old = before.settings;
    const settings: TenantSettings = {
      ...old,
      cityName: input.cityName,
      stateName: input.stateName,
      regionalKey: input.regionalKey,
      legalNotice: {
        organisation: input.organisation,
        address: input.address,
        email: input.email,
        phone: input.phone,
        representative: input.representative,
      },
      privacyContact: input.privacyContact,
      accessibilityContact: input.accessibilityContact,
      accessibilityStatement: input.preparedOn
        ? {
            preparedOn: input.preparedOn,
            reviewedOn: input.reviewedOn,
            method: input.method,
            assessor: input.method === 'external' ? input.assessor : undefined,
            enforcement: input.enforcementName
              ? { name: input.enforcementName, url: input.enforcementUrl, email: input.enforcementEmail }
              : undefined,
          }
        : undefined,
      govdataContributorId: input.govdataContributorId,
      signLanguageVideo:
        input.signVideo && input.signCaptions
          ? { src: input.signVideo, captions: input.signCaptions }
          : undefined,
    };
    // Fields left empty are dropped, not stored as null.
    const stored = JSON.parse(JSON.stringify(settings)) as TenantSettings;
    await tx
      .update(tenants)
      .set({ name: input.name, timeZone: input.timeZone, settings: stored })
      .where(eq(tenants.id, tenantId));
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'tenant.saveSettings',
      entityType: 'tenant',
      entityId: tenantId,
      before: { name: before.name, timeZone: before.timeZone, settings: withoutSignIn(old) },
      after: { name: input.name, timeZone: input.timeZone, settings: withoutSignIn(stored) },
    });
  });
}

function withoutSignIn(s: TenantSettings) {
  const { signIn: _, ...rest } = s;
  return rest;
}

/** Width and height of a PNG or JPEG from its header; undefined when the bytes are neither. */
export function rasterSize(bytes: Uint8Array): { type: LogoType; width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 24 && png.every((b, i) => bytes[i] === b))
    return { type: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  // JPEG: walk the segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC), which holds the size.
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { type: 'image/jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + length;
  }
  return undefined;
}

/**
 * What a logo in SVG must not hold: scripts, event handlers, embedded HTML, entity declarations, and
 * references to anything outside the file (a logo needs none; a browser shows it as an image, where none
 * would work, but its address may also be opened on its own).
 */
const SVG_UNSAFE = [
  /<!ENTITY/i,
  /<script[\s>/]/i,
  /<foreignObject[\s>/]/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /(?:href|src)\s*=\s*["']\s*(?!#|data:image\/)/i,
  /url\(\s*["']?\s*(?!#|data:image\/)/i,
  /@import/i,
  // An animation that sets a link (its value may hide `javascript:` behind character references).
  /attributeName\s*=\s*["']\s*(?:xlink:)?href/i,
];

/** A length of the root element (`120`, `120px`, `3.5`), or undefined for none or another unit. */
function svgLength(tag: string, name: string): number | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*["']`, 'i').exec(tag);
  return m ? Number(m[1]) : undefined;
}

/**
 * An SVG logo's size from its root element (width and height, else the viewBox), whether it is safe, or
 * undefined when the bytes are no SVG document.
 */
export function svgSize(bytes: Uint8Array): { width: number; height: number; safe: boolean } | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // An XML declaration, comments and a doctype may come before the root element.
  const root =
    /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*(<svg[\s>][^>]*>)/i.exec(
      text,
    );
  if (!root) return undefined;
  const tag = root[1]!;
  const box =
    /\sviewBox\s*=\s*["']\s*[-0-9.eE]+[\s,]+[-0-9.eE]+[\s,]+([0-9.eE]+)[\s,]+([0-9.eE]+)\s*["']/.exec(tag);
  const width = svgLength(tag, 'width') ?? (box ? Number(box[1]) : Number.NaN);
  const height = svgLength(tag, 'height') ?? (box ? Number(box[2]) : Number.NaN);
  return {
    width: Math.round(width * 100) / 100,
    height: Math.round(height * 100) / 100,
    safe: !SVG_UNSAFE.some((r) => r.test(text)),
  };
}

/** A logo's type and size: PNG or JPEG from their headers, SVG from its root element (with `safe`). */
export function imageSize(
  bytes: Uint8Array,
): { type: LogoType; width: number; height: number; safe?: boolean } | undefined {
  const raster = rasterSize(bytes);
  if (raster) return raster;
  const svg = svgSize(bytes);
  return svg && { type: 'image/svg+xml', ...svg };
}

/** The file name's ending for each type: the address's, and the one Typst reads the format from. */
export const LOGO_EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' } as const;
export type LogoExtension = (typeof LOGO_EXTENSIONS)[LogoType];

type LogoProblem =
  | 'logoRequired'
  | 'logoTooLarge'
  | 'logoType'
  | 'logoSize'
  | 'logoBroken'
  | 'logoSvgUnsafe'
  | 'logoSvgSize';

const logoError = (key: LogoProblem, values?: Record<string, string | number>) =>
  new AppError('VALIDATION_FAILED', 'The logo cannot be used.', {
    logo: { key: `citySettings.${key}`, values },
  });

/**
 * Stores a new logo (audited) after checking it is a PNG, JPEG or safe SVG of sensible size that the PDF reports
 * can place (`check` renders it with Typst), so an upload never breaks a report later.
 */
export async function setCityLogo(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  file: File | undefined,
  check: (bytes: Uint8Array, ext: LogoExtension) => Promise<string | undefined>,
) {
  requireAdmin(actor);
  if (!file || file.size === 0) throw logoError('logoRequired');
  if (file.size > MAX_LOGO_BYTES) throw logoError('logoTooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const size = imageSize(bytes);
  if (!size) throw logoError('logoType');
  const { width, height } = size;
  if (size.type === 'image/svg+xml') {
    if (!size.safe) throw logoError('logoSvgUnsafe');
    // A drawing scales to any size, but it must name one, and not be a sliver.
    if (!(width > 0 && height > 0) || Math.max(width, height) / Math.min(width, height) > 20)
      throw logoError('logoSvgSize');
  } else if (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE)
    throw logoError('logoSize', { width, height });
  const ext = LOGO_EXTENSIONS[size.type];
  if (await check(bytes, ext)) throw logoError('logoBroken');
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${ext}`;
  await db.transaction(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for('update');
    if (!tenant) throw notFound('No such tenant.');
    const logo = { file: name, width, height };
    await tx
      .insert(tenantLogos)
      .values({ tenantId, file: name, mediaType: size.type, content: Buffer.from(bytes) })
      .onConflictDoUpdate({
        target: tenantLogos.tenantId,
        set: { file: name, mediaType: size.type, content: Buffer.from(bytes), createdAt: new Date() },
      });
    await tx
      .update(tenants)
      .set({ settings: { ...tenant.settings, logo } })
      .where(eq(tenants.id, tenantId));
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'tenant.setLogo',
      entityType: 'tenant',
      entityId: tenantId,
      before: tenant.settings.logo ?? null,
      after: { ...logo, bytes: bytes.length, type: size.type },
    });
  });
}

/** Removes the logo (audited); the portal and the reports show the city's name alone again. */
export async function removeCityLogo(db: Db, tenantId: string, actor: Actor | null) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for('update');
    if (!tenant) throw notFound('No such tenant.');
    const { logo, ...rest } = tenant.settings;
    if (!logo) return;
    await tx.delete(tenantLogos).where(eq(tenantLogos.tenantId, tenantId));
    await tx.update(tenants).set({ settings: rest }).where(eq(tenants.id, tenantId));
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'tenant.removeLogo',
      entityType: 'tenant',
      entityId: tenantId,
      before: logo,
      after: null,
    });
  });
}

/**
 * The city's logo with its bytes, for its address and the PDF reports; none when not uploaded. Kept in
 * memory until the next change in the tenant: every PDF and the header's image would read it again.
 */
export function cityLogo(deps: Pick<Deps, 'database' | 'cache'>, tenantId: string) {
  return deps.cache.value(tenantId, 'logo', async () => {
    const [row] = await deps.database.db.select().from(tenantLogos).where(eq(tenantLogos.tenantId, tenantId));
    return row;
  });
}

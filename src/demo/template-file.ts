import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { embeddedDir, MIGRATIONS_FOLDER } from '../db/client.ts';
import { digestOf, isNewDataDir, pgliteVersion, readTemplate, templatePath } from '../db/template.ts';
import { currentDay } from '../platform/dates.ts';
import { RADDIALOG_CSV } from './raddialog.ts';

// Which demo template a start may use, apart from the demo itself (template.ts): a server decides it before
// it loads the application, so that the embedded database starts meanwhile.

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The demo template for a day: named by everything the demo is made from and that day. */
export function demoTemplateFile(day: string): string {
  const digest = digestOf([MIGRATIONS_FOLDER, SRC, RADDIALOG_CSV], [pgliteVersion()]);
  return templatePath(`demo-${digest}-${day}`);
}

/** The demo tenant's day (it keeps the default time zone, Europe/Berlin). */
export function today(now: Date): string {
  return currentDay(undefined, now);
}

/**
 * The demo template a new embedded database may start from: today's, for a server that seeds the demo
 * outside tests (those seed a fixed day), on a directory that is new.
 */
export function usableDemoTemplate(config: Config, now = new Date()): Blob | undefined {
  if (!config.seedDemo || config.env === 'test' || config.databaseUrl) return undefined;
  if (!isNewDataDir(embeddedDir(config.dataDir))) return undefined;
  return readTemplate(demoTemplateFile(today(now)));
}

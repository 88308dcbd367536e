import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every module's tables and the platform's, found by file name (no hand-kept list).
  schema: ['./src/platform/platform.table.ts', './src/modules/*/*.table.ts'],
  out: './src/db/migrations',
});

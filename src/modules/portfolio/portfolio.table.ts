import { foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, rowId, tenantId } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';

/**
 * A portfolio workbook (Excel or CSV) uploaded for import, kept while the CDO team maps its columns and
 * reads the preview; removed once imported, and a day after it was uploaded at the latest.
 */
export const projectImports = pgTable(
  'project_imports',
  {
    tenantId: tenantId(),
    id: rowId(),
    fileName: text('file_name').notNull(),
    content: bytea('content').notNull(),
    rows: integer('rows').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.uploadedBy],
      foreignColumns: [accounts.tenantId, accounts.id],
    }).onDelete('cascade'),
    index('project_imports_uploaded_by_idx').on(t.tenantId, t.uploadedBy),
  ],
);

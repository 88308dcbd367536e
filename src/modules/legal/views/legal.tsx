/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { MessageKey } from '../../../platform/i18n/i18n.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

/** A page of running text: its title, what the municipality declared (if any) and the paragraphs. */
export function TextPage({
  ctx,
  titleKey,
  paragraphs,
  children,
}: {
  ctx: PageCtx;
  titleKey: MessageKey;
  paragraphs: readonly string[];
  children?: Child;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(titleKey)}>
      <h1 class="kern-heading-large">{t(titleKey)}</h1>
      {children}
      {paragraphs.map((p) => (
        <p class="kern-body">{p}</p>
      ))}
    </Layout>
  );
}

/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { DescriptionList, StatusBadge } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

export interface JourneyData {
  proposal: {
    number: string;
    title: string;
    body: string;
    authorKind: string;
    organisationName: string | null;
    createdAt: Date;
    publishedAt: Date | null;
    sourceUrl: string | null;
    processTitle: string | null;
    attribution: string | null;
  };
  ideas: { number: string; title: string; linkedAt: Date }[];
  projects: {
    slug: string;
    title: string;
    createdAt: Date;
    status: { overallStatus: string; progress: number; period: string; reviewedAt: Date | null } | undefined;
  }[];
}

/** The proposal and "what happened to it": submitted ▸ published ▸ idea ▸ project ▸ latest approved status. */
export function ProposalPage({ ctx, data }: { ctx: PageCtx; data: JourneyData }) {
  const { t, lang } = ctx;
  const { proposal: p } = data;
  const steps: { done: boolean; label: string; date?: Date | null; detail?: unknown }[] = [
    { done: true, label: t('journey.submitted'), date: p.createdAt },
    { done: !!p.publishedAt, label: t('journey.published'), date: p.publishedAt },
  ];
  if (data.ideas.length) {
    for (const i of data.ideas)
      steps.push({
        done: true,
        label: t('journey.merged', { idea: i.title, number: i.number }),
        date: i.linkedAt,
      });
  } else steps.push({ done: false, label: t('journey.notMergedYet') });
  if (data.projects.length) {
    for (const pr of data.projects) {
      steps.push({
        done: true,
        label: t('journey.project'),
        date: pr.createdAt,
        detail: (
          <a class="kern-link" href={`/projekte/${pr.slug}`}>
            {pr.title}
          </a>
        ),
      });
      if (pr.status)
        steps.push({
          done: true,
          label: t('journey.status', { period: pr.status.period, progress: pr.status.progress }),
          date: pr.status.reviewedAt,
          detail: <StatusBadge t={t} status={pr.status.overallStatus} />,
        });
      else steps.push({ done: false, label: t('journey.noStatusYet') });
    }
  } else if (data.ideas.length) steps.push({ done: false, label: t('journey.noProjectYet') });
  return (
    <Layout ctx={ctx} title={p.title}>
      <p class="kern-preline">{t('proposal.label', { number: p.number })}</p>
      <h1 class="kern-heading-large">{p.title}</h1>
      <DescriptionList
        items={[
          [
            t('proposal.author'),
            p.organisationName
              ? `${t(`authorKind.${p.authorKind}`)}: ${p.organisationName}`
              : t(`authorKind.${p.authorKind}`),
          ],
          [t('proposal.submittedOn'), formatDate(lang, p.createdAt)],
          ...(p.processTitle ? ([[t('proposals.process'), p.processTitle]] as [string, string][]) : []),
        ]}
      />
      {p.body ? <p class="kern-body kern-preline-text">{p.body}</p> : null}
      {p.sourceUrl ? (
        <p class="kern-body kern-body--small">
          {t('proposal.source')}{' '}
          <a class="kern-link" href={p.sourceUrl} rel="noopener">
            {p.sourceUrl}
          </a>
          {p.attribution ? ` – ${p.attribution}` : ''}
        </p>
      ) : null}
      <section aria-labelledby="journey-title">
        <h2 class="kern-heading-medium" id="journey-title">
          {t('journey.title')}
        </h2>
        <ol class="journey">
          {steps.map((s) => (
            <li class={s.done ? 'journey--done' : 'journey--pending'}>
              <span class="kern-body--bold">{s.label}</span>
              {s.date ? <span class="meta"> · {formatDate(lang, s.date)}</span> : null}
              {s.detail ? <div>{s.detail as never}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}

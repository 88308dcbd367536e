import {
  Button,
  Checkboxes,
  Csrf,
  ErrorSummary,
  type Errors,
  type Option,
  Select,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import { PROJECT_PHASES, type Project, VISIBILITIES } from '../projects.table.ts';

/** Edit a project's own facts: texts, implementation plan, lead, phase with the stop reason, dates. */
export function ProjectEditPage({
  ctx,
  project,
  values,
  errors,
  leads,
  mayChangeVisibility,
}: {
  ctx: PageCtx;
  project: Project;
  values: Record<string, string>;
  errors?: Errors | undefined;
  leads: Option[];
  mayChangeVisibility: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('delivery.editTitle', { title: project.title })}>
      <h1 class="kern-heading-large">{withContent(ctx, 'delivery.editTitle', { title: project.title })}</h1>
      <p class="kern-body">
        <a class="kern-link" href={`/intern/projekte/${project.id}`}>
          {t('delivery.backToProject')}
        </a>
      </p>
      <form method="post" action={`/intern/projekte/${project.id}/bearbeiten`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <ErrorSummary t={t} errors={errors} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('project.title')}
          required
          value={values.title}
          errors={errors}
        />
        <TextArea
          t={t}
          lang={langAttr(ctx)}
          name="summary"
          label={t('project.summary')}
          required
          rows={3}
          value={values.summary}
          errors={errors}
        />
        <TextArea
          t={t}
          lang={langAttr(ctx)}
          name="description"
          label={t('project.description')}
          value={values.description}
          errors={errors}
        />
        <TextArea
          t={t}
          lang={langAttr(ctx)}
          name="implementationPlan"
          label={t('delivery.implementationPlan')}
          hint={t('delivery.implementationPlanHint')}
          rows={8}
          value={values.implementationPlan}
          errors={errors}
        />
        <Select
          t={t}
          name="leadAccountId"
          label={t('project.lead')}
          value={values.leadAccountId}
          empty={t('project.noLead')}
          options={contentOptions(ctx, leads)}
          errors={errors}
        />
        <Select
          t={t}
          name="phase"
          label={t('projects.phase')}
          required
          value={values.phase}
          options={PROJECT_PHASES.map((x) => ({
            value: x,
            label: t(`phase.${x}`),
          }))}
          errors={errors}
        />
        <TextArea
          t={t}
          lang={langAttr(ctx)}
          name="stopReason"
          label={t('delivery.stopReason')}
          hint={t('delivery.stopReasonHint')}
          rows={3}
          value={values.stopReason}
          errors={errors}
        />
        <TextField
          t={t}
          name="startsOn"
          type="date"
          label={t('project.startsOn')}
          value={values.startsOn}
          errors={errors}
        />
        <TextField
          t={t}
          name="endsOn"
          type="date"
          label={t('project.endsOn')}
          value={values.endsOn}
          errors={errors}
        />
        {mayChangeVisibility ? (
          <>
            <Select
              t={t}
              name="visibility"
              label={t('project.visibility')}
              required
              value={values.visibility}
              options={VISIBILITIES.map((x) => ({ value: x, label: t(`visibility.${x}`) }))}
              errors={errors}
            />
            <Checkboxes
              t={t}
              name="quickWin"
              label={t('project.quickWin')}
              values={values.quickWin === 'on' ? ['on'] : []}
              options={[{ value: 'on', label: t('project.quickWinLabel') }]}
              errors={errors}
            />
          </>
        ) : (
          <>
            <input type="hidden" name="visibility" value={values.visibility} />
            {values.quickWin === 'on' ? <input type="hidden" name="quickWin" value="on" /> : null}
          </>
        )}
        <div class="form-actions">
          <Button>{t('delivery.save')}</Button>
        </div>
      </form>
    </Layout>
  );
}

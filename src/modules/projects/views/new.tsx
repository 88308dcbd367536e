import {
  Button,
  Checkboxes,
  Csrf,
  ErrorSummary,
  type Errors,
  type Option,
  Radios,
  Select,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import { STARTING_PHASES, VISIBILITIES } from '../projects.table.ts';

export function NewProjectPage(p: {
  ctx: PageCtx;
  values: Record<string, string>;
  errors?: Errors | undefined;
  fields: Option[];
  offices: Option[];
  leads: Option[];
  ideas: Option[];
}) {
  const { ctx, values: v, errors } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('internal.projects.new')}>
      <h1 class="kern-heading-large">{t('internal.projects.new')}</h1>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/intern/projekte/neu" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('project.title')}
          value={v.title}
          errors={errors}
          required
          maxlength={200}
        />
        <TextArea
          lang={langAttr(ctx)}
          t={t}
          name="summary"
          label={t('project.summary')}
          hint={t('project.summaryHint')}
          value={v.summary}
          errors={errors}
          rows={3}
          required
        />
        <TextArea
          lang={langAttr(ctx)}
          t={t}
          name="description"
          label={t('project.description')}
          value={v.description}
          errors={errors}
          rows={6}
        />
        <Select
          t={t}
          name="ideaId"
          label={t('project.idea')}
          empty={t('project.noIdeaOption')}
          value={v.ideaId}
          options={contentOptions(ctx, p.ideas)}
          errors={errors}
        />
        <Select
          t={t}
          name="fieldOfActionId"
          label={t('projects.field')}
          empty={t('form.choose')}
          value={v.fieldOfActionId}
          options={contentOptions(ctx, p.fields)}
          errors={errors}
          required
        />
        <Select
          t={t}
          name="ownerOrgUnitId"
          label={t('project.owner')}
          empty={t('form.choose')}
          value={v.ownerOrgUnitId}
          options={contentOptions(ctx, p.offices)}
          errors={errors}
          required
        />
        <Select
          t={t}
          name="leadAccountId"
          label={t('project.lead')}
          empty={t('project.noLead')}
          value={v.leadAccountId}
          options={contentOptions(ctx, p.leads)}
          errors={errors}
        />
        <Radios
          t={t}
          name="phase"
          label={t('projects.phase')}
          value={v.phase || 'planned'}
          options={STARTING_PHASES.map((x) => ({ value: x, label: t(`phase.${x}`) }))}
          errors={errors}
          required
        />
        <Radios
          t={t}
          name="visibility"
          label={t('project.visibility')}
          value={v.visibility || 'public'}
          options={VISIBILITIES.map((x) => ({ value: x, label: t(`visibility.${x}`) }))}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="startsOn"
          type="date"
          label={t('project.startsOn')}
          value={v.startsOn}
          errors={errors}
        />
        <TextField
          t={t}
          name="endsOn"
          type="date"
          label={t('project.endsOn')}
          value={v.endsOn}
          errors={errors}
        />
        <TextField
          t={t}
          name="budgetPlanned"
          label={t('project.budgetPlanned')}
          hint={t('project.budgetHint')}
          value={v.budgetPlanned}
          errors={errors}
          inputmode="decimal"
        />
        <Checkboxes
          t={t}
          name="quickWin"
          label={t('project.quickWin')}
          values={v.quickWin ? ['on'] : []}
          options={[{ value: 'on', label: t('project.quickWinLabel') }]}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{t('internal.projects.create')}</Button>
        </div>
      </form>
    </Layout>
  );
}

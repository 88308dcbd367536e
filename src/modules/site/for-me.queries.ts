import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid, byName } from '../../db/columns.ts';
import { projectUpdates } from '../delivery/delivery.table.ts';
import { projects } from '../projects/projects.table.ts';
import { maturityLevels, maturityModels, onlineServices } from '../services/services.table.ts';
import { processes, trainingParticipations, trainings } from '../workforce/workforce.table.ts';

/** The projects an office owns that have not ended, internal ones included (staff see them all). */
export function projectsOfOffices(db: DbOrTx, tenantId: string, officeIds: string[]) {
  return db
    .select({
      id: projects.id,
      title: projects.title,
      phase: projects.phase,
      visibility: projects.visibility,
      startsOn: projects.startsOn,
      endsOn: projects.endsOn,
      ownerOrgUnitId: projects.ownerOrgUnitId,
    })
    .from(projects)
    .where(
      and(
        eq(projects.tenantId, tenantId),
        anyUuid(projects.ownerOrgUnitId, officeIds),
        inArray(projects.phase, ['planned', 'in_progress', 'paused']),
      ),
    )
    .orderBy(sql`${projects.endsOn} asc nulls last`, asc(byName(projects.title)));
}

/** The processes of the offices, those a project redesigns first, with that project's title. */
export function processesOfOffices(db: DbOrTx, tenantId: string, officeIds: string[]) {
  return db
    .select({
      id: processes.id,
      name: processes.name,
      officeId: processes.officeId,
      digitalState: processes.digitalState,
      redesigned: processes.redesigned,
      projectId: processes.projectId,
      projectTitle: projects.title,
    })
    .from(processes)
    .leftJoin(projects, and(eq(projects.tenantId, processes.tenantId), eq(projects.id, processes.projectId)))
    .where(and(eq(processes.tenantId, tenantId), anyUuid(processes.officeId, officeIds)))
    .orderBy(sql`${processes.projectId} is null`, asc(byName(processes.name)));
}

/** The online services the offices are responsible for, with their maturity level's name. */
export function servicesOfOffices(db: DbOrTx, tenantId: string, officeIds: string[]) {
  return db
    .select({
      id: onlineServices.id,
      name: onlineServices.name,
      level: onlineServices.level,
      levelName: maturityLevels.name,
      modelName: maturityModels.name,
      url: onlineServices.url,
    })
    .from(onlineServices)
    .innerJoin(
      maturityModels,
      and(
        eq(maturityModels.tenantId, onlineServices.tenantId),
        eq(maturityModels.id, onlineServices.modelId),
      ),
    )
    .innerJoin(
      maturityLevels,
      and(
        eq(maturityLevels.tenantId, onlineServices.tenantId),
        eq(maturityLevels.modelId, onlineServices.modelId),
        eq(maturityLevels.level, onlineServices.level),
      ),
    )
    .where(and(eq(onlineServices.tenantId, tenantId), anyUuid(onlineServices.officeId, officeIds)))
    .orderBy(desc(onlineServices.level), asc(byName(onlineServices.name)));
}

/** The courses a person took, newest first. */
export function trainingsTaken(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({ id: trainings.id, title: trainings.title, kind: trainings.kind, heldOn: trainings.heldOn })
    .from(trainingParticipations)
    .innerJoin(
      trainings,
      and(
        eq(trainings.tenantId, trainingParticipations.tenantId),
        eq(trainings.id, trainingParticipations.trainingId),
      ),
    )
    .where(
      and(eq(trainingParticipations.tenantId, tenantId), eq(trainingParticipations.accountId, accountId)),
    )
    .orderBy(desc(trainings.heldOn));
}

/** Courses from today on, soonest first. */
export function upcomingTrainings(db: DbOrTx, tenantId: string, today: string) {
  return db
    .select({
      id: trainings.id,
      title: trainings.title,
      kind: trainings.kind,
      heldOn: trainings.heldOn,
      provider: trainings.provider,
    })
    .from(trainings)
    .where(and(eq(trainings.tenantId, tenantId), gte(trainings.heldOn, today)))
    .orderBy(asc(trainings.heldOn))
    .limit(10);
}

/** The newest project news, internal ones included: the digital administration's news for its staff. */
export function latestUpdates(db: DbOrTx, tenantId: string, limit: number) {
  return db
    .select({
      id: projectUpdates.id,
      title: projectUpdates.title,
      body: projectUpdates.body,
      visibility: projectUpdates.visibility,
      publishedAt: projectUpdates.publishedAt,
      projectId: projects.id,
      projectTitle: projects.title,
    })
    .from(projectUpdates)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, projectUpdates.tenantId), eq(projects.id, projectUpdates.projectId)),
    )
    .where(eq(projectUpdates.tenantId, tenantId))
    .orderBy(desc(projectUpdates.publishedAt))
    .limit(limit);
}

-- Sessions get the tenant-led key every other table has, so they can be distributed by tenant (Citus).
ALTER TABLE "sessions" DROP CONSTRAINT "sessions_pkey";--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id");

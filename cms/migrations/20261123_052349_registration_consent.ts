import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`consented_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`consented_at\`;`)
}

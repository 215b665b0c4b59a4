import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`certificate_code\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`certificate_issued_at\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_certificate_code_idx\` ON \`registrations\` (\`certificate_code\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`registrations_certificate_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`certificate_code\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`certificate_issued_at\`;`)
}

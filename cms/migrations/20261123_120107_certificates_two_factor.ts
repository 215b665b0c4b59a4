import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`certificate_code\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`certificate_issued_at\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_certificate_code_idx\` ON \`registrations\` (\`certificate_code\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_last_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`two_factor_recovery\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`registrations_certificate_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`certificate_code\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`certificate_issued_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_enabled\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_last_step\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`two_factor_recovery\`;`)
}

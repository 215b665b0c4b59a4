import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`offices_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offices_exceptions_order_idx\` ON \`offices_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`offices_exceptions_parent_id_idx\` ON \`offices_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offices_v_version_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offices_v_version_exceptions_order_idx\` ON \`_offices_v_version_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_exceptions_parent_id_idx\` ON \`_offices_v_version_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`registry_number\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`demo\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`offices_registry_number_idx\` ON \`offices\` (\`registry_number\`);`)
  await db.run(sql`CREATE INDEX \`offices_demo_idx\` ON \`offices\` (\`demo\`);`)
  await db.run(sql`ALTER TABLE \`offices_locales\` ADD \`district\` text;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` ADD \`accessibility\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_registry_number\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_demo\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_registry_number_idx\` ON \`_offices_v\` (\`version_registry_number\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_demo_idx\` ON \`_offices_v\` (\`version_demo\`);`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` ADD \`version_district\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` ADD \`version_accessibility\` text;`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`demo\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`mediators_active_idx\` ON \`mediators\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`mediators_demo_idx\` ON \`mediators\` (\`demo\`);`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_demo\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_active_idx\` ON \`_mediators_v\` (\`version_active\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_demo_idx\` ON \`_mediators_v\` (\`version_demo\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`offices_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_exceptions\`;`)
  await db.run(sql`DROP INDEX \`offices_registry_number_idx\`;`)
  await db.run(sql`DROP INDEX \`offices_demo_idx\`;`)
  await db.run(sql`ALTER TABLE \`offices\` DROP COLUMN \`registry_number\`;`)
  await db.run(sql`ALTER TABLE \`offices\` DROP COLUMN \`demo\`;`)
  await db.run(sql`DROP INDEX \`_offices_v_version_version_registry_number_idx\`;`)
  await db.run(sql`DROP INDEX \`_offices_v_version_version_demo_idx\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` DROP COLUMN \`version_registry_number\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` DROP COLUMN \`version_demo\`;`)
  await db.run(sql`DROP INDEX \`mediators_active_idx\`;`)
  await db.run(sql`DROP INDEX \`mediators_demo_idx\`;`)
  await db.run(sql`ALTER TABLE \`mediators\` DROP COLUMN \`active\`;`)
  await db.run(sql`ALTER TABLE \`mediators\` DROP COLUMN \`demo\`;`)
  await db.run(sql`DROP INDEX \`_mediators_v_version_version_active_idx\`;`)
  await db.run(sql`DROP INDEX \`_mediators_v_version_version_demo_idx\`;`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` DROP COLUMN \`version_active\`;`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` DROP COLUMN \`version_demo\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`district\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`accessibility\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` DROP COLUMN \`version_district\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` DROP COLUMN \`version_accessibility\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_registration_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_registration_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_registration_questions_options_order_idx\` ON \`events_registration_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_registration_questions_options_parent_id_idx\` ON \`events_registration_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_registration_questions_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_registration_questions_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_registration_questions_options_locales_locale_parent_\` ON \`events_registration_questions_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_registration_questions_options_locales_parent_id_idx\` ON \`events_registration_questions_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_registration_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_registration_questions_order_idx\` ON \`events_registration_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_registration_questions_parent_id_idx\` ON \`events_registration_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_registration_questions_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_registration_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_registration_questions_locales_locale_parent_id_uniqu\` ON \`events_registration_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_registration_questions_locales_parent_id_idx\` ON \`events_registration_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_registration_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_registration_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_questions_options_order_idx\` ON \`_events_v_version_registration_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_questions_options_parent_id_idx\` ON \`_events_v_version_registration_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_registration_questions_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_registration_questions_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_registration_questions_options_locales_loc\` ON \`_events_v_version_registration_questions_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_questions_options_locales_parent_id_idx\` ON \`_events_v_version_registration_questions_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_registration_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_questions_order_idx\` ON \`_events_v_version_registration_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_questions_parent_id_idx\` ON \`_events_v_version_registration_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_registration_questions_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_registration_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_registration_questions_locales_locale_pare\` ON \`_events_v_version_registration_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_registration_questions_locales_parent_id_idx\` ON \`_events_v_version_registration_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`answers\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_registration_questions_options\`;`)
  await db.run(sql`DROP TABLE \`events_registration_questions_options_locales\`;`)
  await db.run(sql`DROP TABLE \`events_registration_questions\`;`)
  await db.run(sql`DROP TABLE \`events_registration_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_registration_questions_options\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_registration_questions_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_registration_questions\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_registration_questions_locales\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`answers\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publications_media_kit\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_media_kit_order_idx\` ON \`publications_media_kit\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_media_kit_parent_id_idx\` ON \`publications_media_kit\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_media_kit_image_idx\` ON \`publications_media_kit\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_media_kit_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications_media_kit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_media_kit_locales_locale_parent_id_unique\` ON \`publications_media_kit_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_media_kit_locales_parent_id_idx\` ON \`publications_media_kit_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_media_kit\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_media_kit_order_idx\` ON \`_publications_v_version_media_kit\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_media_kit_parent_id_idx\` ON \`_publications_v_version_media_kit\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_media_kit_image_idx\` ON \`_publications_v_version_media_kit\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_media_kit_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v_version_media_kit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_publications_v_version_media_kit_locales_locale_parent_id_u\` ON \`_publications_v_version_media_kit_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_media_kit_locales_parent_id_idx\` ON \`_publications_v_version_media_kit_locales\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`region_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`quarter\` text,
  	\`sites_offices\` numeric,
  	\`sites_platforms\` numeric,
  	\`sites_total\` numeric,
  	\`mediators_professional\` numeric,
  	\`mediators_public\` numeric,
  	\`mediators_total\` numeric,
  	\`appeals\` numeric,
  	\`court_referrals\` numeric,
  	\`consultations\` numeric,
  	\`agreements\` numeric,
  	\`pending\` numeric,
  	\`events\` numeric,
  	\`people_reached\` numeric,
  	\`publications\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_key_idx\` ON \`indicators\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`indicators_region_idx\` ON \`indicators\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`source\` text NOT NULL,
  	\`period_note\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_locales_parent_id_idx\` ON \`indicators_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_contacts_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_contacts_contacts_order_idx\` ON \`press_contacts_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_contacts_contacts_parent_id_idx\` ON \`press_contacts_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_contacts_contacts_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_contacts_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_contacts_contacts_locales_locale_parent_id_unique\` ON \`press_contacts_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_contacts_contacts_locales_parent_id_idx\` ON \`press_contacts_contacts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`events\` ADD \`sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`release_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`releaseat_tz\` text DEFAULT 'Asia/Almaty';`)
  await db.run(sql`CREATE INDEX \`publications_release_at_idx\` ON \`publications\` (\`release_at\`);`)
  await db.run(sql`ALTER TABLE \`publications_locales\` ADD \`video_description\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_releaseat_tz\` text DEFAULT 'Asia/Almaty';`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_release_at_idx\` ON \`_publications_v\` (\`version_release_at\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` ADD \`version_video_description\` text;`)
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
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_print_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_print_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_print_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_print_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_print_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_print_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_web_sizes_web_filename_idx\` ON \`media\` (\`sizes_web_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_print_sizes_print_filename_idx\` ON \`media\` (\`sizes_print_filename\`);`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publications_media_kit\`;`)
  await db.run(sql`DROP TABLE \`publications_media_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_media_kit\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_media_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`offices_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_exceptions\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`press_contacts_contacts\`;`)
  await db.run(sql`DROP TABLE \`press_contacts_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`press_contacts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`open_door_days_id\` integer,
  	\`publications_id\` integer,
  	\`offices_id\` integer,
  	\`mediators_id\` integer,
  	\`regions_id\` integer,
  	\`registrations_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`open_door_days_id\`) REFERENCES \`open_door_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offices_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mediators_id\`) REFERENCES \`mediators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "events_id", "open_door_days_id", "publications_id", "offices_id", "mediators_id", "regions_id", "registrations_id", "media_id", "documents_id", "users_id") SELECT "id", "order", "parent_id", "path", "events_id", "open_door_days_id", "publications_id", "offices_id", "mediators_id", "regions_id", "registrations_id", "media_id", "documents_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open_door_days_id_idx\` ON \`payload_locked_documents_rels\` (\`open_door_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`offices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mediators_id_idx\` ON \`payload_locked_documents_rels\` (\`mediators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`publications_release_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`release_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`releaseat_tz\`;`)
  await db.run(sql`DROP INDEX \`_publications_v_version_version_release_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_release_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_releaseat_tz\`;`)
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
  await db.run(sql`DROP INDEX \`media_sizes_web_sizes_web_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_print_sizes_print_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_print_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_print_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_print_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_print_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_print_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_print_filename\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`sequence\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_sequence\`;`)
  await db.run(sql`ALTER TABLE \`publications_locales\` DROP COLUMN \`video_description\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` DROP COLUMN \`version_video_description\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`district\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`accessibility\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` DROP COLUMN \`version_district\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` DROP COLUMN \`version_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}

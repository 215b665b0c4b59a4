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
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_regions_id_idx\` ON \`users_rels\` (\`regions_id\`);`)
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
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_email\` text,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`summary\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_email_idx\` ON \`audit_log\` (\`actor_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`events_review_state_idx\` ON \`events\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_sequence\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_state_idx\` ON \`_events_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`open_door_days\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`open_door_days\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`open_door_days\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`open_door_days_review_state_idx\` ON \`open_door_days\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`open_door_days_submitted_by_idx\` ON \`open_door_days\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_open_door_days_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_open_door_days_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_open_door_days_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version_review_state_idx\` ON \`_open_door_days_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version_submitted_by_idx\` ON \`_open_door_days_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`release_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`releaseat_tz\` text DEFAULT 'Asia/Almaty';`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`publications_release_at_idx\` ON \`publications\` (\`release_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_review_state_idx\` ON \`publications\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`publications_submitted_by_idx\` ON \`publications\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications_locales\` ADD \`video_description\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_releaseat_tz\` text DEFAULT 'Asia/Almaty';`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_release_at_idx\` ON \`_publications_v\` (\`version_release_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_review_state_idx\` ON \`_publications_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_submitted_by_idx\` ON \`_publications_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` ADD \`version_video_description\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`registry_number\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`demo\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`offices\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`offices_registry_number_idx\` ON \`offices\` (\`registry_number\`);`)
  await db.run(sql`CREATE INDEX \`offices_demo_idx\` ON \`offices\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`offices_review_state_idx\` ON \`offices\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`offices_submitted_by_idx\` ON \`offices\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`offices_locales\` ADD \`district\` text;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` ADD \`accessibility\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_registry_number\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_demo\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_registry_number_idx\` ON \`_offices_v\` (\`version_registry_number\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_demo_idx\` ON \`_offices_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_review_state_idx\` ON \`_offices_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_submitted_by_idx\` ON \`_offices_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` ADD \`version_district\` text;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` ADD \`version_accessibility\` text;`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`demo\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`mediators\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`mediators_active_idx\` ON \`mediators\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`mediators_demo_idx\` ON \`mediators\` (\`demo\`);`)
  await db.run(sql`CREATE INDEX \`mediators_review_state_idx\` ON \`mediators\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`mediators_submitted_by_idx\` ON \`mediators\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_demo\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_mediators_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_active_idx\` ON \`_mediators_v\` (\`version_active\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_demo_idx\` ON \`_mediators_v\` (\`version_demo\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_review_state_idx\` ON \`_mediators_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_submitted_by_idx\` ON \`_mediators_v\` (\`version_submitted_by_id\`);`)
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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publications_media_kit\`;`)
  await db.run(sql`DROP TABLE \`publications_media_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_media_kit\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_media_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`offices_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_offices_v_version_exceptions\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`press_contacts_contacts\`;`)
  await db.run(sql`DROP TABLE \`press_contacts_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`press_contacts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'seminar-training',
  	\`format\` text DEFAULT 'offline',
  	\`status\` text DEFAULT 'scheduled',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Almaty',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Almaty',
  	\`cover_id\` integer,
  	\`region_id\` integer,
  	\`venue_office_id\` integer,
  	\`online_url\` text,
  	\`registration_enabled\` integer DEFAULT false,
  	\`registration_capacity\` numeric,
  	\`registration_waiting_list\` integer DEFAULT true,
  	\`registration_opens_at\` text,
  	\`registration_opensat_tz\` text DEFAULT 'Asia/Almaty',
  	\`registration_closes_at\` text,
  	\`registration_closesat_tz\` text DEFAULT 'Asia/Almaty',
  	\`outcomes_participants\` numeric,
  	\`outcomes_certificates_issued\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "kind", "format", "status", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "cover_id", "region_id", "venue_office_id", "online_url", "registration_enabled", "registration_capacity", "registration_waiting_list", "registration_opens_at", "registration_opensat_tz", "registration_closes_at", "registration_closesat_tz", "outcomes_participants", "outcomes_certificates_issued", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "format", "status", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "cover_id", "region_id", "venue_office_id", "online_url", "registration_enabled", "registration_capacity", "registration_waiting_list", "registration_opens_at", "registration_opensat_tz", "registration_closes_at", "registration_closesat_tz", "outcomes_participants", "outcomes_certificates_issued", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`events_region_idx\` ON \`events\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`events_venue_office_idx\` ON \`events\` (\`venue_office_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'seminar-training',
  	\`version_format\` text DEFAULT 'offline',
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Asia/Almaty',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Asia/Almaty',
  	\`version_cover_id\` integer,
  	\`version_region_id\` integer,
  	\`version_venue_office_id\` integer,
  	\`version_online_url\` text,
  	\`version_registration_enabled\` integer DEFAULT false,
  	\`version_registration_capacity\` numeric,
  	\`version_registration_waiting_list\` integer DEFAULT true,
  	\`version_registration_opens_at\` text,
  	\`version_registration_opensat_tz\` text DEFAULT 'Asia/Almaty',
  	\`version_registration_closes_at\` text,
  	\`version_registration_closesat_tz\` text DEFAULT 'Asia/Almaty',
  	\`version_outcomes_participants\` numeric,
  	\`version_outcomes_certificates_issued\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_kind", "version_format", "version_status", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_cover_id", "version_region_id", "version_venue_office_id", "version_online_url", "version_registration_enabled", "version_registration_capacity", "version_registration_waiting_list", "version_registration_opens_at", "version_registration_opensat_tz", "version_registration_closes_at", "version_registration_closesat_tz", "version_outcomes_participants", "version_outcomes_certificates_issued", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_format", "version_status", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_cover_id", "version_region_id", "version_venue_office_id", "version_online_url", "version_registration_enabled", "version_registration_capacity", "version_registration_waiting_list", "version_registration_opens_at", "version_registration_opensat_tz", "version_registration_closes_at", "version_registration_closesat_tz", "version_outcomes_participants", "version_outcomes_certificates_issued", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_region_idx\` ON \`_events_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_venue_office_idx\` ON \`_events_v\` (\`version_venue_office_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_open_door_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`date\` text,
  	\`opens\` text DEFAULT '10:00',
  	\`closes\` text DEFAULT '18:00',
  	\`all_offices\` integer DEFAULT true,
  	\`online_url\` text,
  	\`results_offices\` numeric,
  	\`results_platforms\` numeric,
  	\`results_mediators\` numeric,
  	\`results_appeals\` numeric,
  	\`results_agreements\` numeric,
  	\`results_consultations\` numeric,
  	\`results_pending\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_open_door_days\`("id", "slug", "date", "opens", "closes", "all_offices", "online_url", "results_offices", "results_platforms", "results_mediators", "results_appeals", "results_agreements", "results_consultations", "results_pending", "updated_at", "created_at", "_status") SELECT "id", "slug", "date", "opens", "closes", "all_offices", "online_url", "results_offices", "results_platforms", "results_mediators", "results_appeals", "results_agreements", "results_consultations", "results_pending", "updated_at", "created_at", "_status" FROM \`open_door_days\`;`)
  await db.run(sql`DROP TABLE \`open_door_days\`;`)
  await db.run(sql`ALTER TABLE \`__new_open_door_days\` RENAME TO \`open_door_days\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`open_door_days_slug_idx\` ON \`open_door_days\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`open_door_days_date_idx\` ON \`open_door_days\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`open_door_days_updated_at_idx\` ON \`open_door_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open_door_days_created_at_idx\` ON \`open_door_days\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`open_door_days__status_idx\` ON \`open_door_days\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_date_idx\` ON \`open_door_days\` (\`_status\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`__new__open_door_days_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_opens\` text DEFAULT '10:00',
  	\`version_closes\` text DEFAULT '18:00',
  	\`version_all_offices\` integer DEFAULT true,
  	\`version_online_url\` text,
  	\`version_results_offices\` numeric,
  	\`version_results_platforms\` numeric,
  	\`version_results_mediators\` numeric,
  	\`version_results_appeals\` numeric,
  	\`version_results_agreements\` numeric,
  	\`version_results_consultations\` numeric,
  	\`version_results_pending\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`open_door_days\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__open_door_days_v\`("id", "parent_id", "version_slug", "version_date", "version_opens", "version_closes", "version_all_offices", "version_online_url", "version_results_offices", "version_results_platforms", "version_results_mediators", "version_results_appeals", "version_results_agreements", "version_results_consultations", "version_results_pending", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_date", "version_opens", "version_closes", "version_all_offices", "version_online_url", "version_results_offices", "version_results_platforms", "version_results_mediators", "version_results_appeals", "version_results_agreements", "version_results_consultations", "version_results_pending", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_open_door_days_v\`;`)
  await db.run(sql`DROP TABLE \`_open_door_days_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__open_door_days_v\` RENAME TO \`_open_door_days_v\`;`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_parent_idx\` ON \`_open_door_days_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version_slug_idx\` ON \`_open_door_days_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version_date_idx\` ON \`_open_door_days_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version_updated_at_idx\` ON \`_open_door_days_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version_created_at_idx\` ON \`_open_door_days_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_version_version__status_idx\` ON \`_open_door_days_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_created_at_idx\` ON \`_open_door_days_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_updated_at_idx\` ON \`_open_door_days_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_snapshot_idx\` ON \`_open_door_days_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_published_locale_idx\` ON \`_open_door_days_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_open_door_days_v_latest_idx\` ON \`_open_door_days_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_date_idx\` ON \`_open_door_days_v\` (\`version__status\`,\`version_date\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'news',
  	\`published_on\` text,
  	\`cover_id\` integer,
  	\`video_url\` text,
  	\`region_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "slug", "kind", "published_on", "cover_id", "video_url", "region_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "published_on", "cover_id", "video_url", "region_id", "updated_at", "created_at", "_status" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publications_published_on_idx\` ON \`publications\` (\`published_on\`);`)
  await db.run(sql`CREATE INDEX \`publications_cover_idx\` ON \`publications\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_region_idx\` ON \`publications\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedOn_idx\` ON \`publications\` (\`_status\`,\`published_on\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'news',
  	\`version_published_on\` text,
  	\`version_cover_id\` integer,
  	\`version_video_url\` text,
  	\`version_region_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_slug", "version_kind", "version_published_on", "version_cover_id", "version_video_url", "version_region_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_published_on", "version_cover_id", "version_video_url", "version_region_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_published_on_idx\` ON \`_publications_v\` (\`version_published_on\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_idx\` ON \`_publications_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_region_idx\` ON \`_publications_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedOn_idx\` ON \`_publications_v\` (\`version__status\`,\`version_published_on\`);`)
  await db.run(sql`CREATE TABLE \`__new_offices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'house-of-friendship',
  	\`platform_type\` text,
  	\`region_id\` integer,
  	\`lat\` numeric,
  	\`lng\` numeric,
  	\`phone\` text,
  	\`email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_offices\`("id", "slug", "kind", "platform_type", "region_id", "lat", "lng", "phone", "email", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "platform_type", "region_id", "lat", "lng", "phone", "email", "updated_at", "created_at", "_status" FROM \`offices\`;`)
  await db.run(sql`DROP TABLE \`offices\`;`)
  await db.run(sql`ALTER TABLE \`__new_offices\` RENAME TO \`offices\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`offices_slug_idx\` ON \`offices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offices_region_idx\` ON \`offices\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`offices_updated_at_idx\` ON \`offices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offices_created_at_idx\` ON \`offices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offices__status_idx\` ON \`offices\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_slug_idx\` ON \`offices\` (\`_status\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`__new__offices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'house-of-friendship',
  	\`version_platform_type\` text,
  	\`version_region_id\` integer,
  	\`version_lat\` numeric,
  	\`version_lng\` numeric,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__offices_v\`("id", "parent_id", "version_slug", "version_kind", "version_platform_type", "version_region_id", "version_lat", "version_lng", "version_phone", "version_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_platform_type", "version_region_id", "version_lat", "version_lng", "version_phone", "version_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_offices_v\`;`)
  await db.run(sql`DROP TABLE \`_offices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__offices_v\` RENAME TO \`_offices_v\`;`)
  await db.run(sql`CREATE INDEX \`_offices_v_parent_idx\` ON \`_offices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_slug_idx\` ON \`_offices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_region_idx\` ON \`_offices_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_updated_at_idx\` ON \`_offices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version_created_at_idx\` ON \`_offices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_version_version__status_idx\` ON \`_offices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_created_at_idx\` ON \`_offices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_updated_at_idx\` ON \`_offices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_snapshot_idx\` ON \`_offices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_published_locale_idx\` ON \`_offices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_offices_v_latest_idx\` ON \`_offices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_slug_idx\` ON \`_offices_v\` (\`version__status\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`__new_mediators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`registry_number\` text,
  	\`region_id\` integer,
  	\`photo_id\` integer,
  	\`publish_contacts\` integer DEFAULT false,
  	\`phone\` text,
  	\`email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mediators\`("id", "slug", "kind", "registry_number", "region_id", "photo_id", "publish_contacts", "phone", "email", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "registry_number", "region_id", "photo_id", "publish_contacts", "phone", "email", "updated_at", "created_at", "_status" FROM \`mediators\`;`)
  await db.run(sql`DROP TABLE \`mediators\`;`)
  await db.run(sql`ALTER TABLE \`__new_mediators\` RENAME TO \`mediators\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mediators_slug_idx\` ON \`mediators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mediators_registry_number_idx\` ON \`mediators\` (\`registry_number\`);`)
  await db.run(sql`CREATE INDEX \`mediators_region_idx\` ON \`mediators\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`mediators_photo_idx\` ON \`mediators\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`mediators_updated_at_idx\` ON \`mediators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mediators_created_at_idx\` ON \`mediators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`mediators__status_idx\` ON \`mediators\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_slug_1_idx\` ON \`mediators\` (\`_status\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`__new__mediators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_registry_number\` text,
  	\`version_region_id\` integer,
  	\`version_photo_id\` integer,
  	\`version_publish_contacts\` integer DEFAULT false,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mediators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__mediators_v\`("id", "parent_id", "version_slug", "version_kind", "version_registry_number", "version_region_id", "version_photo_id", "version_publish_contacts", "version_phone", "version_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_registry_number", "version_region_id", "version_photo_id", "version_publish_contacts", "version_phone", "version_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_mediators_v\`;`)
  await db.run(sql`DROP TABLE \`_mediators_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__mediators_v\` RENAME TO \`_mediators_v\`;`)
  await db.run(sql`CREATE INDEX \`_mediators_v_parent_idx\` ON \`_mediators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_slug_idx\` ON \`_mediators_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_registry_number_idx\` ON \`_mediators_v\` (\`version_registry_number\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_region_idx\` ON \`_mediators_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_photo_idx\` ON \`_mediators_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_updated_at_idx\` ON \`_mediators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version_created_at_idx\` ON \`_mediators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_version_version__status_idx\` ON \`_mediators_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_created_at_idx\` ON \`_mediators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_updated_at_idx\` ON \`_mediators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_snapshot_idx\` ON \`_mediators_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_published_locale_idx\` ON \`_mediators_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mediators_v_latest_idx\` ON \`_mediators_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_slug_1_idx\` ON \`_mediators_v\` (\`version__status\`,\`version_slug\`);`)
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
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`publications_locales\` DROP COLUMN \`video_description\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` DROP COLUMN \`version_video_description\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`district\`;`)
  await db.run(sql`ALTER TABLE \`offices_locales\` DROP COLUMN \`accessibility\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` DROP COLUMN \`version_district\`;`)
  await db.run(sql`ALTER TABLE \`_offices_v_locales\` DROP COLUMN \`version_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}

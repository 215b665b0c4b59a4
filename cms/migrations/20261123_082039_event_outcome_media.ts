import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_media_id_idx\` ON \`events_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_media_id_idx\` ON \`_events_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`outcomes_consultations\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`outcomes_agreements\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`outcomes_report_id\` integer REFERENCES documents(id);`)
  await db.run(sql`CREATE INDEX \`events_outcomes_outcomes_report_idx\` ON \`events\` (\`outcomes_report_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_outcomes_consultations\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_outcomes_agreements\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_outcomes_report_id\` integer REFERENCES documents(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_outcomes_version_outcomes_report_idx\` ON \`_events_v\` (\`version_outcomes_report_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
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
  	\`sequence\` numeric DEFAULT 0,
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
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`submitted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "kind", "format", "status", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "sequence", "cover_id", "region_id", "venue_office_id", "online_url", "registration_enabled", "registration_capacity", "registration_waiting_list", "registration_opens_at", "registration_opensat_tz", "registration_closes_at", "registration_closesat_tz", "outcomes_participants", "outcomes_certificates_issued", "review_state", "review_comment", "submitted_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "format", "status", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "sequence", "cover_id", "region_id", "venue_office_id", "online_url", "registration_enabled", "registration_capacity", "registration_waiting_list", "registration_opens_at", "registration_opensat_tz", "registration_closes_at", "registration_closesat_tz", "outcomes_participants", "outcomes_certificates_issued", "review_state", "review_comment", "submitted_by_id", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`events_region_idx\` ON \`events\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`events_venue_office_idx\` ON \`events\` (\`venue_office_id\`);`)
  await db.run(sql`CREATE INDEX \`events_review_state_idx\` ON \`events\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
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
  	\`version_sequence\` numeric DEFAULT 0,
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
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_submitted_by_id\` integer,
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
  	FOREIGN KEY (\`version_venue_office_id\`) REFERENCES \`offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_kind", "version_format", "version_status", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_sequence", "version_cover_id", "version_region_id", "version_venue_office_id", "version_online_url", "version_registration_enabled", "version_registration_capacity", "version_registration_waiting_list", "version_registration_opens_at", "version_registration_opensat_tz", "version_registration_closes_at", "version_registration_closesat_tz", "version_outcomes_participants", "version_outcomes_certificates_issued", "version_review_state", "version_review_comment", "version_submitted_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_format", "version_status", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_sequence", "version_cover_id", "version_region_id", "version_venue_office_id", "version_online_url", "version_registration_enabled", "version_registration_capacity", "version_registration_waiting_list", "version_registration_opens_at", "version_registration_opensat_tz", "version_registration_closes_at", "version_registration_closesat_tz", "version_outcomes_participants", "version_outcomes_certificates_issued", "version_review_state", "version_review_comment", "version_submitted_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_region_idx\` ON \`_events_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_venue_office_idx\` ON \`_events_v\` (\`version_venue_office_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_state_idx\` ON \`_events_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`)
}

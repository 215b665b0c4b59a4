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
  await db.run(sql`ALTER TABLE \`publications\` ADD \`release_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`releaseat_tz\` text DEFAULT 'Asia/Almaty';`)
  await db.run(sql`CREATE INDEX \`publications_release_at_idx\` ON \`publications\` (\`release_at\`);`)
  await db.run(sql`ALTER TABLE \`publications_locales\` ADD \`video_description\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_release_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_releaseat_tz\` text DEFAULT 'Asia/Almaty';`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_release_at_idx\` ON \`_publications_v\` (\`version_release_at\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` ADD \`version_video_description\` text;`)
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publications_media_kit\`;`)
  await db.run(sql`DROP TABLE \`publications_media_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_media_kit\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_media_kit_locales\`;`)
  await db.run(sql`DROP TABLE \`press_contacts_contacts\`;`)
  await db.run(sql`DROP TABLE \`press_contacts_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`press_contacts\`;`)
  await db.run(sql`DROP INDEX \`publications_release_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`release_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`releaseat_tz\`;`)
  await db.run(sql`DROP INDEX \`_publications_v_version_version_release_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_release_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_releaseat_tz\`;`)
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
  await db.run(sql`ALTER TABLE \`publications_locales\` DROP COLUMN \`video_description\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` DROP COLUMN \`version_video_description\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`caption\`;`)
}

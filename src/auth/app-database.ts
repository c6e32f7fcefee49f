import * as fs from 'node:fs';
import * as path from 'node:path';
import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';

/** Injection token of the server's own SQLite database (`app.db`): users, sessions, audit log. Not the engine's state. */
export const APP_DB = Symbol('APP_DB');
export type AppDb = Database.Database;

export function openAppDb(dataDir: string): AppDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'app.db'));
  db.pragma('journal_mode = WAL');
  // Sessions and audit entries must survive a crash once the request returned.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

@Global()
@Module({})
export class AppDatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {}

  static forRoot(dataDir: string): DynamicModule {
    return { module: AppDatabaseModule, providers: [{ provide: APP_DB, useFactory: () => openAppDb(dataDir) }], exports: [APP_DB] };
  }

  onApplicationShutdown(): void {
    if (this.db.open) this.db.close();
  }
}

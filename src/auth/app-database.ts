import * as fs from 'node:fs';
import * as path from 'node:path';
import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { Checkpointer, startCheckpointer } from '../../engine/store/checkpointer';
import { AppDbDurability } from './app-db-durability';

/** Injection token of the server's own SQLite database (`app.db`): users, sessions, audit log. Not the engine's state. */
export const APP_DB = Symbol('APP_DB');
export type AppDb = Database.Database;

export function openAppDb(dataDir: string): AppDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'app.db'));
  db.pragma('journal_mode = WAL');
  // Sessions and audit entries must survive a crash once the request returned: commits write the WAL without an
  // fsync, and AppDbDurability flushes it on the thread pool before any answer goes out (app-db-durability.ts).
  db.pragma('synchronous = NORMAL');
  // Checkpoints run in a worker thread (engine/store/checkpointer.ts); the automatic one, inside a commit on the
  // event loop with two fsyncs, is only the backstop.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  return db;
}

/** app.db with what keeps its writes off the event loop: the WAL flush before answers and the checkpointer. */
interface OpenedAppDb {
  db: AppDb;
  durability: AppDbDurability;
  checkpointer: Checkpointer;
}
const OPENED_APP_DB = Symbol('OPENED_APP_DB');

function openServerAppDb(dataDir: string): OpenedAppDb {
  const db = openAppDb(dataDir);
  const file = path.join(dataDir, 'app.db');
  return { db, durability: new AppDbDurability(db, `${file}-wal`), checkpointer: startCheckpointer(file) };
}

@Global()
@Module({})
export class AppDatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(OPENED_APP_DB) private readonly opened: OpenedAppDb) {}

  static forRoot(dataDir: string): DynamicModule {
    return {
      module: AppDatabaseModule,
      providers: [
        { provide: OPENED_APP_DB, useFactory: () => openServerAppDb(dataDir) },
        { provide: APP_DB, inject: [OPENED_APP_DB], useFactory: (o: OpenedAppDb) => o.db },
        { provide: AppDbDurability, inject: [OPENED_APP_DB], useFactory: (o: OpenedAppDb) => o.durability },
      ],
      exports: [APP_DB, AppDbDurability],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    // The checkpointer's connection first: the last connection to close checkpoints and removes the WAL.
    await this.opened.checkpointer.close();
    this.opened.durability.close();
    if (this.opened.db.open) this.opened.db.close();
  }
}

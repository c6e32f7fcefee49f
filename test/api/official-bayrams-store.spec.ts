import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverModule } from './support/api-server';

type StoreModule = typeof import('../../src/calendar/official-bayrams.store');
type DbModule = typeof import('../../src/auth/app-database');
type Law = typeof import('../../law/calendar');

describe('official bayram records survive a restart (app.db)', () => {
  it('a date recorded before a restart is in force after it, and the table refuses edits', () => {
    const { OfficialBayramsStore } = serverModule<StoreModule>('src/calendar/official-bayrams.store.ts');
    const { openAppDb } = serverModule<DbModule>('src/auth/app-database.ts');
    const law = serverModule<Law>('law/calendar/index.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bayrams-'));
    try {
      // given a record made by a first server
      const db1 = openAppDb(dir);
      const store1 = new OfficialBayramsStore(db1);
      const computed = law.bayramsInYear(2035).find((b) => b.group === 'kurban')!;
      const announced = law.addDays(computed.firstDay, 1);
      const { after } = law.recordOfficialBayram({ group: 'kurban', firstDay: announced, reference: 'RG synthetic 2035/7', recordedBy: 'demo.manager', recordedAt: '2034-12-01T09:00:00.000Z' });
      store1.append({ ...after, firstDay: announced, reference: 'RG synthetic 2035/7', recordedBy: 'demo.manager', recordedAt: '2034-12-01T09:00:00.000Z' });
      expect(() => db1.prepare('DELETE FROM official_bayram_records').run()).toThrow(/append-only/);
      db1.close();
      law.clearOfficialOverrides();
      expect(law.bayramsInYear(2035).find((b) => b.group === 'kurban')).toMatchObject({ firstDay: computed.firstDay, status: 'provisional' });

      // when a new server opens the same database
      const db2 = openAppDb(dir);
      new OfficialBayramsStore(db2);

      // then the recorded date is official again, with who and the reference
      const kurban = law.bayramsInYear(2035).find((b) => b.group === 'kurban')!;
      expect(kurban).toMatchObject({ firstDay: announced, status: 'official' });
      expect(kurban.source).toContain('demo.manager');
      expect(kurban.source).toContain('RG synthetic 2035/7');
      db2.close();
    } finally {
      law.clearOfficialOverrides();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

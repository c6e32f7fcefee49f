/** The server modules for browser tests, loaded through Node's own loader (see test/support/native-loader.ts). */
import { serverModule } from '../../support/native-loader';

type ServerModule = typeof import('../../../src/server');
type ConfigModule = typeof import('../../../src/config/app-config');

export function loadServer(): { startServer: ServerModule['startServer']; loadConfig: ConfigModule['loadConfig'] } {
  const { startServer } = serverModule<ServerModule>('src/server.ts');
  const { loadConfig } = serverModule<ConfigModule>('src/config/app-config.ts');
  return { startServer, loadConfig };
}

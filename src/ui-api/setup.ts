import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CamundaClientProvider } from '../runtime/camunda-client';
import { SESSION_COOKIE } from '../auth/cookies';
import { UI_API_MODULES } from './ui-api.module';

/**
 * Wiring that needs the application object: the OpenAPI document at /api/docs (JSON at /api/docs-json),
 * and, once listening, the server's own URL for the runtime client in embedded mode.
 */
export function setupUiApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('yukk-flow UI API')
    .setDescription('API of the web UI (modeler, task list, monitor). Errors are RFC 9457 problem details. See docs/ui-api.md.')
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config, { include: UI_API_MODULES }), { jsonDocumentUrl: 'api/docs-json' });
}

/** Optional: tell the runtime client this server's URL (otherwise it reads the listening socket on first use). */
export function announceServerUrl(app: INestApplication, url: string): void {
  app.get(CamundaClientProvider).useSelfUrl(url);
}

import { Global, Module } from '@nestjs/common';
import { UsersStore } from '../users/users.store';
import { AccessGuard } from './access.guard';
import { AUTH_SETTINGS, loadAuthSettings } from './auth-settings';
import { AuthController } from './auth.controller';
import { AuthClock } from './clock';
import { LoginThrottle } from './login-throttle';
import { SessionService } from './session.service';
import { SessionStore } from './session.store';

/** Sign-in, sessions and the access guard every /api controller uses. */
@Global()
@Module({
  providers: [{ provide: AUTH_SETTINGS, useFactory: () => loadAuthSettings() }, AuthClock, UsersStore, SessionStore, SessionService, AccessGuard, LoginThrottle],
  controllers: [AuthController],
  exports: [AUTH_SETTINGS, AuthClock, UsersStore, SessionService, AccessGuard],
})
export class AuthModule {}

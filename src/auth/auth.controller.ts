import { Body, Get, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { CurrentUser } from './access.guard';
import { LoginThrottle } from './login-throttle';
import { IsAcceptablePassword } from './password-rule';
import { AUTH_SETTINGS, AuthSettings } from './auth-settings';
import { clearedSessionCookie, sessionCookie } from './cookies';
import { Principal, Public, ROLES, Roles } from './roles';
import { SessionService } from './session.service';

export class LoginDto {
  @ApiProperty({ example: 'demo.officer' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'demo-password-1' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ minLength: 10, description: 'At least 10 characters; not a common, repeated or sequential password' })
  @IsString()
  @MaxLength(256)
  @IsAcceptablePassword()
  newPassword!: string;
}

export class MeDto {
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ type: [String] }) groups!: string[];
  @ApiProperty({ description: 'ISO instant; earlier of idle and absolute timeout' }) expiresAt!: string;
}

const me = (p: Principal): MeDto => ({ username: p.username, displayName: p.displayName, roles: p.roles, groups: p.groups, expiresAt: new Date(p.expiresAt).toISOString() });

@ApiController('auth', 'auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Ip() client: string, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const wait = this.throttle.retryAfterMs(client, body.username);
    if (wait > 0) {
      this.audit.record({ username: body.username, action: 'auth.login', resourceType: 'session', outcome: 'denied', detail: 'throttled' });
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      throw problem(429, 'Too many failed sign-ins; try again later');
    }
    const result = await this.sessions.login(body.username, body.password);
    // The attempted name is recorded (it identifies the account, not an applicant); the password never is.
    this.audit.record({ username: body.username, action: 'auth.login', resourceType: 'session', outcome: result ? 'success' : 'failure' });
    if (!result) {
      this.throttle.failed(client, body.username);
      throw problem(401, 'Wrong user name or password');
    }
    this.throttle.succeeded(client, body.username);
    res.setHeader('Set-Cookie', sessionCookie(result.token, this.settings.absoluteTimeoutMs / 1000, this.settings.cookieSecure));
    return me(result.principal);
  }

  @Post('logout')
  @Roles(...ROLES)
  @HttpCode(204)
  logout(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response): void {
    this.sessions.logout(user.sessionId);
    this.audit.record({ username: user.username, action: 'auth.logout', resourceType: 'session', outcome: 'success' });
    res.setHeader('Set-Cookie', clearedSessionCookie(this.settings.cookieSecure));
  }

  @Post('password')
  @Roles(...ROLES)
  @HttpCode(204)
  async changePassword(@CurrentUser() user: Principal, @Body() body: ChangePasswordDto, @Ip() client: string): Promise<void> {
    // Same pause as sign-in: a borrowed session must not become a password-guessing oracle.
    if (this.throttle.retryAfterMs(client, user.username) > 0) throw problem(429, 'Too many failed attempts; try again later');
    const changed = await this.sessions.changePassword(user, body.currentPassword, body.newPassword);
    this.audit.record({ username: user.username, action: 'auth.passwordChange', resourceType: 'user', resourceKey: user.username, outcome: changed ? 'success' : 'failure' });
    if (!changed) {
      this.throttle.failed(client, user.username);
      throw problem(403, 'Current password is wrong');
    }
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: Principal): MeDto {
    return me(user);
  }
}

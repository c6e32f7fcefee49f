import { Body, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { CreateUserDto, UpdateUserDto, UserDto, UserListDto } from './users.dto';
import { UsersService } from './users.service';

@ApiController('users', 'users')
@Roles('manager')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserListDto })
  list(): UserListDto {
    return { items: this.users.list() };
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentUser() me: Principal, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.audit.around({ username: me.username, action: 'user.create', resourceType: 'user', resourceKey: body.username, detail: `roles: ${body.roles.join(', ')}` }, () => this.users.create(body));
  }

  @Patch(':username')
  @ApiOkResponse({ type: UserDto })
  update(@CurrentUser() me: Principal, @Param('username') username: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    // A manager cannot lock themselves out (deactivate or drop their own manager role).
    if (username === me.username && (body.active === false || (body.roles && !body.roles.includes('manager')))) {
      throw problem(409, 'You cannot deactivate yourself or remove your own manager role');
    }
    const changed = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
    return this.audit.around({ username: me.username, action: 'user.update', resourceType: 'user', resourceKey: username, detail: `fields: ${changed.join(', ')}` }, () => this.users.update(username, body));
  }
}

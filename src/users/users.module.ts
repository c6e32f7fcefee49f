import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** User administration (managers) and the seeding of the first admin and demo users. */
@Module({ providers: [UsersService], controllers: [UsersController] })
export class UsersModule {}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../auth/password-rule';
import { Role, ROLES } from '../auth/roles';

const GROUP = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'ayse.officer', pattern: '^[a-z0-9][a-z0-9._-]{2,63}$' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'username must be 3-64 of a-z 0-9 . _ -' })
  username!: string;

  @ApiProperty({ example: 'Ayşe Yılmaz' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ minLength: 10, description: 'At least 10 characters; not a common, repeated or sequential password, not the user name' })
  @IsString()
  @MaxLength(256)
  @IsAcceptablePassword()
  password!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiProperty({ type: [String], example: ['officers'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(GROUP, { each: true, message: 'each group must be 1-64 of a-z 0-9 . _ -' })
  groups!: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) displayName?: string;
  @ApiPropertyOptional({ minLength: 10 }) @IsOptional() @IsString() @MaxLength(256) @IsAcceptablePassword() password?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(GROUP, { each: true, message: 'each group must be 1-64 of a-z 0-9 . _ -' })
  groups?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class UserDto {
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String] }) groups!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
}

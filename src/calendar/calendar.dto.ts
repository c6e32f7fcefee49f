import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class BayramQueryDto {
  @ApiProperty({ minimum: 2014, maximum: 2200 }) @Type(() => Number) @IsInt() @Min(2014) @Max(2200) year!: number;
}

export class BayramDto {
  @ApiProperty({ enum: ['ramazan', 'kurban'] }) group!: 'ramazan' | 'kurban';
  @ApiProperty() hijriYear!: number;
  @ApiProperty({ description: 'first full day (YYYY-MM-DD)' }) firstDay!: string;
  @ApiProperty({ description: 'eve, a half day' }) arife!: string;
  @ApiProperty() lastDay!: string;
  @ApiProperty({ enum: ['official', 'provisional'] }) status!: 'official' | 'provisional';
  @ApiProperty() source!: string;
  @ApiProperty() nameTr!: string;
  @ApiProperty() nameEn!: string;
}

export class BayramListDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [BayramDto] }) items!: BayramDto[];
}

export class RecordOfficialBayramDto {
  @ApiProperty({ enum: ['ramazan', 'kurban'] }) @IsIn(['ramazan', 'kurban']) group!: 'ramazan' | 'kurban';
  @ApiProperty({ description: 'first full day of the bayram as announced (YYYY-MM-DD)', example: '2030-02-05' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'firstDay must be a date YYYY-MM-DD' })
  firstDay!: string;
  @ApiProperty({ description: 'Official Gazette (Resmî Gazete) date and number, or the announcement it rests on', example: 'RG 12.01.2030/34567' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  gazetteReference!: string;
}

export class RecomputedDeadlineDto {
  @ApiProperty() processInstanceKey!: string;
  @ApiProperty() variable!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'still depends on another provisional bayram' }) provisional!: boolean;
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'timers moved (element ids); null when the runtime cannot move timers (Camunda 8)' })
  timersMoved!: string[] | null;
}

export class RecordedBayramDto {
  @ApiProperty({ type: BayramDto }) before!: BayramDto;
  @ApiProperty({ type: BayramDto }) after!: BayramDto;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ type: [RecomputedDeadlineDto] }) recomputed!: RecomputedDeadlineDto[];
}

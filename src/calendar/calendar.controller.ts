import { Body, Get, Post, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { BayramNotFoundError, bayramsInYear, InvalidDateError, recordOfficialBayram } from '../../law/calendar';
import { AuditService } from '../audit/audit.service';
import { AuthClock } from '../auth/clock';
import { CurrentUser } from '../auth/access.guard';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';
import { BayramListDto, BayramQueryDto, RecordedBayramDto, RecordOfficialBayramDto } from './calendar.dto';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { OfficialBayramsStore } from './official-bayrams.store';

/** The legal calendar's bayram dates: read by everyone signed in; official dates recorded by a manager. */
@ApiController('calendar', 'calendar')
export class CalendarController {
  constructor(
    private readonly store: OfficialBayramsStore,
    private readonly recompute: DeadlineRecomputeService,
    private readonly audit: AuditService,
    private readonly clock: AuthClock,
  ) {}

  @Get('bayrams')
  @Roles('analyst', 'officer', 'manager')
  @ApiOkResponse({ type: BayramListDto })
  list(@Query() q: BayramQueryDto): BayramListDto {
    return { year: q.year, items: bayramsInYear(q.year) };
  }

  /**
   * Records the official first day of a bayram (from the Official Gazette / the Presidency of Religious Affairs),
   * replacing the provisional date; open deadlines computed on the provisional date are recomputed and their timers moved.
   */
  @Post('bayrams/official')
  @Roles('manager')
  @ApiOkResponse({ type: RecordedBayramDto })
  record(@CurrentUser() me: Principal, @Body() body: RecordOfficialBayramDto): Promise<RecordedBayramDto> {
    return this.audit.around(
      { username: me.username, action: 'calendar.bayram.record', resourceType: 'bayram', resourceKey: `${body.group}:${body.firstDay}`, detail: `reference: ${body.gazetteReference}` },
      async () => {
        const recordedAt = new Date(this.clock.now()).toISOString();
        let result;
        try {
          result = recordOfficialBayram({ group: body.group, firstDay: body.firstDay, reference: body.gazetteReference, recordedBy: me.username, recordedAt });
        } catch (err) {
          if (err instanceof BayramNotFoundError || err instanceof InvalidDateError) throw problem(400, err.message, { errors: [{ property: 'firstDay', messages: [err.message] }] });
          if ((err as Error).name === 'HolidayDataMissingError') throw problem(400, (err as Error).message, { errors: [{ property: 'firstDay', messages: [(err as Error).message] }] });
          throw err;
        }
        this.store.append({ hijriYear: result.after.hijriYear, group: body.group, firstDay: body.firstDay, reference: body.gazetteReference, recordedBy: me.username, recordedAt });
        const recomputed = await this.recompute.recomputeProvisional(me.username);
        return { before: result.before, after: result.after, recordedBy: me.username, recordedAt, recomputed };
      },
      (r) => ({ detail: `${r.after.hijriYear} ${r.after.group}: ${r.before.firstDay} (${r.before.status}) → ${r.after.firstDay}; reference: ${body.gazetteReference}; deadlines recomputed: ${r.recomputed.length}` }),
    );
  }
}

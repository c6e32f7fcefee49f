import { canSeeTask } from './task-access';

const officer = { username: 'ayse', displayName: 'A', roles: ['officer' as const], groups: ['officers'], sessionId: 's', expiresAt: 0 };

describe('task visibility', () => {
  it('shows own-group, candidate-user and own tasks', () => {
    expect(canSeeTask(officer, { candidateGroups: ['officers'] })).toBe(true);
    expect(canSeeTask(officer, { candidateUsers: ['ayse'] })).toBe(true);
    expect(canSeeTask(officer, { assignee: 'ayse', candidateGroups: ['supervisors'] })).toBe(true);
  });

  it('hides another group’s task, and a task with no candidates (deny by default)', () => {
    expect(canSeeTask(officer, { candidateGroups: ['supervisors'] })).toBe(false);
    expect(canSeeTask(officer, { candidateGroups: ['supervisors'], assignee: 'mehmet' })).toBe(false);
    expect(canSeeTask(officer, {})).toBe(false);
  });
});

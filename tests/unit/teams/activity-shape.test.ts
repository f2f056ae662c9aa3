import { checkActivity, checkedBySchema } from '../../../src/teams/activity-shape';
import { hostileActivities } from '../../adversarial/support/hostile-activities';

/** What Teams sends for a message in a personal chat, as the HTTP body is parsed. */
const TEAMS_MESSAGE = {
  type: 'message', id: '1715245200000', timestamp: '2022-05-09T08:00:00.000Z', localTimestamp: '2022-05-09T09:00:00.000+01:00', channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/uk/', from: { id: '29:1abc', name: 'Alex Wilber', aadObjectId: 'aad-alex' },
  conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: 'a:1xyz' }, recipient: { id: '28:bot', name: 'Chaser' },
  textFormat: 'plain', locale: 'en-GB', text: 'what is overdue?', entities: [{ locale: 'en-GB', country: 'GB', platform: 'Web', type: 'clientInfo' }],
  channelData: { tenant: { id: 'tenant-1' } },
};

describe('checking an inbound activity', () => {
  it('when Teams sends an ordinary message, then it passes as it came (no copy is built)', () => {
    const body = structuredClone(TEAMS_MESSAGE);
    const check = checkActivity(body);
    expect(check).toEqual({ ok: true, activity: TEAMS_MESSAGE });
    expect(check.ok && check.activity).toBe(body);
  });

  it('when any activity is checked, then the answer is the schema\'s own: the same verdict, the same sentence, the same activity', () => {
    const bodies = [
      TEAMS_MESSAGE,
      { ...TEAMS_MESSAGE, __proto__: null },
      JSON.parse('{"type":"message","from":{"id":"a","__proto__":{"x":1}},"conversation":{"id":"c"}}') as unknown,
      ...hostileActivities(7, 3000, { id: 'user-1', aadObjectId: 'aad-1', name: 'Admin' }, 'https://smba.trafficmanager.net/uk/').map((c) => c.body),
    ].map((b) => (b === undefined ? b : JSON.parse(JSON.stringify(b)) as unknown));
    let passedPlainly = 0;
    for (const body of bodies) {
      const check = checkActivity(body);
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        expect(check.ok).toBe(false);
        continue;
      }
      expect(check).toEqual(checkedBySchema(body));
      if (check.ok && check.activity === body) passedPlainly++;
    }
    expect(passedPlainly).toBeGreaterThan(100);
  });
});

import { ConfigError, loadConfig } from '../../src/config';

describe('the meeting cycle settings', () => {
  it('when nothing is set, then papers are due 7 days before a meeting and the pack goes 10 business days before', () => {
    const config = loadConfig({}, '/srv/chaser');
    expect(config.paperDeadlineDays).toBe(7);
    expect(config.packBusinessDays).toBe(10);
  });

  it('when they are set, then the whole numbers given are used (0 allowed: due on the day)', () => {
    const config = loadConfig({ CHASER_PAPER_DEADLINE_DAYS: '0', CHASER_PACK_BUSINESS_DAYS: '15' }, '/srv/chaser');
    expect(config.paperDeadlineDays).toBe(0);
    expect(config.packBusinessDays).toBe(15);
  });

  it.each(['seven', '-1', '2.5', '1000'])('when a count is %j, then Chaser refuses to start and names the setting', (value) => {
    expect(() => loadConfig({ CHASER_PAPER_DEADLINE_DAYS: value }, '/srv/chaser')).toThrow(ConfigError);
    expect(() => loadConfig({ CHASER_PACK_BUSINESS_DAYS: value }, '/srv/chaser')).toThrow(/CHASER_PACK_BUSINESS_DAYS: expected a whole number/);
  });
});

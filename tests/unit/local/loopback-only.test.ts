import { spawnSync } from 'child_process';
import { LOOPBACK_PRELOAD } from '../../../src/local/playground';

/** Runs `script` in a node process with the preload; what it printed. */
function withPreload(script: string): { stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--require', LOOPBACK_PRELOAD, '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return { stdout: run.stdout, stderr: run.stderr };
}

const SERVERS = `
const net = require('net'); const http = require('http');
const servers = [
  http.createServer().listen(0),
  net.createServer().listen(0, () => {}),
  net.createServer().listen({ port: 0, host: '0.0.0.0' }),
  net.createServer().listen({ port: 0 }),
  net.createServer().listen(0, '::'),
  net.createServer().listen(0, 'localhost', 511),
  net.createServer().listen(0, '::1'),
  net.createServer().listen(),
];
setTimeout(() => { console.log(JSON.stringify(servers.map((s) => s.address().address))); servers.forEach((s) => s.close()); }, 300);
`;

describe('the loopback preload the Playground starts with', () => {
  it('when a server listens on all interfaces, any host or none, in any of listen\'s forms, then it listens on loopback only', () => {
    const { stdout } = withPreload(SERVERS);
    expect(JSON.parse(stdout)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1', '::1', '127.0.0.1']);
  });

  it('when a server starts listening, then the port it really got is reported on stderr', () => {
    const { stdout, stderr } = withPreload("const s = require('net').createServer().listen(0, () => { console.log(s.address().port); s.close(); })");
    expect(stderr).toContain(`[chaser-loopback] listening 127.0.0.1:${Number(stdout.trim())}\n`);
  });

});

'use strict';
/**
 * Preloaded (`node --require`) into the Microsoft 365 Agents Playground, whose version 0.2.28 has no host
 * option and listens on every interface: anyone who could reach its port would act as the demo's
 * secretariat user. Every TCP server the process opens listens on 127.0.0.1 instead (a loopback host it
 * was given, 127.0.0.1 or ::1, is kept); sockets by path or handle are left alone. Each server reports the
 * address it really got on stderr as `[chaser-loopback] listening 127.0.0.1:56150`, so Chaser can print
 * the port the Playground moved to when the one asked for was taken.
 */
const net = require('net');

const LOOPBACK = '127.0.0.1';
const isLoopback = (host) => host === '127.0.0.1' || host === '::1';
const hostFor = (host) => (typeof host === 'string' && isLoopback(host) ? host : LOOPBACK);

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (first !== null && typeof first === 'object' && !('_handle' in first) && first.fd === undefined && first.path === undefined) {
    args[0] = { ...first, host: hostFor(first.host) };
  } else if (first === undefined || typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (args.length === 0) args.push(0);
    if (typeof args[1] === 'string') args[1] = hostFor(args[1]);
    else args.splice(1, 0, LOOPBACK);
  }
  this.once('listening', () => {
    const address = this.address();
    if (address && typeof address === 'object') process.stderr.write(`\n[chaser-loopback] listening ${address.address}:${address.port}\n`);
  });
  return listen.apply(this, args);
};

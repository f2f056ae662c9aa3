import { readFileSync } from 'fs';
import { readText } from './src/import/read-text';
for (const f of ['000_4561a00592620dcc.txt','001_a2cc2d4e128e9f95.txt','002_46c134ba1d047733.txt','003_545be05e818f38bf.txt','004_498ffe9d3da1726d.txt']) {
  const r = readText(f, readFileSync('/work/shared/seeds/' + f, 'utf8'));
  console.log('=====', f, r.board, r.meetingDate, r.drafts.length);
  for (const d of r.drafts) console.log(JSON.stringify(d).slice(0, 300));
  for (const s of r.suggestions) console.log('SUG', JSON.stringify(s));
  for (const p of r.problems) console.log('PROB', p.message);
}

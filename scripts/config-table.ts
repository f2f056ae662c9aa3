/**
 * Prints the README's Configuration table from src/config.ts (`npx tsx scripts/config-table.ts`),
 * or writes .env.example (`--env-example`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { configTableMarkdown, envExampleText } from '../src/config-table';

if (process.argv.includes('--env-example')) fs.writeFileSync(path.join(__dirname, '..', '.env.example'), envExampleText());
else process.stdout.write(`${configTableMarkdown()}\n`);

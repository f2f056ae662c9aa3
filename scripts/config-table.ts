/** Prints the README's Configuration table from src/config.ts (`npx tsx scripts/config-table.ts`). */
import { configTableMarkdown } from '../src/config-table';

process.stdout.write(`${configTableMarkdown()}\n`);

/**
 * HTML gate: every built page validates with html-validate (rules: html-validate:recommended,
 * adjusted in htmlvalidate-config.ts, each change explained there).
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from './htmlvalidate-config.ts';
import { htmlPages, type GateProblem } from './site-files.ts';

export async function checkHtml(dist: string): Promise<GateProblem[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: GateProblem[] = [];
  for (const { sitePath, file } of htmlPages(dist)) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push({
          page: sitePath,
          message: `line ${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        });
    }
  }
  return problems;
}

// `npm run scan`: print Electronegativity's findings over the sources; exit 1 on any HIGH.
// (npm test runs the same scan as test/security/electronegativity.test.ts.)
import { EXCLUDED_CHECKS, SCANNED, describeFinding, scan } from './scan';

async function main(): Promise<void> {
  const r = await scan();
  const out = process.stdout;
  out.write(`Electronegativity 1.10.3 over ${SCANNED.join(', ')}: ${r.checks} checks (left out: ${EXCLUDED_CHECKS.join(', ')})\n`);
  for (const f of r.findings) out.write(`  ${describeFinding(f)}\n`);
  if (r.findings.length === 0) out.write('  no findings\n');
  for (const u of r.unparsed) out.write(`  not parsed: ${u}\n`);
  if (r.findings.some((f) => f.severity === 'HIGH') || r.unparsed.length > 0) process.exitCode = 1;
}
void main();

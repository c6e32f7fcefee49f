// Prints one plain closing line ("N passed, N failed, N skipped") that CI tooling reads regardless of the runner.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    if (process.env.CAMUNDA_DIFF !== 'on') {
      process.stdout.write('\nCamunda 8 tier skipped: `npm run test:camunda` runs it against a local broker (needs Java 21+ and Maven).\n');
    }
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;

// Imported first by the plan worker: a Content-Security-Policy violation inside a worker fires on
// the worker, where the page's listeners never see it, so it is logged to the console instead
// (the browser tests fail on any). First, so it is listening before any other module runs.
self.addEventListener('securitypolicyviolation', (event) => {
  const e = event as SecurityPolicyViolationEvent;
  console.error(`Content Security Policy violation in the plan worker: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
});
